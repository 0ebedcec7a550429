import { describe, expect, it } from 'vitest';
import { ANALYZERS, REGISTRY } from '../index';
import {
  assertFolded,
  compilePattern,
  PatternError,
  PhraseIndex,
  registeredPatterns,
  validatePattern,
} from './phrases';
import { normalize, tokenize } from './text';

function matches(pattern: string, text: string): string[] {
  const index = new PhraseIndex([{ pattern, meta: null }]);
  const norm = normalize(text);
  const tokenized = tokenize(norm.text);
  return index
    .findAll(tokenized)
    .map((m) => norm.text.slice(tokenized.tokens[m.firstToken]!.start, tokenized.tokens[m.lastToken]!.end));
}

describe('phrase patterns', () => {
  it('match words, alternatives and prefixes on folded text', () => {
    expect(matches('like|likez this', 'LIKEZ this now')).toEqual(['likez this']);
    expect(matches('abonn* vous', 'Abonnez-vous !')).toEqual(['abonnez-vous']);
  });

  it('skip tokens with gaps, make slots optional, and match several words as one alternative', () => {
    expect(matches('help ~2 reach {number}', 'Help us reach 10k')).toEqual(['help us reach 10k']);
    expect(matches('tag ?{number} ~1 friends', 'tag 3 friends and tag your friends')).toEqual([
      'tag 3 friends',
      'tag your friends',
    ]);
    expect(matches('make_sure|be_sure ~1 follow', 'be sure to follow')).toEqual(['be sure to follow']);
  });

  it('honour negative slots before, after and within a window', () => {
    expect(matches('<!i|we like this', 'I like this. Like this!')).toEqual(['like this']);
    expect(matches('follow !up', 'follow up, then follow us')).toEqual(['follow']);
    expect(matches('abonnez vous !~4 vos', 'abonnez-vous aux blogs de vos pairs')).toEqual([]);
    expect(matches('abonnez vous !~2 vos', 'abonnez-vous aux blogs de vos pairs')).toEqual(['abonnez-vous']);
    expect(matches('share !{any}', 'Please share')).toEqual(['share']);
  });

  it('never match across a sentence boundary', () => {
    expect(matches('like ~2 share', 'I like it. Share it')).toEqual([]);
  });

  it('match hashtags and token kinds', () => {
    expect(matches('#f4f|#like*', '#F4F #likeforlike #follow')).toEqual(['#f4f', '#likeforlike']);
    expect(matches('drop ~1 {emoji}', 'Drop a 🔥')).toEqual(['drop a 🔥']);
    // A class may anchor a pattern too.
    expect(matches('{hashtag} giveaway', 'Big #contest giveaway')).toEqual(['#contest giveaway']);
    expect(matches('{emoji} ~1 link', 'Click 👉 the link')).toEqual(['👉 the link']);
    expect(matches('{any} follow', 'then follow')).toEqual(['then follow']);
  });

  it('index a pattern by its first word slot, expanding a leading optional one', () => {
    const anchors = (source: string) => compilePattern(source, null).map((p) => [p.anchorAt, p.anchorSpec]);
    expect(anchors('like|likez this')).toEqual([[0, 'like|likez']]);
    expect(anchors('<!i|we <!you like this')).toEqual([[2, 'like']]);
    expect(anchors('?please|pls like ~1 post')).toEqual([
      [0, 'please|pls'],
      [0, 'like'],
    ]);
    // Each expansion matches on its own; analyzers keep the widest of overlapping matches.
    expect(matches('?please|pls like ~1 post', 'Please like my post, like this post')).toEqual([
      'please like my post',
      'like my post',
      'like this post',
    ]);
  });

  it('refuse data that would silently never match', () => {
    expect(() => assertFolded('Like')).toThrow(PatternError);
    expect(() => assertFolded('partagé')).toThrow(/folded/);
    expect(() => assertFolded('like|love ~2 #f4f !~3 vos {emoji} make_sure')).not.toThrow();
    expect(() => validatePattern('li*')).toThrow(/shorter than 3/);
    expect(() => compilePattern('~2 like', null)).toThrow(/start with a word/);
    expect(() => validatePattern('like||share')).toThrow(/empty alternative/);
    expect(() => validatePattern('#a_b')).toThrow(/cannot span/);
  });

  it('keep the shipped phrase data free of duplicates', () => {
    for (const group of REGISTRY.flatMap((m) => m.phrases)) {
      expect(new Set(group.patterns).size, group.rule).toBe(group.patterns.length);
      for (const pattern of group.patterns) {
        const alternatives = pattern.split(/\s+/).map((slot) => slot.replace(/^(\?|!|<!)/, '').split('|'));
        for (const alts of alternatives) expect(new Set(alts).size, `${group.rule}: ${pattern}`).toBe(alts.length);
      }
    }
  });

  it('parse every pattern the analyzers registered (loading only reads their first word)', () => {
    expect(ANALYZERS.length).toBeGreaterThan(5);
    const patterns = registeredPatterns();
    expect(patterns.length).toBeGreaterThan(400);
    for (const pattern of patterns) {
      expect(pattern, 'words are split on single spaces').toMatch(/^\S+( \S+)*$/);
      expect(() => assertFolded(pattern), pattern).not.toThrow();
      expect(() => validatePattern(pattern), pattern).not.toThrow();
    }
  });
});
