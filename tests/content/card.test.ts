// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../analyzers/kit/types';
import { cardContent } from '../../entrypoints/content/card';
import { markAtCaret, isCardShortcut, sameMark } from '../../entrypoints/content/card-controller';
import { markKindOf } from '../../utils/mark-styles';

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'begging/like',
  category: 'begging',
  severity: 'warning',
  start: 0,
  end: 4,
  messageId: 'begging/like',
  data: {},
  message: 'Asking for likes or reactions',
  why: 'w',
  suggestions: ['End on a question.', 'Share a tip.'],
  ...over,
});

describe('the card', () => {
  it('offers the writer’s own sentence reworked when the finding has a rewrite, else the first suggestion', () => {
    expect(cardContent(finding(), 'en')).toEqual({
      kind: 'warning',
      heading: '⚠ Warning · Begging for reactions',
      message: 'Asking for likes or reactions',
      betterLabel: 'A better way',
      better: 'End on a question.',
    });
    const rewrite = { text: 'What do you miss most about summer?', start: 0, end: 23 };
    expect(cardContent(finding({ rewrite }), 'en')).toMatchObject({
      betterLabel: 'Your sentence, reworked',
      better: rewrite.text,
    });
  });

  it('speaks the UI language, marks personal data as its own kind, and shows a house rule’s words without its markup', () => {
    expect(cardContent(finding({ severity: 'hint' }), 'fr')).toMatchObject({
      heading: 'ℹ Conseil · Réclamer des réactions',
      betterLabel: 'Une meilleure façon',
    });
    const email = finding({ rule: 'oversharing/email', category: 'oversharing', severity: 'hint' });
    expect(cardContent(email, 'en')).toMatchObject({ kind: 'private', heading: 'ℹ Hint · Oversharing' });
    const house = finding({
      rule: 'house-rules/team.say-everyone',
      category: 'house-rules',
      message: 'Not <b>everyone</b> is a guy',
    });
    expect(cardContent(house, 'en').message).toBe('Not everyone is a guy');
  });

  it('finds the mark at the caret, the warning first where marks overlap', () => {
    document.body.innerHTML = '<div id="e"><p>Like and share this</p></div>';
    const text = document.querySelector('p')!.firstChild as Text;
    const range = (start: number, end: number) => {
      const r = document.createRange();
      r.setStart(text, start);
      r.setEnd(text, end);
      return r;
    };
    const hint = { finding: finding({ severity: 'hint', rule: 'begging/share' }), range: range(0, 14) };
    const warning = { finding: finding(), range: range(0, 4) };
    const at = (offset: number) =>
      markAtCaret([hint, warning], { anchorNode: text, anchorOffset: offset, focusNode: text, focusOffset: offset });
    expect(at(2)).toBe(warning);
    expect(at(4)).toBe(warning); // at its edge, as after typing its last letter
    expect(at(9)).toBe(hint);
    expect(at(16)).toBeNull();
  });

  it('knows a mark again in a new report, even when the editor re-rendered its words into new nodes', () => {
    document.body.innerHTML = '<p id="a">Like and share</p><p id="b">Like and share</p>';
    const rangeOver = (id: string) => {
      const range = document.createRange();
      range.setStart(document.getElementById(id)!.firstChild!, 0);
      range.setEnd(document.getElementById(id)!.firstChild!, 4);
      return range;
    };
    const finding = { rule: 'begging/like', start: 0, end: 4 } as Finding;
    const old = { finding, range: rangeOver('a') };
    const now = { finding: { ...finding }, range: rangeOver('b') };
    // The old nodes are gone: a browser collapses the old range to their parent (happy-dom does not, so say it).
    document.getElementById('a')!.remove();
    old.range.collapse(true);
    expect(old.range.toString()).toBe('');
    expect(sameMark(old, now)).toBe(true);
    expect(sameMark(old, { finding: { ...finding, rule: 'begging/share' }, range: now.range })).toBe(false);
    expect(sameMark(old, { finding: { ...finding, start: 9, end: 14 }, range: now.range })).toBe(false);
  });

  it('opens on Ctrl+Shift+Space only, whatever the layout prints for the key', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(isCardShortcut(key({ code: 'Space', key: ' ', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isCardShortcut(key({ code: 'Space', key: ' ', ctrlKey: true }))).toBe(false);
    expect(isCardShortcut(key({ code: 'Space', key: ' ', ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
    expect(isCardShortcut(key({ code: 'Space', key: ' ', metaKey: true, shiftKey: true }))).toBe(false);
  });
});

describe('marks', () => {
  it('are one kind per severity, and personal data its own whatever the severity', () => {
    expect(markKindOf({ severity: 'warning', category: 'begging' })).toBe('warning');
    expect(markKindOf({ severity: 'hint', category: 'formulas' })).toBe('hint');
    expect(markKindOf({ severity: 'warning', category: 'oversharing' })).toBe('private');
  });
});
