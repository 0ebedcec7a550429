/**
 * Coaching one editor: watches it while it has the focus, reads and analyses
 * the draft once per frame at most (long drafts are throttled so typing never
 * waits), shows the badge and underlines, and reports to the background. It
 * never writes to the editor: reading, Ranges and highlights only.
 *
 * Nothing is analysed, shown or reported before the user's own input reaches
 * the editor (`trust`): a page's script can focus and fill an editor, but it
 * cannot type or click as the user, so it learns nothing from the coach.
 */
import { analyze, warmUp } from '@/analyzers';
import type { AnalyzeOptions, BoxKind, Finding, Platform, Report } from '@/analyzers/kit/types';
import type { ComposerReport, ContentMessage } from '@/utils/messages';
import { findingKey } from '@/utils/finding-key';
import { Badge } from './badge';
import type { Mark } from './card-controller';
import { Highlighter } from './highlights';
import { rangeFor, readDraft, type Draft } from './read-draft';

/** Above this, an analysis costs more than a frame: wait for a pause in typing. */
const SLOW_ANALYSIS_MS = 8;
/** A pause this long means the writer has stopped: the draft is judged as finished, whatever its length. */
export const FINISHED_AFTER_MS = 1500;

let warmUpScheduled = false;

/** The first focused box warms the engine while the browser is idle, before the first keystroke. */
function warmUpWhenIdle(): void {
  if (warmUpScheduled) return;
  warmUpScheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => warmUp(), { timeout: 1000 });
  else setTimeout(() => warmUp(), 0);
}

export interface SessionHost {
  send(message: ContentMessage): void;
  badge: Badge;
  highlighter: Highlighter;
  /** Language of the tips, turned-off rules, sensitivity: from the settings. */
  analysisOptions(): Partial<AnalyzeOptions>;
  /** A draft is gone (posted, cleared, closed): remember its fingerprint for the repetition hints. */
  remember(text: string): void;
  /** The card on the marks: told when they change or move. */
  card?: { refresh(): void; reposition(): void; close(): void };
}

export class CoachSession {
  private observer: MutationObserver | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  /** The draft as it stood when the writer paused; analysed as finished until it changes. */
  private pausedOn: string | null = null;
  private lastText: string | null = null;
  private lastDraft: Draft | null = null;
  private lastReport: Report | null = null;
  private lastCost = 0;
  /** The last non-empty draft, remembered (as a fingerprint) once it is gone. */
  private lastWritten = '';
  private reported = false;
  /** The user clicked, typed or pasted in this editor (trusted events only). */
  private trusted = false;
  /** The user typed or pasted since the draft was last remembered: only such a draft is remembered. */
  private typed = false;
  private readonly onViewportChange = () => this.reposition();
  /** Hints dismissed from the card for this draft (`findingKey`), and rules muted from it until the settings say so. */
  private readonly dismissed = new Set<string>();
  private readonly mutedHere = new Set<string>();
  private marksCache: Mark[] | null = null;

  constructor(
    readonly root: HTMLElement,
    readonly platform: Platform,
    readonly kind: BoxKind,
    readonly composerId: string,
    private readonly host: SessionHost,
  ) {}

  /**
   * The user's own input reached the editor: a click (`typed` false), or a key,
   * a paste or a drop (`typed` true). From then on the draft is coached.
   */
  trust(typed: boolean): void {
    this.typed ||= typed;
    if (this.trusted) return;
    this.trusted = true;
    if (this.observer) this.schedule();
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** Starts watching (on focus). */
  attach(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    addEventListener('resize', this.onViewportChange, { passive: true });
    warmUpWhenIdle();
    this.schedule();
  }

  /** Stops watching (on blur); the badge and the report stay until the draft changes hands. */
  detach(): void {
    this.observer?.disconnect();
    this.observer = null;
    removeEventListener('scroll', this.onViewportChange, { capture: true });
    removeEventListener('resize', this.onViewportChange);
  }

  /**
   * Input, composition end or a mutation: analyse at the next frame; when the
   * last analysis cost more than a frame, at most every few times its cost, so
   * typing in a very long draft never waits for the coach. (Throttled, not
   * debounced: continuous typing still gets regular updates.)
   */
  schedule(): void {
    if (!this.trusted) return;
    if (this.lastCost > SLOW_ANALYSIS_MS) {
      this.timer ??= setTimeout(
        () => {
          this.timer = undefined;
          this.run();
        },
        Math.min(1000, 4 * this.lastCost),
      );
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.run();
    });
  }

  run(): void {
    if (!this.root.isConnected) return this.end(true);
    if (!this.trusted) return;
    const started = performance.now();
    const draft = readDraft(this.root);
    if (draft.text === this.lastText) {
      // Same text, yet something changed: the editor re-rendered a line into new nodes, or rewrote a node's
      // text in place (Lexical, for a letter typed and deleted within one frame), which collapses every range
      // on it. Either way the marks are laid again on the nodes as they are; the report stands.
      if (this.lastReport && this.lastDraft) {
        this.lastDraft = draft;
        this.remark();
      }
      this.reposition();
      return;
    }
    this.lastText = draft.text;
    this.lastDraft = draft;
    if (!draft.text.trim()) {
      // Emptied after holding a draft: sent, or thrown away; either way it was written.
      this.rememberWritten();
      this.clearReport();
      return;
    }
    this.lastWritten = draft.text;
    const finished = this.pausedOn === draft.text;
    const report = analyze(draft.text, {
      ...this.host.analysisOptions(),
      platform: this.platform,
      kind: this.kind,
      marks: draft.marks,
      stage: finished ? 'finished' : 'typing',
    });
    if (!finished) this.waitForPause(draft.text);
    this.lastReport = report;
    this.show();
    this.lastCost = performance.now() - started;
    const entry: ComposerReport = {
      composerId: this.composerId,
      platform: this.platform,
      kind: this.kind,
      text: draft.text,
      report,
      at: Date.now(),
    };
    this.host.send({ type: 'coach/report', entry });
    this.reported = true;
  }

  /** The badge and the marks for the last report, less what was dismissed or muted from the card. */
  private show(): void {
    const report = this.lastReport;
    const draft = this.lastDraft;
    if (!report || !draft) return;
    const findings = report.findings.filter((f) => this.isShown(f, draft.text));
    const shown = findings.length === report.findings.length ? report : { ...report, findings };
    this.marksCache = null;
    this.host.badge.show(shown, this.root.getBoundingClientRect());
    this.paintMarks(draft, findings);
    this.host.card?.refresh();
  }

  /**
   * The underlines are decoration: a page or browser that breaks them (Firefox ESR 140
   * once did) must not stop the report reaching the badge's card and the side panel.
   */
  private paintMarks(draft: Draft, findings: readonly Finding[]): void {
    try {
      this.host.highlighter.show(this.root, draft, findings);
    } catch (error) {
      console.error('Post Coach could not underline the hints', error);
    }
  }

  /** The marks again, on the draft's current nodes (the badge has not changed). */
  private remark(): void {
    if (!this.lastReport || !this.lastDraft) return;
    this.marksCache = null;
    const text = this.lastDraft.text;
    this.paintMarks(
      this.lastDraft,
      this.lastReport.findings.filter((f) => this.isShown(f, text)),
    );
    this.host.card?.refresh();
  }

  private isShown(f: Finding, text: string): boolean {
    if (this.mutedHere.has(f.rule)) return false;
    return !this.dismissed.has(findingKey(f.rule, f.start !== undefined ? text.slice(f.start, f.end) : undefined));
  }

  /** An analysis waiting for the next frame (or a pause) runs now: the card's shortcut wants the marks as they are. */
  flush(): void {
    if (this.frame || this.timer !== undefined) {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.timer);
      this.frame = 0;
      this.timer = undefined;
    }
    // Even with nothing waiting: an editor may have re-rendered the same text into new nodes since the
    // last report (Lexical after an undo), and the marks must stand on the nodes the caret is in.
    this.run();
  }

  /** The marks shown now, with their ranges in the editor. */
  marks(): readonly Mark[] {
    const draft = this.lastDraft;
    if (!this.lastReport || !draft) return [];
    this.marksCache ??= this.lastReport.findings.flatMap((finding) => {
      if (finding.start === undefined || finding.end === undefined || !this.isShown(finding, draft.text)) return [];
      const range = rangeFor(draft, finding.start, finding.end);
      return range ? [{ finding, range }] : [];
    });
    return this.marksCache;
  }

  /** Dismissed from the card: gone from this draft's marks, badge and side panel (the background keeps it with the panel's). */
  dismiss(finding: Finding): void {
    const key = findingKey(
      finding.rule,
      finding.start !== undefined ? this.lastDraft?.text.slice(finding.start, finding.end) : undefined,
    );
    this.dismissed.add(key);
    this.show();
    if (this.reported) this.host.send({ type: 'coach/dismiss', composerId: this.composerId, key });
  }

  /** Muted from the card: hidden at once; the settings change then leaves the rule out of every analysis. */
  mute(rule: string): void {
    this.mutedHere.add(rule);
    this.show();
  }

  /** When the draft stays as it is for a moment, judge it again as finished. */
  private waitForPause(text: string): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = undefined;
      if (this.lastText !== text || !this.root.isConnected) return;
      this.pausedOn = text;
      this.lastText = null;
      this.run();
    }, FINISHED_AFTER_MS);
  }

  /**
   * The settings changed: analyse the same draft again, now. Not at the next
   * frame: the change usually comes from the options page in another tab, and
   * a hidden tab gets no frames, so the side panel would wait for a tab switch.
   */
  refresh(): void {
    this.mutedHere.clear();
    this.lastText = null;
    this.run();
  }

  /**
   * The coaching stops: the editor went away (post sent, dialog closed,
   * navigation: `gone`, and its draft is remembered), or another editor took over.
   */
  end(gone = false): void {
    if (gone) this.rememberWritten();
    this.lastWritten = '';
    this.detach();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    clearTimeout(this.pauseTimer);
    this.timer = undefined;
    this.pauseTimer = undefined;
    this.frame = 0;
    this.clearReport();
  }

  /** Only a draft the user typed is remembered, once. */
  private rememberWritten(): void {
    if (this.typed && this.lastWritten.trim()) this.host.remember(this.lastWritten);
    this.typed = false;
    this.lastWritten = '';
  }

  /** Still in the page? A sent post often removes the whole box. */
  get alive(): boolean {
    return this.root.isConnected;
  }

  private clearReport(): void {
    this.lastReport = null;
    this.marksCache = null;
    this.host.card?.close();
    this.host.badge.hide();
    this.host.highlighter.clear();
    if (this.reported) this.host.send({ type: 'coach/clear', composerId: this.composerId });
    this.reported = false;
  }

  private reposition(): void {
    if (!this.lastReport) return;
    const rect = this.root.getBoundingClientRect();
    this.host.badge.place(rect);
    if (this.lastDraft) this.host.highlighter.redraw(this.root);
    this.host.card?.reposition();
  }
}
