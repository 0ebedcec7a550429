// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
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

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

describe('Highlighter without the CSS Custom Highlight API', () => {
  it('draws boxes outside the editor, clipped to it, and clears them', () => {
    expect('highlights' in CSS).toBe(false); // happy-dom has no Highlight API: the fallback path
    document.body.innerHTML =
      '<div contenteditable="true" id="e"><p>Like and share now</p></div><div id="boxes"></div>';
    const root = document.getElementById('e')!;
    const boxes = document.getElementById('boxes')!;
    vi.spyOn(root, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 500, 100));
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([
      rect(10, 10, 80, 18),
      rect(600, 10, 40, 18),
    ] as unknown as DOMRectList);

    const highlighter = new Highlighter(boxes);
    highlighter.show(root, readDraft(root), [finding(0, 14, 'warning')]);
    const drawn = [...boxes.children] as HTMLElement[];
    // The second rectangle lies outside the editor: not drawn.
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.style.left).toBe('10px');
    expect(drawn[0]!.className).toBe('warning');
    expect(root.innerHTML).toBe('<p>Like and share now</p>');

    highlighter.show(root, readDraft(root), [finding(0, 4, 'hint')]);
    expect((boxes.firstElementChild as HTMLElement).className).toBe('hint');
    highlighter.clear();
    expect(boxes.children).toHaveLength(0);
  });
});
