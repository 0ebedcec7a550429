/**
 * The small badge next to the focused composer: community score ("62/100") and
 * number of hints ("2 hints"), said in words too (tooltip and accessible name). It lives in a closed shadow root, attached to <html> once there is
 * something to show, never inside the editor; a click asks for the side panel.
 * The page sees only an element of a fixed size: no score, count or rule in
 * its DOM, and no size that changes with them.
 */
import type { Report } from '@/analyzers/kit/types';
import { tn } from '@/utils/i18n';
import { bandOf } from '@/utils/score-bands';
import { MARK_KINDS, MARK_STYLES } from '@/utils/mark-styles';

/** Fixed, whatever the figures: the page can measure the host element. */
const WIDTH = 160;
const HEIGHT = 22;
/** More hints than this show as "99+" (the side panel has the real count). */
const MAX_COUNT = 99;

/** What the badge shows; in the e2e build the tests read it from the content script's world. */
export interface BadgeState {
  score: number;
  hints: number;
  platform: string;
  kind: string;
}

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; pointer-events: none; width: ${WIDTH}px; height: ${HEIGHT}px; }
button {
  pointer-events: auto; display: flex; align-items: center; justify-content: center; gap: 6px; cursor: pointer;
  box-sizing: border-box; width: 100%; height: 100%; overflow: hidden; white-space: nowrap;
  font: 600 12px/1 system-ui, sans-serif; padding: 4px 8px; border-radius: 999px;
  border: 1px solid #0003; background: #fff; color: #1d1d1d; box-shadow: 0 1px 3px #0003;
}
button:focus-visible { outline: 2px solid #0b6bcb; outline-offset: 2px; }
.score { min-width: 2ch; text-align: center; padding: 2px 5px; border-radius: 999px; color: #fff; }
.hints { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.community { background: #1e7b34; } .mixed { background: #9a6700; } .empire { background: #b3261e; }
.boxes { position: fixed; inset: 0; pointer-events: none; }
${MARK_KINDS.map((kind) => `.boxes div.${kind} { position: fixed; border-bottom: 2px ${MARK_STYLES[kind].line} ${MARK_STYLES[kind].color}; background: ${MARK_STYLES[kind].background}; }`).join('\n')}
@media (prefers-color-scheme: dark) { button { background: #2b2b2b; color: #f1f1f1; border-color: #fff3; } }
`;

export class Badge {
  readonly host: HTMLElement;
  /** In a closed shadow root: the page never reaches it; the content script's tests read its label. */
  readonly button: HTMLButtonElement;
  private readonly scoreEl: HTMLSpanElement;
  private readonly countEl: HTMLSpanElement;
  /** Fallback underlines when the Highlight API is missing. */
  readonly boxes: HTMLDivElement;

  private shown: BadgeState | null = null;

  /** `onShown`: each time the badge shows a report (the e2e build's latency probe). */
  constructor(
    onOpen: () => void,
    private readonly onShown?: () => void,
  ) {
    this.host = document.createElement('post-coach-badge');
    this.host.hidden = true;
    // Closed: the page's scripts get no handle on what is inside.
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.boxes = document.createElement('div');
    this.boxes.className = 'boxes';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.scoreEl = document.createElement('span');
    this.scoreEl.className = 'score';
    this.countEl = document.createElement('span');
    this.countEl.className = 'hints';
    this.button.append(this.scoreEl, this.countEl);
    // Keep the editor's focus and caret: the badge never takes focus on mouse down.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', onOpen);
    shadow.append(style, this.boxes, this.button);
  }

  /** What is shown, or null when hidden. */
  get state(): BadgeState | null {
    return this.shown;
  }

  show(report: Report, at: DOMRect): void {
    const hints = report.findings.length;
    this.scoreEl.className = `score ${bandOf(report.score)}`;
    this.scoreEl.textContent = `${report.score}/100`;
    this.countEl.textContent =
      hints === 0
        ? `✓ ${tn('badgeHints', 0)}`
        : hints > MAX_COUNT
          ? tn('badgeHints', hints, `${MAX_COUNT}+`)
          : tn('badgeHints', hints);
    this.button.title = tn('badgeTitle', hints, String(report.score), String(hints));
    this.button.setAttribute('aria-label', this.button.title);
    this.shown = { score: report.score, hints, platform: report.platform, kind: report.kind };
    // Not in the page until there is something to show (frames without a composer never get one).
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.place(at);
    this.host.hidden = false;
    this.onShown?.();
  }

  /** Just outside the editor's top-right corner, kept on screen. */
  place(at: DOMRect): void {
    const left = Math.max(4, Math.min(window.innerWidth - WIDTH - 4, at.right - WIDTH));
    const top = at.top > HEIGHT + 6 ? at.top - HEIGHT - 4 : Math.min(window.innerHeight - HEIGHT - 4, at.bottom + 4);
    this.host.style.left = `${left}px`;
    this.host.style.top = `${top}px`;
  }

  hide(): void {
    this.host.hidden = true;
    this.shown = null;
  }

  remove(): void {
    this.host.remove();
  }
}
