/**
 * Underlines the flagged spans without touching the editor: the CSS Custom
 * Highlight API paints ranges from outside the DOM; the rules go into the
 * document's and, for LinkedIn, the shadow root's adopted style sheets. Where
 * the API is missing, boxes are drawn in the badge's own shadow root instead.
 * One highlight per kind of mark (utils/mark-styles.ts), never the
 * spell-checker's red wavy line.
 */
import type { Finding } from '@/analyzers/kit/types';
import { highlightName, MARK_KINDS, markDeclarations, markKindOf, type MarkKind } from '@/utils/mark-styles';
import { rangeFor, type Draft } from './read-draft';

const RULES = MARK_KINDS.map((kind) => `::highlight(${highlightName(kind)}) { ${markDeclarations(kind)} }`).join('\n');
/** Where two marks overlap, the stronger one is painted on top. */
const PRIORITY: Record<MarkKind, number> = { hint: 0, private: 1, warning: 2 };

type HighlightCtor = new (...ranges: Range[]) => { priority: number };
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

/**
 * A scope's adopted sheets as a plain array, or null when they cannot be read.
 * Firefox ESR 140 hands content scripts an array-like without Array's methods
 * (no `includes`), which threw on every keystroke and stopped the coach.
 */
function adoptedSheets(scope: Document | ShadowRoot): CSSStyleSheet[] | null {
  try {
    return Array.from(scope.adoptedStyleSheets);
  } catch {
    return null;
  }
}

export class Highlighter {
  private readonly api = registry();
  private sheet: CSSStyleSheet | null = null;
  /** Scopes styled with a <style> element because they refused the adopted sheet. */
  private readonly styled = new WeakSet<Document | ShadowRoot>();
  private fallbackRanges: { range: Range; kind: MarkKind }[] = [];

  constructor(private readonly boxes: HTMLElement) {}

  show(root: HTMLElement, draft: Draft, findings: readonly Finding[]): void {
    const ranges: Record<MarkKind, Range[]> = { warning: [], hint: [], private: [] };
    for (const f of findings) {
      if (f.start === undefined || f.end === undefined) continue;
      const range = rangeFor(draft, f.start, f.end);
      if (range) ranges[markKindOf(f)].push(range);
    }
    if (this.api) {
      this.style(root);
      for (const kind of MARK_KINDS) {
        const highlight = new this.api.Highlight(...ranges[kind]);
        highlight.priority = PRIORITY[kind];
        this.api.highlights.set(highlightName(kind), highlight);
      }
    } else {
      this.fallbackRanges = MARK_KINDS.flatMap((kind) => ranges[kind].map((range) => ({ range, kind })));
      this.redraw(root);
    }
  }

  /** Fallback boxes follow scrolling; highlights need nothing. */
  redraw(root: HTMLElement): void {
    if (this.api) return;
    const clip = root.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const { range, kind } of this.fallbackRanges) {
      for (const r of range.getClientRects()) {
        if (r.bottom < clip.top || r.top > clip.bottom || r.right < clip.left || r.left > clip.right) continue;
        const box = document.createElement('div');
        box.className = kind;
        Object.assign(box.style, {
          left: `${r.left}px`,
          top: `${r.top}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
        });
        boxes.push(box);
      }
    }
    this.boxes.replaceChildren(...boxes);
  }

  clear(): void {
    for (const kind of MARK_KINDS) this.api?.highlights.delete(highlightName(kind));
    this.fallbackRanges = [];
    this.boxes.replaceChildren();
  }

  /** Adds the highlight rules to the document and to the editor's shadow root, once each. */
  private style(root: HTMLElement): void {
    this.sheet ??= new CSSStyleSheet();
    if (!this.sheet.cssRules.length) this.sheet.replaceSync(RULES);
    for (const scope of [document, root.getRootNode()]) {
      if (!(scope instanceof Document || scope instanceof ShadowRoot)) continue;
      // Checked every time: a page may replace its adopted sheets.
      const adopted = adoptedSheets(scope);
      if (this.styled.has(scope) || adopted?.includes(this.sheet)) continue;
      try {
        if (!adopted) throw new Error('adopted style sheets unreadable');
        scope.adoptedStyleSheets = [...adopted, this.sheet];
      } catch {
        // Some pages refuse foreign sheets: a <style> outside the editor does the same.
        const style = document.createElement('style');
        style.textContent = RULES;
        (scope instanceof Document ? scope.head : scope).append(style);
        this.styled.add(scope);
      }
    }
  }
}
