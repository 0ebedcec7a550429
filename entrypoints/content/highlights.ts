/**
 * Underlines the flagged spans without touching the editor: the CSS Custom
 * Highlight API paints ranges from outside the DOM; the rules go into the
 * document's and, for LinkedIn, the shadow root's adopted style sheets. Where
 * the API is missing, boxes are drawn in the badge's own shadow root instead.
 */
import type { Finding } from '@/analyzers/kit/types';
import { rangeFor, type Draft } from './read-draft';

const WARNING = 'post-coach-warning';
const HINT = 'post-coach-hint';
const RULES = `::highlight(${WARNING}) { text-decoration: underline wavy #d93025; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HINT}) { text-decoration: underline dotted #b26a00; text-decoration-thickness: 2px; text-underline-offset: 3px; }`;

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

export class Highlighter {
  private readonly api = registry();
  private sheet: CSSStyleSheet | null = null;
  /** Scopes styled with a <style> element because they refused the adopted sheet. */
  private readonly styled = new WeakSet<Document | ShadowRoot>();
  private fallbackRanges: { range: Range; warning: boolean }[] = [];

  constructor(private readonly boxes: HTMLElement) {}

  show(root: HTMLElement, draft: Draft, findings: readonly Finding[]): void {
    const warnings: Range[] = [];
    const hints: Range[] = [];
    for (const f of findings) {
      if (f.start === undefined || f.end === undefined) continue;
      const range = rangeFor(draft, f.start, f.end);
      if (range) (f.severity === 'warning' ? warnings : hints).push(range);
    }
    if (this.api) {
      this.style(root);
      this.api.highlights.set(WARNING, new this.api.Highlight(...warnings));
      this.api.highlights.set(HINT, new this.api.Highlight(...hints));
    } else {
      this.fallbackRanges = [
        ...warnings.map((range) => ({ range, warning: true })),
        ...hints.map((range) => ({ range, warning: false })),
      ];
      this.redraw(root);
    }
  }

  /** Fallback boxes follow scrolling; highlights need nothing. */
  redraw(root: HTMLElement): void {
    if (this.api) return;
    const clip = root.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const { range, warning } of this.fallbackRanges) {
      for (const r of range.getClientRects()) {
        if (r.bottom < clip.top || r.top > clip.bottom || r.right < clip.left || r.left > clip.right) continue;
        const box = document.createElement('div');
        if (!warning) box.className = 'hint';
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
    this.api?.highlights.delete(WARNING);
    this.api?.highlights.delete(HINT);
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
      if (scope.adoptedStyleSheets.includes(this.sheet) || this.styled.has(scope)) continue;
      try {
        scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
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
