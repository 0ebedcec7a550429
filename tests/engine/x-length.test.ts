import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { xWeightedLength } from '../../analyzers/site-rules/x-length';

const official = (text: string) => twitter.parseTweet(text).weightedLength;

// Text the way people write posts: words, CJK, accents, emoji sequences, links, punctuation.
const part = fc.oneof(
  fc.constantFrom(
    'hello',
    'Bonjour',
    'café',
    'e\u0301',
    '世界',
    '日本語',
    '한국어',
    'مرحبا',
    'שלום',
    '—',
    '…',
    '€',
    '·',
    '‘quoted’',
    '"',
    '!',
    '?',
    // A dot glued to the next word makes a link of it for twitter-text when the word is
    // one of its international top-level domains ("0.한국어"): glued links are the known gap.
    '. ',
    ',',
    '(',
    ')',
    '#tag',
    '@user',
    '©',
    '®',
    '™',
  ),
  fc.constantFrom('👋', '👍🏽', '❤️', '❤', '☀️', '🇫🇷', '🏳️‍🌈', '👩🏽‍💻', '👨‍👩‍👧‍👦', '1️⃣', '#️⃣', '©️', '🔥', '🚀', '😂', '🙏'),
  // Links stand as words, as in posts. Glued to other text, twitter-text's rules for
  // international domain names and its 1,500 top-level domains decide where a link
  // starts and ends; the engine may then be a few characters off, never more.
  fc.constantFrom(
    ' https://example.com ',
    ' https://example.com/a/b?c=d ',
    ' http://x.co/a ',
    ' www.example.fr/page ',
    ' example.com ',
    ' exemple.fr/blog ',
    ' (https://example.com/x) ',
  ),
  // Random ASCII without dots: "0.ac" is a link to twitter-text (Ascension Island), and the
  // engine knows only the common top-level domains, listed above.
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map((t) => t.replaceAll('.', ' ')),
);
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '', '. ', ', ');
const post = fc
  .array(fc.tuple(part, separator), { maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('X weighted length', () => {
  it.each([
    ['abc', 3],
    ['世界', 4],
    ['👩🏽‍💻', 2],
    ['1️⃣', 2],
    ['go to example.com now', 33],
    ['https://x.co/a?b=c.', 24],
    ['e\u0301', 1],
  ])('%j counts %i', (text, weight) => {
    expect(xWeightedLength(text)).toBe(weight);
    expect(official(text)).toBe(weight);
  });

  it('agrees with twitter-text on random posts with links, emoji and CJK', () => {
    fc.assert(
      fc.property(post, (text) => {
        expect(xWeightedLength(text)).toBe(official(text));
      }),
      { numRuns: 1500 },
    );
  });
});
