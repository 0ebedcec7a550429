/**
 * analyze() never breaks: on any string it returns a valid report whose spans
 * lie inside the text without cutting a surrogate pair, and it is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers';
import { ReportSchema } from '../../analyzers/kit/schema';
import { normalize, toOriginal } from '../../analyzers/kit/text';
import { PLATFORMS, type Report } from '../../analyzers/kit/types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset falls between the two halves of a surrogate pair. */
const cutsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

function expectSound(text: string, report: Report) {
  expect(ReportSchema.safeParse(report).success).toBe(true);
  for (const span of [...report.findings, ...report.strengths]) {
    if (span.start === undefined || span.end === undefined) continue;
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeLessThan(span.end);
    expect(cutsPair(text, span.start)).toBe(false);
    expect(cutsPair(text, span.end)).toBe(false);
  }
}

// Building blocks that stress the text helpers: RTL, combining marks, invisible
// characters, emoji sequences, look-alikes, lone surrogates, begging words.
const pieces = fc.constantFrom(
  'like',
  'LIKE',
  'l1ke',
  'share',
  'partagez',
  'abonnez-vous',
  '#f4f',
  '@marta',
  'https://x.y/z',
  '10 000',
  '-20 %',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u200f',
  'e\u0301',
  '\u0301\u0301',
  '\u200b',
  '\ufeff',
  '\u200d',
  '👩🏽‍💻',
  '🇫🇷',
  '1️⃣',
  '\ud800',
  '\udc00',
  '!!!',
  '???',
  '…',
  '\n',
  '\n\n',
  ' ',
  '\u00a0',
  '"',
  '«',
  '»',
  '’',
  '-',
  '.',
);
const draftLike = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 40 })
  .map((p) => p.join(' '));
const platform = fc.constantFrom(...PLATFORMS);

describe('analyze() on any input', () => {
  it('returns a valid report with sound spans, and the same one twice', () => {
    fc.assert(
      fc.property(draftLike, platform, (text, p) => {
        const report = analyze(text, { platform: p });
        expectSound(text, report);
        expect(analyze(text, { platform: p })).toEqual(report);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts any UTF-16 string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectSound(text, analyze(text, { platform: 'x' }));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['1 MB of one character', 'a'.repeat(1_000_000)],
    ['1 MB of one emoji', '🔥'.repeat(500_000)],
    ['deeply repeated punctuation', '!?.'.repeat(100_000)],
    ['a wall of hashtags', '#like '.repeat(50_000)],
    ['combining marks only', '\u0301'.repeat(100_000)],
    ['zero-width characters only', '\u200b\u200d\ufeff'.repeat(50_000)],
    ['right-to-left text', 'שלום עולם '.repeat(10_000)],
  ])('%s', (_name, text) => {
    expectSound(text, analyze(text, { platform: 'linkedin' }));
  });
});

describe('normalisation offset map', () => {
  it('maps every folded unit back inside the original, in order', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        const norm = normalize(text);
        expect(norm.starts.length).toBe(norm.text.length);
        for (let i = 0; i < norm.text.length; i++) {
          const [start, end] = toOriginal(norm, i, i + 1);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(start).toBeGreaterThanOrEqual(norm.starts[i - 1]!);
          expect(cutsPair(text, start)).toBe(false);
          expect(cutsPair(text, end)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
