/** Small text helpers shared by the per-language rewriters. */

/** A sentence longer than this is not rewritten: its shape is too far from the patterns. */
export const MAX_SENTENCE = 400;

export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?…\n]/;

/**
 * The sentence holding [start, end) in the original text: from just after the
 * previous full stop, question or exclamation mark or line break, to the next
 * one (its run of closing marks included). Null when it is too long to be sure.
 */
export function sentenceAround(text: string, start: number, end: number): Span | null {
  let s = start;
  while (s > 0 && !BOUNDARY.test(text[s - 1]!)) {
    if (start - s > MAX_SENTENCE) return null;
    s--;
  }
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && !BOUNDARY.test(text[e]!)) {
    if (e - end > MAX_SENTENCE) return null;
    e++;
  }
  while (e < text.length && /[.!?…]/.test(text[e]!)) e++;
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
