/** Small text helpers shared by the per-language rewriters. */

/** A sentence longer than this is not rewritten: its shape is too far from the patterns. */
export const MAX_SENTENCE = 400;

export interface Span {
  start: number;
  end: number;
}

/** `.`, `!`, `?`, `…` (and, for BOUNDARY, a line break): read by code, since a regular expression per character cost more than the rewrite. */
const isClosing = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isBoundary = (c: number) => c === 10 || isClosing(c);
const SPACE = /\s/;
const isSpace = (c: number) => (c === 32 || (c >= 9 && c <= 13) ? true : c > 127 && SPACE.test(String.fromCharCode(c)));

/**
 * The sentence holding [start, end) in the original text: from just after the
 * previous full stop, question or exclamation mark or line break, to the next
 * one (its run of closing marks included). Null when it is too long to be sure.
 */
export function sentenceAround(text: string, start: number, end: number): Span | null {
  let s = start;
  while (s > 0 && !isBoundary(text.charCodeAt(s - 1))) {
    if (start - s > MAX_SENTENCE) return null;
    s--;
  }
  while (s < start && isSpace(text.charCodeAt(s))) s++;
  let e = end;
  while (e < text.length && !isBoundary(text.charCodeAt(e))) {
    if (e - end > MAX_SENTENCE) return null;
    e++;
  }
  while (e < text.length && isClosing(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** Words typed in capitals ("MISS SUMMER") read as shouting once inside a question. */
export function calm(words: string): string {
  return /\p{Ll}/u.test(words) ? words : words.toLowerCase();
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const PICTO = /\p{Extended_Pictographic}/u;
const SENTENCE_END = /[.!?…\n]/;
/** Emoji, hashtags and mentions may follow a rewritten clause; words may not. */
const DECORATION_ONLY = /^[\s\p{Extended_Pictographic}\uFE0F\u200D\p{M}]*$/u;

/**
 * The writer's words from `from` to the end of their clause, and where the
 * rewrite of that clause should stop (its closing marks included). The clause
 * ends at the sentence's end, an emoji, a hashtag or a mention, after which only
 * such decorations may follow; a comma, colon or bracket means the sentence
 * goes on, and replacing half of it would break it: null.
 */
export function clauseAfter(text: string, from: number, sentenceEnd: number): { words: string; end: number } | null {
  let e = from;
  while (e < sentenceEnd) {
    const ch = String.fromCodePoint(text.codePointAt(e)!);
    if (SENTENCE_END.test(ch) || PICTO.test(ch) || ch === '#' || ch === '@') break;
    if (/[,;:()[\]"“”«»]/.test(ch)) return null;
    e += ch.length;
  }
  const raw = text.slice(from, e);
  let end = from + raw.trimEnd().length;
  // The clause's closing marks go with it, with the space French puts before them.
  let marks = end;
  while (marks < sentenceEnd && /[\s\u202F\u00A0]/.test(text[marks]!) && text[marks] !== '\n') marks++;
  if (marks < sentenceEnd && /[.!?…]/.test(text[marks]!)) end = marks;
  while (end < sentenceEnd && /[.!?…]/.test(text[end]!)) end++;
  const rest = text.slice(end, sentenceEnd).replace(/[#@][\p{L}\p{N}_]+/gu, '');
  if (!DECORATION_ONLY.test(rest.replace(/[.!?…]/g, ''))) return null;
  return { words: raw.replace(/\s+/g, ' ').trim(), end };
}

/** A topic a question can be built on: a few words with letters, no link. */
export function usableTopic(words: string, maxWords = 8): boolean {
  if (!words) return false;
  const count = words.split(' ').length;
  return count <= maxWords && /\p{L}/u.test(words) && !/\/|www\.|https?:/i.test(words);
}

/** The words of a boast's opening, in order: each step is one of its word sequences. */
export interface BragShape {
  subjects: string[][];
  intensifiers: string[];
  feelings: string[];
  and: string;
  /** "to", "de", "d'" */
  of: string[][];
  verbs: string[][];
  you: string[][];
  that: string[][];
}

/** Words, with an elided article or pronoun as its own word ("d'annoncer" → "d'", "annoncer"). */
function wordsOf(s: string): { word: string; start: number; end: number }[] {
  return [...s.matchAll(/[\p{L}\p{N}]+['’]?/gu)].map((m) => ({
    word: m[0].toLowerCase().replace('’', "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Where the news starts in a sentence that opens with a boast of this shape
 * ("We are so proud to announce that | …"), or -1. Walked word by word rather
 * than by one large regular expression, which could backtrack.
 */
export function afterBrag(sentence: string, shape: BragShape): number {
  const words = wordsOf(sentence.slice(0, MAX_SENTENCE));
  if (!words.length || /\p{L}/u.test(sentence.slice(0, words[0]!.start))) return -1;
  let i = 0;
  const take = (options: string[][]) => {
    const hit = options.find((seq) => seq.every((w, k) => words[i + k]?.word === w));
    if (hit) i += hit.length;
    return hit !== undefined;
  };
  take(shape.subjects);
  while (shape.intensifiers.includes(words[i]?.word ?? '')) i++;
  if (!shape.feelings.includes(words[i]?.word ?? '')) return -1;
  i++;
  if (words[i]?.word === shape.and && words[i + 1]) i += 2;
  if (!take(shape.of)) return -1;
  // "de vous annoncer", "to share with you": the reader on either side of the verb.
  take(shape.you);
  if (!take(shape.verbs)) return -1;
  take(shape.you);
  take(shape.that);
  return words[i]?.start ?? -1;
}

/** `s` without the characters at either end that pass the tests (one character, or one code point, at a time). */
export function trimEdges(s: string, leading: (c: string) => boolean, trailing: (c: string) => boolean): string {
  const chars = [...s];
  let a = 0;
  let b = chars.length;
  while (a < b && leading(chars[a]!)) a++;
  while (b > a && trailing(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}
