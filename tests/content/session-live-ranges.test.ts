// @vitest-environment jsdom
// jsdom, not happy-dom: it keeps ranges live as the DOM standard says, so a text node's data rewritten in
// place collapses the ranges on it, as in the browser.
import { describe, expect, it, vi } from 'vitest';
import type { Badge } from '../../entrypoints/content/badge';
import type { Highlighter } from '../../entrypoints/content/highlights';
import { CoachSession } from '../../entrypoints/content/session';

describe('CoachSession marks', () => {
  it('stand on their words again when the editor rewrites a text node in place with the same text', () => {
    document.body.innerHTML = '<div contenteditable="true" id="e"><p>Like and share if you agree!</p></div>';
    const root = document.getElementById('e')!;
    const highlighter = { show: vi.fn(), clear: vi.fn(), redraw: vi.fn() } as unknown as Highlighter;
    const badge = { show: vi.fn(), hide: vi.fn(), place: vi.fn() } as unknown as Badge;
    const session = new CoachSession(root, 'facebook', 'post', 'c1', {
      send: vi.fn(),
      badge,
      highlighter,
      analysisOptions: () => ({}),
      remember: vi.fn(),
    });
    session.trust(true);
    session.run();
    expect(session.marks()[0]!.range.toString()).toBe('Like and share');
    // A letter typed and deleted before the next analysis: Lexical sets the node's whole text each time.
    const node = root.querySelector('p')!.firstChild as Text;
    node.data = 'LikXe and share if you agree!';
    node.data = 'Like and share if you agree!';
    expect(session.marks()[0]!.range.toString()).toBe(''); // what the browser does to the old range
    session.flush();
    const mark = session.marks()[0]!;
    expect(mark.range.startContainer).toBe(node);
    expect(mark.range.toString()).toBe('Like and share');
    expect(vi.mocked(highlighter.show).mock.lastCall![2].map((f) => f.rule)).toContain('begging/like');
    expect(badge.show).toHaveBeenCalledTimes(1); // the same report: nothing analysed again
  });
});
