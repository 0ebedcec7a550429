// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Badge } from '../../entrypoints/content/badge';
import type { Highlighter } from '../../entrypoints/content/highlights';
import { CoachSession } from '../../entrypoints/content/session';
import type { ContentMessage } from '../../utils/messages';
import type { AnalyzeOptions } from '../../analyzers/kit/types';

/** A session on one editor; `input` is the user's own input that reached it (none: a page's script only). */
function setup(
  text: string,
  options: () => Partial<AnalyzeOptions> = () => ({}),
  input: 'typed' | 'clicked' | 'none' = 'typed',
) {
  document.body.innerHTML = `<div contenteditable="true" id="e"><p>${text}</p></div>`;
  const root = document.getElementById('e')!;
  const sent: ContentMessage[] = [];
  const remembered: string[] = [];
  const badge = { show: vi.fn(), hide: vi.fn(), place: vi.fn() } as unknown as Badge;
  const highlighter = { show: vi.fn(), clear: vi.fn(), redraw: vi.fn() } as unknown as Highlighter;
  const session = new CoachSession(root, 'linkedin', 'post', 'c1', {
    send: (m) => sent.push(m),
    badge,
    highlighter,
    analysisOptions: options,
    remember: (text: string) => remembered.push(text),
  });
  if (input !== 'none') session.trust(input === 'typed');
  return { root, session, sent, badge, highlighter, remembered };
}

afterEach(() => vi.useRealTimers());

describe('CoachSession', () => {
  it('warms the engine once, in idle time, when the first box takes the focus', async () => {
    vi.resetModules();
    const { CoachSession: FreshSession } = await import('../../entrypoints/content/session');
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    try {
      const { root, badge, highlighter } = setup('');
      const host = { send: vi.fn(), badge, highlighter, analysisOptions: () => ({}), remember: vi.fn() };
      const first = new FreshSession(root, 'x', 'post', 'a', host as never);
      const second = new FreshSession(root, 'x', 'reply', 'b', host as never);
      first.attach();
      second.attach();
      expect(idle).toHaveLength(1);
      expect(host.send).not.toHaveBeenCalled(); // nothing reported for the empty box
      expect(() => idle[0]!()).not.toThrow();
      first.detach();
      second.detach();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports the analysed draft, then clears it when the editor is emptied', () => {
    const { root, session, sent } = setup('Like and share if you agree!');
    session.run();
    expect(sent).toHaveLength(1);
    const first = sent[0]!;
    expect(first.type === 'coach/report' && first.entry.report.findings.map((f) => f.rule)).toEqual([
      'begging/like',
      'missing-value/whole-post',
    ]);
    root.innerHTML = '<p><br></p>';
    session.run();
    expect(sent[1]).toEqual({ type: 'coach/clear', composerId: 'c1' });
  });

  it('still reports the draft and shows the badge when the underlines cannot be painted', () => {
    const { session, sent, badge, highlighter } = setup('Like and share if you agree!');
    vi.mocked(highlighter.show).mockImplementation(() => {
      throw new TypeError('t.adoptedStyleSheets.includes is not a function');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => session.run()).not.toThrow();
      expect(sent.map((m) => m.type)).toEqual(['coach/report']);
      expect(badge.show).toHaveBeenCalledTimes(1);
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
    }
  });

  it('moves the marks to new nodes when the editor re-renders the same text, without analysing again', () => {
    const { root, session, sent, badge, highlighter } = setup('Like and share if you agree!');
    session.run();
    const first = session.marks()[0]!;
    expect(first.range.toString()).toBe('Like and share');
    root.innerHTML = '<p>Like and share if you agree!</p>'; // same words, new text node
    session.run();
    expect(sent).toHaveLength(1);
    expect(badge.show).toHaveBeenCalledTimes(1);
    expect(highlighter.show).toHaveBeenCalledTimes(2);
    const moved = session.marks()[0]!;
    expect(moved.range.startContainer).toBe(root.querySelector('p')!.firstChild);
    expect(moved.range.toString()).toBe('Like and share');
  });

  it('hides a hint dismissed from the card, here and (through the background) in the side panel; a mute hides its rule at once', () => {
    const { session, sent, badge } = setup('Like and share if you agree! Follow us for more.');
    session.run();
    const [like, follow] = session.marks().map((m) => m.finding);
    expect([like!.rule, follow!.rule]).toEqual(['begging/like', 'begging/follow']);
    session.dismiss(like!);
    expect(sent.at(-1)).toEqual({ type: 'coach/dismiss', composerId: 'c1', key: 'begging/like|Like and share' });
    expect(session.marks().map((m) => m.finding.rule)).toEqual(['begging/follow']);
    // The whole-draft hint ("nothing besides the ask") has no mark; the badge counts it.
    expect(vi.mocked(badge.show).mock.lastCall![0].findings.map((f) => f.rule)).toEqual([
      'begging/follow',
      'missing-value/whole-post',
    ]);
    session.mute('begging/follow');
    expect(session.marks()).toEqual([]);
  });

  it('moves the marks to the editor’s new nodes when asked for them, even with no analysis waiting', () => {
    const { root, session } = setup('Like and share if you agree!');
    session.run();
    expect(session.marks()[0]!.range.startContainer.isConnected).toBe(true);
    // The editor re-renders the same text into new nodes, and no input event tells the session.
    root.innerHTML = '<p>Like and share if you agree!</p>';
    expect(session.marks()[0]!.range.startContainer.isConnected).toBe(false);
    session.flush();
    const mark = session.marks()[0]!;
    expect(mark.range.startContainer.isConnected).toBe(true);
    expect(root.contains(mark.range.startContainer)).toBe(true);
  });

  it('analyses the same draft again, at once, when the settings change', () => {
    let settings: Partial<AnalyzeOptions> = { messageLang: 'en' };
    const { session, sent } = setup('Like and share if you agree!', () => settings);
    session.run();
    settings = { messageLang: 'fr', settings: { disabledRules: ['begging/like'] } };
    session.refresh();
    expect(sent).toHaveLength(2);
    const rules = (i: number) => {
      const m = sent[i]!;
      return m.type === 'coach/report' ? m.entry.report.findings.map((f) => f.rule) : null;
    };
    expect(rules(0)).toContain('begging/like');
    // The muted rule is gone at once; what else the draft earns (an empty post) stays.
    expect(rules(1)).not.toContain('begging/like');
    const second = sent[1]!;
    const messages = second.type === 'coach/report' ? second.entry.report.findings.map((f) => f.message) : [];
    for (const message of messages) expect(message).toMatch(/[àéèêçû]|\blecteur\b/);
  });

  it('remembers a draft once it is gone, emptied or left behind by navigation, not when another box takes over', () => {
    const emptied = setup('Our spring workshop dates are out');
    emptied.session.run();
    emptied.root.innerHTML = '<p><br></p>';
    emptied.session.run();
    expect(emptied.remembered).toEqual(['Our spring workshop dates are out']);

    const removed = setup('A draft in a dialog that closes');
    removed.session.run();
    removed.root.remove();
    removed.session.run();
    expect(removed.remembered).toEqual(['A draft in a dialog that closes']);

    const switched = setup('A draft left for another box');
    switched.session.run();
    switched.session.end();
    expect(switched.remembered).toEqual([]);
  });

  it('analyses, shows and reports nothing until the user’s own input reaches the editor', () => {
    const { root, session, sent, badge, highlighter } = setup('Like and share if you agree!', () => ({}), 'none');
    session.attach(); // focused by a script, filled by a script
    session.run();
    session.refresh();
    root.innerHTML = '<p>Follow us for more tips!</p>';
    session.run();
    expect(sent).toEqual([]);
    expect(badge.show).not.toHaveBeenCalled();
    expect(highlighter.show).not.toHaveBeenCalled();
    expect(session.isTrusted).toBe(false);

    session.trust(false); // a click into the box
    session.run();
    expect(sent.map((m) => m.type)).toEqual(['coach/report']);
    expect(badge.show).toHaveBeenCalledTimes(1);
    session.detach();
  });

  it('remembers only a draft the user typed, once', () => {
    const planted = setup('A draft a page script wrote, never typed', () => ({}), 'clicked');
    planted.session.run();
    planted.root.innerHTML = '<p><br></p>';
    planted.session.run();
    expect(planted.remembered).toEqual([]);

    const typed = setup('A draft the user typed and then cleared');
    typed.session.run();
    typed.root.innerHTML = '<p><br></p>';
    typed.session.run();
    typed.root.innerHTML = '<p>Refilled by the page, not typed</p>';
    typed.session.run();
    typed.root.innerHTML = '<p><br></p>';
    typed.session.run();
    expect(typed.remembered).toEqual(['A draft the user typed and then cleared']);
  });

  it('does not report the same text twice', () => {
    const { session, sent } = setup('Hello there, what do you think?');
    session.run();
    session.run();
    expect(sent).toHaveLength(1);
  });

  it('keeps updating a slow draft while the user types: throttled, never starved', () => {
    vi.useFakeTimers();
    const { session } = setup('A long draft');
    // Pretend the last analysis took 50 ms: the session switches to its slow path.
    (session as unknown as { lastCost: number }).lastCost = 50;
    const run = vi.spyOn(session, 'run').mockImplementation(() => {});
    for (let i = 0; i < 20; i++) {
      session.schedule(); // a keystroke every 20 ms
      vi.advanceTimersByTime(20);
    }
    // 400 ms of continuous typing with a 200 ms throttle: about two updates, not zero.
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('ends quietly when its editor leaves the page', () => {
    const { root, session, sent, badge } = setup('Follow us for more!');
    session.run();
    root.remove();
    session.run();
    expect(sent.at(-1)).toEqual({ type: 'coach/clear', composerId: 'c1' });
    expect(badge.hide).toHaveBeenCalled();
  });
});
