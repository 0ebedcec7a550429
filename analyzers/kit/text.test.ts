import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointLength } from '../site-rules';
import { normalize, toOriginal, tokenize } from './text';

/** Every unit of the folded text must point inside the original, in order. */
function expectConsistentMap(original: string) {
  const n = normalize(original);
  expect(n.starts.length).toBe(n.text.length);
  expect(n.ends.length).toBe(n.text.length);
  for (let i = 0; i < n.text.length; i++) {
    expect(n.starts[i]).toBeGreaterThanOrEqual(0);
    expect(n.ends[i]).toBeGreaterThan(n.starts[i]!);
    expect(n.ends[i]).toBeLessThanOrEqual(original.length);
    if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]!);
  }
  return n;
}

describe('normalize', () => {
  it('folds case and accents', () => {
    expect(normalize('Partagez À VOS Potes, ÉTÉ').text).toBe('partagez a vos potes, ete');
  });

  it('maps look-alikes between letters only', () => {
    expect(normalize('L1KE f0llow p@rtagez lik3d').text).toBe('like follow partagez liked');
    expect(normalize('10k followers, 2026, @marie, 50%').text).toBe('10k followers, 2026, @marie, 50%');
  });

  it('turns NBSP and other spaces into spaces, curly quotes and dashes into ASCII', () => {
    expect(normalize('a\u00a0b\u202fc “d” ‘e’ «f» g–h').text).toBe('a b c "d" \'e\' "f" g-h');
  });

  it('drops zero-width characters but keeps emoji joiners in the original', () => {
    const original = 'li\u200bke 👩‍💻';
    const n = expectConsistentMap(original);
    expect(n.text.startsWith('like ')).toBe(true);
    const [start, end] = toOriginal(n, 0, 4);
    expect(original.slice(start, end)).toBe('li\u200bke');
  });

  it('folds stretched words and keeps a way back to every letter', () => {
    const original = 'Liiiiike this';
    const n = expectConsistentMap(original);
    expect(n.text).toBe('like this');
    const [start, end] = toOriginal(n, 0, 4);
    expect(original.slice(start, end)).toBe('Liiiiike');
  });

  it('maps decomposed accents and ligatures back to the original span', () => {
    const original = 'Cœur de la re\u0301gion';
    const n = expectConsistentMap(original);
    expect(n.text).toBe('coeur de la region');
    const at = n.text.indexOf('region');
    const [start, end] = toOriginal(n, at, at + 6);
    expect(original.slice(start, end)).toBe('re\u0301gion');
  });

  it('keeps astral characters whole and replaces lone surrogates', () => {
    const original = 'a\ud83d b 𝐥𝐢𝐤𝐞';
    const n = expectConsistentMap(original);
    expect(n.text).toBe('a\ufffd b like');
    const at = n.text.indexOf('like');
    const [start, end] = toOriginal(n, at, at + 4);
    expect(original.slice(start, end)).toBe('𝐥𝐢𝐤𝐞');
  });
});

describe('tokenize', () => {
  const kinds = (s: string) => tokenize(normalize(s).text).tokens.map((t) => `${t.kind}:${t.text}`);

  it('reads words, numbers, hashtags, mentions, links and emoji', () => {
    expect(kinds('Merci @léa ! 10 000 abonnés, -20 % #fierté 🎉 https://ex.fr/a?b=1.')).toEqual([
      'word:merci',
      'mention:lea',
      'number:10 000',
      'word:abonnes',
      'number:20 %',
      'hashtag:fierte',
      'emoji:🎉',
      'url:https://ex.fr/a?b=1',
    ]);
  });

  it('splits French elisions and hyphens but marks them glued', () => {
    const { tokens } = tokenize(normalize("Abonnez-vous, n'hésitez pas").text);
    expect(tokens.map((t) => [t.text, t.glued])).toEqual([
      ['abonnez', false],
      ['vous', true],
      ['n', false],
      ['hesitez', true],
      ['pas', false],
    ]);
  });

  it('keeps emoji sequences (ZWJ, skin tones) as one token', () => {
    // The folded text loses VS-16; the original keeps it.
    expect(kinds('👩🏽‍💻 ❤️ 👍🏿')).toEqual(['emoji:👩🏽‍💻', 'emoji:❤', 'emoji:👍🏿']);
  });

  it('finds bare domains as links', () => {
    expect(kinds('lisez example.com/blog maintenant')).toEqual([
      'word:lisez',
      'url:example.com/blog',
      'word:maintenant',
    ]);
  });

  it('splits sentences on end punctuation and line breaks', () => {
    const { sentences } = tokenize(normalize('Hello there! How are you?\nFine. v2.4 is out…').text);
    // The ellipsis folds to three dots.
    expect(sentences.map((s) => s.terminator)).toEqual(['!', '?', '.', '...']);
    expect(sentences.map((s) => s.endToken - s.firstToken)).toEqual([2, 3, 1, 3]);
  });

  it('never produces a token outside the text', () => {
    const text = normalize('###  @@ ..!! 🎉🎉 #a @b x.y z').text;
    for (const t of tokenize(text).tokens) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(t.end).toBeGreaterThan(t.start);
    }
  });
});

describe('the emoji fast path of the tokenizer', () => {
  it('agrees with the Unicode properties: nothing in U+1F300–U+1FAFF is a letter, digit or mark', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    for (let cp = 0x1f300; cp <= 0x1faff; cp++) {
      const ch = String.fromCodePoint(cp);
      expect(word.test(ch), cp.toString(16)).toBe(false);
      expect(normalize(ch).text, cp.toString(16)).toBe(ch.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''));
      expect(
        tokenize(`a${ch}b`)
          .tokens.filter((t) => t.kind === 'word')
          .map((t) => t.text),
        cp.toString(16),
      ).toEqual(['a', 'b']);
    }
  });
});

describe('code points counted while normalising', () => {
  it('match a separate count, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(normalize(text).codePoints).toBe(codePointLength(text));
      }),
    );
    expect(normalize('a😀\ud800b\udc00').codePoints).toBe(5);
  });
});
