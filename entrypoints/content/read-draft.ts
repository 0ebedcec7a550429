/**
 * Reads a draft out of an editor's DOM exactly as the user typed it: block by
 * block and text node by text node (never innerText, which depends on layout and
 * doubles paragraph breaks), one "\n" per line break whatever the editor, emoji
 * from `img[alt]`, zero-width characters dropped (emoji joiners kept), CSS
 * placeholders never read. Every character keeps a way back to its DOM node,
 * so hints can be underlined without touching the editor.
 */

/** A run of the draft that comes from one DOM node. */
export interface Segment {
  /** Offset of the run in the draft text. */
  readonly start: number;
  readonly length: number;
  /** A text node (offsets inside it) or an element standing for one unit (`img[alt]`). */
  readonly node: Text | Element;
  /** Offset inside the text node where the run starts; 0 for elements. */
  readonly nodeOffset: number;
}

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'mention' | 'hashtag';
}

export interface Draft {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Mentions and hashtags the editor itself marked (Quill, TipTap, Draft.js decorators). */
  readonly marks: readonly Mark[];
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);
const BLOCK_SELECTOR = [...BLOCKS].map((t) => t.toLowerCase()).join(',');
/** Dropped: invisible and never typed on purpose. ZWJ (U+200D) and VS-16 stay: they build emoji. */
const DROPPED = /[\u200b\u200c\u2060\ufeff\u00ad]/;
const DROPPED_ALL = /[\u200b\u200c\u2060\ufeff\u00ad]/g;
const MENTION = '.ql-mention, [data-type="mention"], .mention, .r-mention, [data-lexical-mention], [data-mention]';
const HASHTAG = '.r-hashtag, [data-type="hashtag"], a[href*="/hashtag/"]';

/** Editor-managed <br>: an empty line's placeholder or ProseMirror's trailing break, not a typed line break. */
function isManagedBreak(br: Element, block: Element | null): boolean {
  if (br.classList.contains('ProseMirror-trailingBreak') || br.hasAttribute('data-text')) return true;
  // <p><br></p>: the line is empty; the <br> only gives it height.
  return !!block && !block.textContent?.replace(DROPPED_ALL, '') && block.querySelectorAll('br').length === 1;
}

export function readDraft(root: HTMLElement): Draft {
  if (root instanceof HTMLTextAreaElement) return { text: root.value, segments: [], marks: [] };
  let text = '';
  const segments: Segment[] = [];
  const marks: Mark[] = [];
  // Every innermost block (a <p>, Draft's inner <div>, a list item's <p>) is one line.
  let lines = 0;
  const startLine = () => {
    if (lines > 0) text += '\n';
    lines++;
  };
  const ensureLine = () => {
    if (lines === 0) lines = 1;
  };

  const walk = (node: Node, block: Element | null) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      let runStart = -1;
      for (let i = 0; i <= data.length; i++) {
        if (i < data.length && !DROPPED.test(data[i]!)) {
          if (runStart < 0) runStart = i;
          continue;
        }
        if (runStart >= 0) {
          ensureLine();
          segments.push({ start: text.length, length: i - runStart, node: node as Text, nodeOffset: runStart });
          text += data.slice(runStart, i);
          runStart = -1;
        }
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'BR') {
      if (!isManagedBreak(el, block)) {
        ensureLine();
        text += '\n';
      }
      return;
    }
    if (tag === 'IMG') {
      const alt = (el as HTMLImageElement).alt;
      if (alt && !el.classList.contains('ProseMirror-separator')) {
        ensureLine();
        segments.push({ start: text.length, length: alt.length, node: el, nodeOffset: 0 });
        text += alt;
      }
      return;
    }
    if (el.classList.contains('ql-cursor')) return;
    const isLine = BLOCKS.has(tag) && !el.querySelector(BLOCK_SELECTOR);
    if (isLine) startLine();
    const markKind = el.matches(MENTION) ? 'mention' : el.matches(HASHTAG) ? 'hashtag' : null;
    const markStart = text.length;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, isLine ? el : block);
    if (markKind && text.length > markStart) marks.push({ start: markStart, end: text.length, kind: markKind });
  };

  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, null);
  return { text, segments, marks };
}

/** A DOM Range over draft offsets [start, end), built from the segments. */
export function rangeFor(draft: Draft, start: number, end: number): Range | null {
  const from = locate(draft, start, false);
  const to = locate(draft, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  try {
    if (from.node.nodeType === Node.TEXT_NODE) range.setStart(from.node, from.offset);
    else range.setStartBefore(from.node);
    if (to.node.nodeType === Node.TEXT_NODE) range.setEnd(to.node, to.offset);
    else range.setEndAfter(to.node);
  } catch {
    return null;
  }
  return range;
}

function locate(draft: Draft, offset: number, isEnd: boolean): { node: Node; offset: number } | null {
  const { segments } = draft;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    const last = s.start + s.length;
    if (isEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (isEnd ? offset > last : offset >= last) lo = mid + 1;
    else return { node: s.node, offset: s.node.nodeType === Node.TEXT_NODE ? s.nodeOffset + (offset - s.start) : 0 };
  }
  return null;
}
