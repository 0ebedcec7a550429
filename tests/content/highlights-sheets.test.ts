// @vitest-environment jsdom
// jsdom, not happy-dom: its documents pass `instanceof Document` and its sheets keep ::highlight rules.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../analyzers/kit/types';
import { Highlighter } from '../../entrypoints/content/highlights';
import { readDraft } from '../../entrypoints/content/read-draft';

const finding = (start: number, end: number, severity: 'hint' | 'warning'): Finding => ({
  rule: 'begging/like',
  category: 'begging',
  severity,
  start,
  end,
  messageId: 'begging/like',
  data: {},
  message: 'm',
  why: 'w',
  suggestions: ['s'],
});

/** jsdom has no adopted style sheets: each test gives the document the kind it needs. */
function giveAdoptedSheets(get: () => unknown, set: (sheets: CSSStyleSheet[]) => void): void {
  Object.defineProperty(document, 'adoptedStyleSheets', { configurable: true, get, set });
}

afterEach(() => {
  delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
  vi.unstubAllGlobals();
});

describe('Highlighter with the CSS Custom Highlight API', () => {
  /** A stand-in for the browser's highlight registry: what was set under each name. */
  function withHighlightApi() {
    const set = new Map<string, { ranges: Range[]; priority: number }>();
    class Highlight {
      priority = 0;
      readonly ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    vi.stubGlobal('Highlight', Highlight);
    vi.stubGlobal('CSS', {
      highlights: {
        set: (name: string, h: { ranges: Range[]; priority: number }) => set.set(name, h),
        delete: (name: string) => set.delete(name),
      },
    });
    return set;
  }

  it('adopts its style sheet once, however many times it paints', () => {
    const painted = withHighlightApi();
    document.body.innerHTML = '<div contenteditable="true" id="e"><p>Like and share now</p></div>';
    let adopted: CSSStyleSheet[] = [];
    giveAdoptedSheets(
      () => adopted,
      (sheets) => (adopted = sheets),
    );
    const root = document.getElementById('e')!;
    const highlighter = new Highlighter(document.createElement('div'));
    highlighter.show(root, readDraft(root), [finding(0, 14, 'warning')]);
    highlighter.show(root, readDraft(root), [finding(0, 4, 'hint')]);
    expect(adopted).toHaveLength(1);
    expect(adopted[0]!.cssRules[0]!.cssText).toContain('::highlight(post-coach');
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect([...painted.values()].reduce((n, h) => n + h.ranges.length, 0)).toBe(1);
    expect(root.innerHTML).toBe('<p>Like and share now</p>');
  });

  it('falls back to a <style> outside the editor when the adopted sheets are an array-like without includes (Firefox ESR 140)', () => {
    const painted = withHighlightApi();
    document.body.innerHTML = '<div contenteditable="true" id="e"><p>Like and share now</p></div>';
    document.head.innerHTML = '';
    // What a content script saw in Firefox 140: indexable, but no Array methods, and no assignment.
    giveAdoptedSheets(
      () => ({ length: 0 }),
      () => {
        throw new TypeError('Accessing from Xray wrapper is not supported.');
      },
    );
    const root = document.getElementById('e')!;
    const highlighter = new Highlighter(document.createElement('div'));
    expect(() => highlighter.show(root, readDraft(root), [finding(0, 14, 'warning')])).not.toThrow();
    highlighter.show(root, readDraft(root), [finding(0, 4, 'warning')]);
    expect([...document.head.querySelectorAll('style')].map((s) => s.textContent)).toEqual([
      expect.stringContaining('::highlight(post-coach'),
    ]);
    expect([...painted.values()].reduce((n, h) => n + h.ranges.length, 0)).toBe(1);
    expect(root.innerHTML).toBe('<p>Like and share now</p>');
  });
});
