import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { LINKEDIN_FOLD, linkedinFold, threadLabel, X_POST_LIMIT, xThread } from './preview';

const official = (text: string) => twitter.parseTweet(text).weightedLength;
const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('LinkedIn fold', () => {
  it('shows a short post whole', () => {
    expect(linkedinFold('Nouvelle galette cette semaine !')).toEqual({
      fold: null,
      shown: 'Nouvelle galette cette semaine !',
    });
  });

  it('folds after three lines when each line is short', () => {
    const text = 'Line one\nLine two\nLine three\nLine four is hidden';
    const { fold, shown } = linkedinFold(text);
    expect(shown).toBe('Line one\nLine two\nLine three');
    expect(text.slice(fold!)).toBe('\nLine four is hidden');
  });

  it('shows two lines when the third is blank', () => {
    const text = 'Hook line\nSecond line\n\nThe rest of the post';
    const { fold, shown } = linkedinFold(text);
    expect(shown).toBe('Hook line\nSecond line');
    expect(text.slice(fold!).trim()).toBe('The rest of the post');
  });

  it('folds a long paragraph near 210 characters, between words', () => {
    const text = words(80); // 80 × 5 − 1 = 399 characters
    const { fold, shown } = linkedinFold(text);
    expect(shown.length).toBeLessThanOrEqual(LINKEDIN_FOLD.chars);
    expect(shown.length).toBeGreaterThan(LINKEDIN_FOLD.chars - 10);
    expect(text[fold! - 1]).toBe(' ');
    expect(shown.endsWith('word')).toBe(true);
  });

  it('counts an accent as one character, composed or not', () => {
    const composed = words(60, 'été');
    const decomposed = composed.normalize('NFD');
    expect(linkedinFold(decomposed).shown.normalize('NFC')).toBe(linkedinFold(composed).shown);
    // Never between a letter and its combining accent.
    const { fold } = linkedinFold(decomposed);
    expect(decomposed[fold!]).not.toBe('\u0301');
  });

  it('keeps an emoji sequence whole and counts it wide', () => {
    const text = '👩🏽‍💻'.repeat(120);
    const { fold, shown } = linkedinFold(text);
    expect(fold! % '👩🏽‍💻'.length).toBe(0);
    // Three lines of 35 double-width emoji.
    expect([...new Intl.Segmenter().segment(shown)]).toHaveLength(105);
  });

  it('wraps CJK at half the characters of Latin text', () => {
    const text = '日本語の投稿です。'.repeat(30);
    const { shown } = linkedinFold(text);
    expect(shown.length).toBe(105);
  });

  it('breaks a link longer than a line where the line ends', () => {
    const url = `https://example.com/${'a'.repeat(300)}`;
    const { fold, shown } = linkedinFold(`Read ${url}`);
    expect(shown.startsWith('Read https://example.com/')).toBe(true);
    expect(fold).toBeLessThan(LINKEDIN_FOLD.chars + 1);
  });

  it('does not fold when only blank lines follow', () => {
    expect(linkedinFold('a\nb\nc\n\n\n').fold).toBeNull();
  });
});

describe('X thread split', () => {
  it('keeps a draft that fits as one post, unnumbered, with twitter-text’s count', () => {
    const text = 'Fournée de 6 h : 🥐 et pain au levain, https://boulangerie.example.com/commande';
    const thread = xThread(text);
    expect(thread.weight).toBe(official(text));
    expect(thread.posts).toEqual([{ start: 0, end: text.length, text, weight: official(text) }]);
  });

  it('cuts a long draft between sentences, numbered, each post within 280 for twitter-text', () => {
    const sentence = 'Our spring workshops are open for booking this week. ';
    const text = sentence.repeat(14).trim();
    const { posts } = xThread(text);
    expect(posts.length).toBe(3);
    posts.forEach((p, i) => {
      const shown = `${p.text} ${threadLabel(i + 1, posts.length)}`;
      expect(shown.endsWith(`${i + 1}/3`)).toBe(true);
      expect(official(shown)).toBe(p.weight);
      expect(p.weight).toBeLessThanOrEqual(X_POST_LIMIT);
      expect(p.text.endsWith('.')).toBe(true);
    });
    expect(posts.map((p) => p.text).join(' ')).toBe(text);
  });

  it('prefers a paragraph break', () => {
    const text = `${words(30)}\n\n${words(40)}`;
    const { posts } = xThread(text);
    expect(posts[0]!.text).toBe(words(30));
  });

  it('counts CJK double and French accents single', () => {
    const cjk = '日本語の投稿です。'.repeat(20); // 180 characters, weight 360
    expect(xThread(cjk).weight).toBe(360);
    expect(xThread(cjk).posts.length).toBe(2);
    const french = 'Élève à l’école, déjà très motivé ! '.repeat(8);
    expect(xThread(french).weight).toBe(official(french.trim()));
  });

  it('never cuts a link, which counts 23 whatever its length', () => {
    const url = `https://example.com/${'a'.repeat(400)}`;
    const text = `${words(50)} ${url} ${words(10)}`;
    const { posts } = xThread(text);
    expect(posts.some((p) => p.text.includes(url))).toBe(true);
  });

  it('cuts a word longer than a post at a grapheme', () => {
    const text = '🔥'.repeat(300);
    const { posts } = xThread(text);
    expect(posts.map((p) => p.text).join('')).toBe(text);
    posts.forEach((p) => expect(p.text.length % 2).toBe(0));
  });

  it('an empty draft is no post', () => {
    expect(xThread('  \n ').posts).toEqual([]);
  });

  it('every post of any draft fits and the posts keep all the text (random drafts)', () => {
    const part = fc.constantFrom(
      'word',
      'café',
      'e\u0301t\u00e9',
      '世界',
      '👩🏽‍💻',
      '🇫🇷',
      'https://example.com/x',
      'Hello.',
      '!',
    );
    const sep = fc.constantFrom(' ', ' ', '\n', '\n\n', '. ');
    const draft = fc
      .array(fc.tuple(part, sep), { minLength: 1, maxLength: 200 })
      .map((a) => a.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(draft, (text) => {
        const { posts } = xThread(text);
        posts.forEach((p, i) => {
          const label = threadLabel(i + 1, posts.length);
          expect(official(label ? `${p.text} ${label}` : p.text)).toBeLessThanOrEqual(X_POST_LIMIT);
          expect(text.slice(p.start, p.end).trim()).toBe(p.text);
        });
        expect(
          posts
            .map((p) => p.text)
            .join('')
            .replace(/\s/gu, ''),
        ).toBe(text.replace(/\s/gu, ''));
      }),
      { numRuns: 300 },
    );
  });
});
