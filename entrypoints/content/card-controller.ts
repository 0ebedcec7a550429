/**
 * When the card opens and closes. Hovering a mark (a moment's rest) or
 * clicking it opens its card without moving the focus; Ctrl+Shift+Space
 * opens the card of the mark at the caret and moves the focus into it, and
 * Escape gives the focus back to the editor with the caret where it was.
 * Marks are not elements (the Custom Highlight API paints them), so the
 * pointer is tested against their ranges' boxes. Nothing in the editor is
 * touched; the only key ever kept from the site is the shortcut, and only
 * when there is a mark at the caret.
 */
import type { Finding, Lang } from '@/analyzers/kit/types';
import type { Box } from './card-position';
import { MarkCard, type CardAction } from './card';

/** A mark of the coached editor: a finding with a place in the text. */
export interface Mark {
  finding: Finding;
  range: Range;
}

/** What the card needs of the coaching session. */
export interface CardSession {
  readonly root: HTMLElement;
  /** Runs an analysis still waiting for its frame. */
  flush(): void;
  /** The marks shown now (dismissed and muted ones left out). */
  marks(): readonly Mark[];
  dismiss(finding: Finding): void;
  /** Hides the rule's marks at once, while the settings change goes round. */
  mute(rule: string): void;
}

export interface CardHost {
  session(): CardSession | null;
  lang(): Lang;
  openPanel(): void;
  muteRule(rule: string): void;
}

/** Ctrl+Shift+Space, on every platform (Ctrl, not Cmd, on a Mac): no browser, system or site shortcut. */
export function isCardShortcut(event: KeyboardEvent): boolean {
  return event.code === 'Space' && event.ctrlKey && event.shiftKey && !event.altKey && !event.metaKey;
}

const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;
/** The underline sits just below the line box: a pointer on it is on the mark. */
const SLOP = 3;

type OpenedBy = 'hover' | 'click' | 'keyboard';

interface Caret {
  anchorNode: Node;
  anchorOffset: number;
  focusNode: Node;
  focusOffset: number;
}

export class CardController {
  readonly card: MarkCard;
  private current: { mark: Mark; by: OpenedBy; caret: Caret | null; root: HTMLElement } | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | null = null;

  constructor(private readonly host: CardHost) {
    this.card = new MarkCard({
      act: (action) => this.act(action),
      escape: () => this.close(true),
      hover: (inside) => (inside ? this.cancelClose() : this.closeLater()),
    });
  }

  /** What the card shows, for the e2e build's test hook. */
  get state() {
    if (!this.current || !this.card.isOpen) return null;
    const { finding } = this.current.mark;
    return { ...this.card.snapshot(), by: this.current.by, rule: finding.rule, start: finding.start ?? null };
  }

  onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    // Runs on every move of the pointer on the page: nothing to do without marks or a card.
    const session = this.host.session();
    if (!this.current && !session?.marks().length) return;
    const path = event.composedPath();
    if (path.includes(this.card.host)) return this.cancelClose();
    const over = session && path.includes(session.root) ? this.markAt(session, event.clientX, event.clientY) : null;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.current && over && sameMark(over, this.current.mark)) return this.cancelClose();
    clearTimeout(this.openTimer);
    if (over && this.current?.by !== 'keyboard' && this.current?.by !== 'click') {
      this.openTimer = setTimeout(() => {
        // Still resting on it?
        const now = this.pointer && session ? this.markAt(session, this.pointer.x, this.pointer.y) : null;
        if (now && session && sameMark(now, over)) this.open(session, now, 'hover');
      }, HOVER_OPEN_MS);
    }
    if (!over && this.current?.by === 'hover') this.closeLater();
  }

  onClick(event: MouseEvent): void {
    const path = event.composedPath();
    if (path.includes(this.card.host)) return;
    const session = this.host.session();
    const over = session && path.includes(session.root) ? this.markAt(session, event.clientX, event.clientY) : null;
    clearTimeout(this.openTimer);
    if (over && session) this.open(session, over, 'click');
    else if (this.current) this.close(false);
  }

  /**
   * Capture-phase keys of the page. Returns true when the key was the coach's
   * (the shortcut on a mark): the caller keeps it from the site.
   */
  onKeyDown(event: KeyboardEvent): boolean {
    const path = event.composedPath();
    if (path.includes(this.card.host) || event.isComposing) return false;
    const session = this.host.session();
    if (!session || !path.includes(session.root)) return false;
    if (isCardShortcut(event)) {
      session.flush();
      const caret = caretIn(session.root);
      const mark = caret && markAtCaret(session.marks(), caret);
      if (!mark || !caret) return false;
      this.open(session, mark, 'keyboard', caret);
      this.card.focus();
      return true;
    }
    // Escape in the editor closes a card opened by the pointer, and still reaches the site.
    if (event.key === 'Escape' && this.current) this.close(false);
    return false;
  }

  /** A new report: the card follows its finding, or closes when the finding is gone. */
  refresh(): void {
    if (!this.current) return;
    const session = this.host.session();
    const next = session?.marks().find((m) => sameMark(m, this.current!.mark));
    if (!session || !next) return this.close(this.card.hasFocus);
    this.current.mark = next;
    this.reposition();
  }

  /** Scrolling and resizing: the card stays beside its mark. */
  reposition(): void {
    if (!this.current || !this.card.isOpen) return;
    this.card.place(boxesOf(this.current.mark.range), caretBox(this.current.root));
  }

  /** `giveBack`: the focus goes back to the editor, the caret where it was. */
  close(giveBack = false): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    const was = this.current;
    this.current = null;
    const hadFocus = this.card.hasFocus;
    this.card.hide();
    if (was && giveBack && (hadFocus || was.by === 'keyboard') && was.root.isConnected)
      restoreCaret(was.root, was.caret);
  }

  destroy(): void {
    this.close(false);
    this.card.remove();
  }

  private open(session: CardSession, mark: Mark, by: OpenedBy, caret: Caret | null = null): void {
    this.cancelClose();
    const root = session.root;
    this.current = { mark, by, caret: by === 'keyboard' ? caret : null, root };
    this.card.show(mark.finding, this.host.lang(), containerFor(root), boxesOf(mark.range), caretBox(root));
  }

  private act(action: Exclude<CardAction, 'copy'>): void {
    const session = this.host.session();
    const finding = this.current?.mark.finding;
    if (action === 'dismiss' && session && finding) session.dismiss(finding);
    if (action === 'mute' && session && finding) {
      session.mute(finding.rule);
      this.host.muteRule(finding.rule);
    }
    if (action === 'open-panel') this.host.openPanel();
    this.close(true);
  }

  private markAt(session: CardSession, x: number, y: number): Mark | null {
    const hits = session
      .marks()
      .filter((m) =>
        [...m.range.getClientRects()].some(
          (r) => x >= r.left && x <= r.right && y >= r.top - SLOP && y <= r.bottom + SLOP,
        ),
      );
    return strongest(hits);
  }

  private closeLater(): void {
    if (this.current?.by !== 'hover') return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(false), HOVER_CLOSE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
  }
}

/**
 * The same mark in a new report: the same rule over the same words, or at the same place in the draft. The
 * place matters when the editor has re-rendered the text into new nodes: the old range then collapses to
 * nothing, and comparing words alone closed the card under the writer's keys.
 */
export const sameMark = (a: Mark, b: Mark) =>
  a.finding.rule === b.finding.rule &&
  (a.range.toString() === b.range.toString() ||
    (a.finding.start !== undefined && a.finding.start === b.finding.start && a.finding.end === b.finding.end));

/** Where marks overlap, the warning's card, then the shortest span's. */
function strongest(marks: readonly Mark[]): Mark | null {
  const rank = (m: Mark) => (m.finding.severity === 'warning' ? 0 : 1);
  return (
    [...marks].sort((a, b) => rank(a) - rank(b) || a.range.toString().length - b.range.toString().length)[0] ?? null
  );
}

/** The mark the caret is in or at the edge of. */
export function markAtCaret(marks: readonly Mark[], caret: Caret): Mark | null {
  return strongest(
    marks.filter((m) => {
      try {
        return m.range.comparePoint(caret.focusNode, caret.focusOffset) === 0;
      } catch {
        return false; // another tree
      }
    }),
  );
}

/** The editor's selection, also inside LinkedIn's shadow root (Chromium's ShadowRoot.getSelection). */
function selectionFor(root: HTMLElement): Selection | null {
  const scope = root.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return (scope instanceof ShadowRoot && scope.getSelection?.()) || document.getSelection();
}

function caretIn(root: HTMLElement): Caret | null {
  const selection = selectionFor(root);
  if (!selection?.anchorNode || !selection.focusNode || !root.contains(selection.focusNode)) return null;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  return { anchorNode, anchorOffset, focusNode, focusOffset };
}

/** The focus back in the editor and its caret as it was: the editor's own model follows the selection. */
function restoreCaret(root: HTMLElement, caret: Caret | null): void {
  root.focus({ preventScroll: true });
  const selection = selectionFor(root);
  if (!caret || !selection || !caret.anchorNode.isConnected || !caret.focusNode.isConnected) return;
  const same =
    selection.anchorNode === caret.anchorNode &&
    selection.anchorOffset === caret.anchorOffset &&
    selection.focusNode === caret.focusNode &&
    selection.focusOffset === caret.focusOffset;
  if (!same) {
    try {
      selection.setBaseAndExtent(caret.anchorNode, caret.anchorOffset, caret.focusNode, caret.focusOffset);
    } catch {
      // The text changed under it: the editor keeps the caret it has.
    }
  }
  // Tell the editor where the caret is. A shortcut pressed right after the arrow keys moves the focus into
  // the card before the editor has read their "selectionchange"; ProseMirror (TipTap) then writes its stale
  // caret back 20 ms after it regains the focus, unless a selectionchange makes it read the real one. The
  // same notice the browser would send: nothing in the editor changes.
  root.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

function caretBox(root: HTMLElement): Box | null {
  const caret = caretIn(root);
  if (!caret) return null;
  const range = document.createRange();
  try {
    range.setStart(caret.focusNode, caret.focusOffset);
  } catch {
    return null;
  }
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) {
    const el = caret.focusNode instanceof Element ? caret.focusNode : caret.focusNode.parentElement;
    return el?.getBoundingClientRect() ?? null;
  }
  return rect;
}

const boxesOf = (range: Range): Box[] => [...range.getClientRects()];

/** Inside the editor's modal <dialog> when it has one (the rest of the page is inert), else on <html>. */
function containerFor(root: HTMLElement): Element {
  const dialog = root.closest('dialog');
  try {
    if (dialog?.matches(':modal')) return dialog;
  } catch {
    // :modal unknown: an old browser, where nothing is inert either
  }
  return document.documentElement;
}
