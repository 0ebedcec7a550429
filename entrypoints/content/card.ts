/**
 * The small card beside a flagged word: the hint, the better way with Copy,
 * Dismiss, Mute and Open the panel. Drawn in the extension's own closed shadow
 * root, outside the editor (in the editor's modal <dialog> when there is one,
 * since everything outside a modal dialog is inert), never inside it. Its
 * events stop at its host: the site never sees a key or a click meant for it.
 */
import type { Finding, Lang } from '@/analyzers/kit/types';
import { MARK_STYLES, markKindOf, type MarkKind } from '@/utils/mark-styles';
import { cardText, type CardKey } from './card-strings';
import { placeCard, type Box } from './card-position';

export const CARD_ACTIONS = ['copy', 'dismiss', 'mute', 'open-panel', 'close'] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export interface CardHandlers {
  /** A button of the card; Copy is handled by the card itself. */
  act(action: Exclude<CardAction, 'copy'>): void;
  /** Escape inside the card. */
  escape(): void;
  /** The pointer entered or left the card (a hover card stays open while it is over it). */
  hover(inside: boolean): void;
}

/** What the card shows of a finding, with the better way it offers to copy. */
export function cardContent(finding: Finding, lang: Lang) {
  const kind = markKindOf(finding);
  const category = cardText(lang, `cat_${finding.category.replace(/-/g, '_')}` as CardKey);
  const heading = `${cardText(lang, `severity_${finding.severity}`)} · ${category}`;
  const better = finding.rewrite?.text ?? finding.suggestions[0] ?? '';
  return {
    kind,
    heading,
    message: plain(finding.message),
    betterLabel: cardText(lang, finding.rewrite ? 'cardRewrite' : 'betterWay'),
    better: plain(better),
  };
}

/** House-rule texts may carry a little markup: the card shows their words only. */
function plain(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return new DOMParser().parseFromString(text, 'text/html').body.textContent ?? text;
}

const WIDTH = 320;
const swatch = (kind: MarkKind) =>
  `.swatch.${kind} { text-decoration: underline ${MARK_STYLES[kind].line} ${MARK_STYLES[kind].color}; background: ${MARK_STYLES[kind].background}; }`;

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
.card {
  position: relative; box-sizing: border-box; width: ${WIDTH}px; max-width: calc(100vw - 8px);
  font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff;
  border: 1px solid #c9ccd1; border-radius: 10px; box-shadow: 0 4px 18px #0003; padding: 10px 12px 12px;
}
.heading { margin: 0 28px 6px 0; font-size: 12px; font-weight: 600; color: #4a4b50; }
.swatch { text-decoration-thickness: 2px; text-underline-offset: 3px; padding: 0 2px; margin-right: 4px; }
${(['warning', 'hint', 'private'] as const).map(swatch).join('\n')}
.message { margin: 0 0 8px; font-weight: 600; }
.better-label { margin: 0; font-size: 12px; color: #4a4b50; }
.better { margin: 2px 0 10px; padding: 6px 8px; background: #f3f4f6; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  font: 13px/1.2 system-ui, sans-serif; padding: 5px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8e9198; background: #f3f4f6; color: #1d1d1f;
}
button.primary { background: #0b5cad; border-color: #0b5cad; color: #fff; }
button:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
button.close { position: absolute; top: 6px; right: 6px; border-color: transparent; background: transparent; padding: 2px 7px; font-size: 16px; }
.status { margin: 6px 0 0; font-size: 12px; color: #1e6b30; }
.status:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .card { color: #eceef1; background: #24262b; border-color: #5a5d66; box-shadow: 0 4px 18px #0009; }
  .heading, .better-label { color: #c4c7cd; }
  .better { background: #17181b; }
  button { background: #2f3238; color: #eceef1; border-color: #80848d; }
  button.primary { background: #7db8ff; border-color: #7db8ff; color: #10131a; }
  button.close { background: transparent; border-color: transparent; }
  button:focus-visible { outline-color: #7db8ff; }
  .status { color: #7fd391; }
}
`;

/** Events that stop at the card's host, so the page's handlers never act on them. */
const CONTAINED = [
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'focusin',
  'focusout',
] as const;

export class MarkCard {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly box: HTMLDivElement;
  private readonly heading: HTMLParagraphElement;
  private readonly swatchEl: HTMLSpanElement;
  private readonly headingText: HTMLSpanElement;
  private readonly message: HTMLParagraphElement;
  private readonly betterLabel: HTMLParagraphElement;
  private readonly better: HTMLParagraphElement;
  private readonly status: HTMLParagraphElement;
  private readonly buttons = new Map<CardAction, HTMLButtonElement>();
  private betterText = '';
  private lang: Lang = 'en';

  constructor(private readonly handlers: CardHandlers) {
    this.host = document.createElement('post-coach-card');
    this.host.hidden = true;
    // Closed, like the badge's: the page's scripts get no handle on the hint.
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.box = document.createElement('div');
    this.box.className = 'card';
    this.box.setAttribute('role', 'dialog');
    this.box.setAttribute('aria-labelledby', 'card-message');
    this.box.setAttribute('aria-describedby', 'card-better');
    this.heading = paragraph('heading');
    this.swatchEl = document.createElement('span');
    this.swatchEl.setAttribute('aria-hidden', 'true');
    this.swatchEl.textContent = 'abc';
    this.headingText = document.createElement('span');
    this.heading.append(this.swatchEl, this.headingText);
    this.message = paragraph('message');
    this.message.id = 'card-message';
    this.betterLabel = paragraph('better-label');
    this.better = paragraph('better');
    this.better.id = 'card-better';
    this.status = paragraph('status');
    this.status.setAttribute('role', 'status');
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const action of CARD_ACTIONS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.action = action;
      if (action === 'copy') button.className = 'primary';
      if (action === 'close') button.className = 'close';
      // A mouse click keeps the editor's focus and caret; the keyboard reaches the buttons with Tab.
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', () => (action === 'copy' ? void this.copy() : this.handlers.act(action)));
      this.buttons.set(action, button);
      if (action !== 'close') actions.append(button);
    }
    this.box.append(
      this.buttons.get('close')!,
      this.heading,
      this.message,
      this.betterLabel,
      this.better,
      actions,
      this.status,
    );
    this.box.addEventListener('keydown', (e) => this.onKey(e));
    this.shadow.append(style, this.box);
    for (const type of CONTAINED) this.host.addEventListener(type, (e) => e.stopPropagation());
    this.host.addEventListener('pointerenter', () => this.handlers.hover(true));
    this.host.addEventListener('pointerleave', () => this.handlers.hover(false));
  }

  get isOpen(): boolean {
    return !this.host.hidden && this.host.isConnected;
  }

  /** Whether the keyboard focus is in the card. */
  get hasFocus(): boolean {
    return this.shadow.activeElement !== null;
  }

  /** Fills the card for a finding and shows it beside the mark; `container`: where the host goes. */
  show(finding: Finding, lang: Lang, container: Element, mark: readonly Box[], caret: Box | null): void {
    const content = cardContent(finding, lang);
    this.lang = lang;
    this.swatchEl.className = `swatch ${content.kind}`;
    this.headingText.textContent = content.heading;
    this.message.textContent = content.message;
    this.betterLabel.textContent = content.betterLabel;
    this.better.textContent = content.better;
    this.betterText = content.better;
    this.status.textContent = '';
    const labels: Record<CardAction, CardKey> = {
      copy: 'copy',
      dismiss: 'dismiss',
      mute: 'muteRule',
      'open-panel': 'openPanel',
      close: 'cardClose',
    };
    for (const [action, button] of this.buttons) {
      const label = cardText(lang, labels[action]);
      if (action === 'close') {
        button.textContent = '×';
        button.setAttribute('aria-label', label);
        button.title = label;
      } else button.textContent = label;
    }
    this.buttons.get('copy')!.hidden = !content.better;
    if (this.host.parentElement !== container) container.append(this.host);
    this.host.hidden = false;
    this.place(mark, caret);
  }

  /** Beside the mark, off the caret's line when it can be; called again on scroll and resize. */
  place(mark: readonly Box[], caret: Box | null): void {
    if (!this.isOpen) return;
    const size = this.box.getBoundingClientRect();
    const at = placeCard(mark, caret, size, { width: window.innerWidth, height: window.innerHeight });
    this.host.style.left = `${at.left}px`;
    this.host.style.top = `${at.top}px`;
    // Inside a transformed <dialog>, "fixed" is relative to it: correct by what actually happened.
    const drawn = this.host.getBoundingClientRect();
    if (Math.abs(drawn.left - at.left) > 0.5 || Math.abs(drawn.top - at.top) > 0.5) {
      this.host.style.left = `${2 * at.left - drawn.left}px`;
      this.host.style.top = `${2 * at.top - drawn.top}px`;
    }
  }

  hide(): void {
    this.host.hidden = true;
  }

  remove(): void {
    this.host.remove();
  }

  /** The first button (Copy when there is something to copy). */
  focus(): void {
    this.focusables()[0]?.focus({ preventScroll: true });
  }

  /** The card as the e2e tests see it: what it says and where its buttons are. */
  snapshot() {
    const focused = this.shadow.activeElement as HTMLElement | null;
    return {
      open: this.isOpen,
      heading: this.headingText.textContent,
      message: this.message.textContent,
      betterLabel: this.betterLabel.textContent,
      better: this.better.textContent,
      status: this.status.textContent,
      focused: focused?.dataset.action ?? null,
      rect: rectOf(this.box),
      buttons: Object.fromEntries([...this.buttons].map(([action, b]) => [action, rectOf(b)])),
      lang: this.lang,
    };
  }

  /** For the e2e build's accessibility check, run from the content script's world. */
  get root(): ShadowRoot {
    return this.shadow;
  }

  private focusables(): HTMLButtonElement[] {
    return [...this.buttons.values()]
      .filter((b) => !b.hidden)
      .sort((a, b) => (a.dataset.action === 'close' ? 1 : 0) - (b.dataset.action === 'close' ? 1 : 0));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Also keeps a modal <dialog> around the editor from closing.
      event.preventDefault();
      this.handlers.escape();
    } else if (event.key === 'Tab') {
      // Tab and Shift+Tab go round the card's buttons; Escape leaves.
      event.preventDefault();
      const list = this.focusables();
      const at = list.indexOf(this.shadow.activeElement as HTMLButtonElement);
      const next = (at + (event.shiftKey ? -1 : 1) + list.length) % list.length;
      list[next]?.focus();
    }
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.betterText);
      this.status.textContent = cardText(this.lang, 'copied');
    } catch {
      this.status.textContent = cardText(this.lang, 'copyFailed');
    }
  }
}

function paragraph(className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  return p;
}

function rectOf(el: Element) {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}
