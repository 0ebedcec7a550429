/**
 * Text helpers every analyzer shares. Matching happens on a normalised copy of
 * the draft (case and accents folded, look-alike characters mapped, invisible
 * characters dropped); every position in it maps back to the draft as typed, so
 * findings always point at the user's own characters.
 */

export interface Normalized {
  /** The folded text that analyzers match against. */
  readonly text: string;
  /** For each UTF-16 unit of `text`: where the character it came from starts in the original. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`: where that original character ends. */
  readonly ends: Int32Array;
  /** The original's length in code points (as people and counters see it), counted on the way. */
  readonly codePoints: number;
}

// Dropped: they change nothing a reader sees. ZWJ (U+200D) and variation
// selectors stay in the original text; only the folded copy loses VS-16.
const INVISIBLE = new Set([0x200b, 0x200c, 0x2060, 0xfeff, 0x00ad, 0x180e]);
const SPACES = new Set([0x00a0, 0x2007, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0x2002, 0x2003]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x02bc, 0x2032, 0x00b4, 0x0060]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);
/** Look-alikes used to dodge filters (`l1ke`, `f0llow`, `p@rtagez`), mapped only between letters. */
const LEET: Record<number, number> = { 0x30: 0x6f, 0x31: 0x69, 0x33: 0x65, 0x40: 0x61, 0x24: 0x73 };
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

const COMBINING = /\p{M}/gu;
const foldCache = new Map<number, string>();

/**
 * What one non-ASCII code point becomes in the folded text (cached: drafts reuse
 * few characters): nothing for invisible ones, ASCII for spaces, quotes and
 * dashes, else its lowercase form without accents.
 */
function foldCodePoint(cp: number): string {
  let folded = foldCache.get(cp);
  if (folded !== undefined) return folded;
  if (INVISIBLE.has(cp)) folded = '';
  else if (SPACES.has(cp)) folded = ' ';
  else if (SINGLE_QUOTES.has(cp)) folded = "'";
  else if (DOUBLE_QUOTES.has(cp)) folded = '"';
  else if (DASHES.has(cp)) folded = '-';
  if (folded !== undefined) {
    foldCache.set(cp, folded);
    return folded;
  }
  const ch = String.fromCodePoint(cp);
  // Emoji fold to themselves (tested); skipping NFKD spares the first emoji of a
  // session the Unicode normaliser's start-up.
  if (cp >= 0x1f300 && cp <= 0x1faff) return ch;
  const lower = ch.toLowerCase();
  folded = LIGATURES[lower] ?? lower.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  // Odd compatibility expansions (ﷺ is 18 characters) are not worth matching on.
  if (folded.length > 4) folded = lower;
  if (foldCache.size < 4096) foldCache.set(cp, folded);
  return folded;
}

const LETTER_RE = /\p{L}/u;
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_RE.test(String.fromCharCode(c));
}

const decoder = new TextDecoder('utf-16le');

/** Normalise for matching, keeping the way back to the original text. */
export function normalize(original: string): Normalized {
  const n = original.length;
  // Invariant: room for everything still to come (ASCII never grows); non-ASCII
  // characters check it, since folding may expand them (œ → oe).
  let out = new Uint16Array(n + 16);
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let len = 0;
  /** Where a digit or symbol that may stand for a letter landed in the output. */
  const lookAlikes: number[] = [];
  /** Runs of non-ASCII letters ("ééé", "哈哈哈") are folded in a second pass, when there are any. */
  let sawRun = false;
  /** Where the ASCII letter run being folded stands in the output. */
  let collapsedAt = -1;
  let surrogatePairs = 0;

  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      const u = c >= 65 && c <= 90 ? c + 32 : c;
      if (u === 0x30 || u === 0x31 || u === 0x33 || u === 0x40 || u === 0x24) lookAlikes.push(len);
      else if (u >= 97 && u <= 122 && len >= 1 && out[len - 1] === u) {
        // Stretched words ("liiiike", "www"): a run of three or more letters keeps one,
        // spanning the whole run; folded here rather than in a second pass over the text.
        if (collapsedAt === len - 1) {
          ends[len - 1] = i + 1;
          i++;
          continue;
        }
        if (len >= 2 && out[len - 2] === u) {
          len--;
          collapsedAt = len - 1;
          ends[len - 1] = i + 1;
          i++;
          continue;
        }
      }
      out[len] = u;
      starts[len] = i;
      ends[len++] = i + 1;
      i++;
      continue;
    }
    if (len + 8 + (n - i) > out.length) {
      const size = (len + 8 + (n - i)) * 2;
      const bigger = new Uint16Array(size);
      bigger.set(out);
      out = bigger;
      const biggerStarts = new Int32Array(size);
      biggerStarts.set(starts);
      starts = biggerStarts;
      const biggerEnds = new Int32Array(size);
      biggerEnds.set(ends);
      ends = biggerEnds;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
        surrogatePairs++;
      }
    }
    const end = i + width;
    // A lone surrogate has no meaning of its own: a replacement character holds its place.
    const folded = width === 1 && c >= 0xd800 && c <= 0xdfff ? '\ufffd' : foldCodePoint(cp);
    // An accented letter continuing a folded run ("pleeeése"): part of that run.
    if (folded.length === 1 && collapsedAt === len - 1 && out[len - 1] === folded.charCodeAt(0)) {
      ends[len - 1] = end;
      i = end;
      continue;
    }
    for (let k = 0; k < folded.length; k++) {
      const u = folded.charCodeAt(k);
      // Full-width digits fold to ASCII ones and can stand for letters too.
      if (u === 0x30 || u === 0x31 || u === 0x33 || u === 0x40 || u === 0x24) lookAlikes.push(len);
      out[len] = u;
      starts[len] = i;
      ends[len++] = end;
    }
    // Accented letters fold to ASCII ones and can stretch too ("ééé"); "…" folds to "...",
    // which is no letter run and must not cost the second pass.
    if (!sawRun && len >= 3 && out[len - 1] === out[len - 2] && out[len - 2] === out[len - 3])
      sawRun = isLetterCode(out[len - 1]!);
    i = end;
  }

  // Look-alikes: a digit or symbol with a letter on both sides reads as a letter.
  for (const k of lookAlikes) {
    if (k === 0 || k + 1 >= len) continue;
    const mapped = LEET[out[k]!];
    if (mapped !== undefined && isLetterCode(out[k - 1]!) && isLetterCode(out[k + 1]!)) out[k] = mapped;
  }

  // The same for runs that came through folding ("ééé" is "eee", "哈哈哈" stays CJK).
  if (sawRun) {
    let w = 0;
    for (let r = 0; r < len;) {
      const c = out[r]!;
      let run = 1;
      while (r + run < len && out[r + run] === c) run++;
      const keep = run >= 3 && isLetterCode(c) ? 1 : run;
      for (let k = 0; k < keep; k++) {
        out[w] = c;
        starts[w] = starts[r + k]!;
        ends[w] = ends[r + (keep === 1 ? run - 1 : k)]!;
        w++;
      }
      r += run;
    }
    len = w;
  }

  return {
    text: decoder.decode(out.subarray(0, len)),
    starts: starts.subarray(0, len),
    ends: ends.subarray(0, len),
    codePoints: n - surrogatePairs,
  };
}

/** How many of the sorted numbers are below `value` (binary search). */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position of the normalised text at or after an original offset. */
export const toNormalized = (norm: Normalized, offset: number): number => countBelow(norm.starts, offset);

/**
 * Tokens inside spans the editor marked (a mention's display name) become one
 * kind of token, so phrase patterns never read a name as words.
 */
export function applyMarks(
  norm: Normalized,
  tokens: readonly Token[],
  marks: readonly { start: number; end: number; kind: 'mention' | 'hashtag' }[],
): Token[] {
  const out = [...tokens];
  for (const mark of marks) {
    const from = toNormalized(norm, mark.start);
    const to = toNormalized(norm, mark.end);
    for (let i = 0; i < out.length; i++) {
      const t = out[i]!;
      if (t.start >= from && t.end <= to && t.kind === 'word') out[i] = { ...t, kind: mark.kind };
    }
  }
  return out;
}

/** Map a span of the normalised text back to the original: [start, end). */
export function toOriginal(norm: Normalized, start: number, end: number): [number, number] {
  return [norm.starts[start]!, norm.ends[end - 1]!];
}

export type TokenKind = 'word' | 'number' | 'hashtag' | 'mention' | 'url' | 'emoji';

export interface Token {
  /** The folded text; for hashtags and mentions without their `#` / `@`. */
  readonly text: string;
  readonly kind: TokenKind;
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence holding it. */
  readonly sentence: number;
  /** Glued to the previous token by a hyphen or apostrophe (`abonnez-vous`, `n'hésitez`). */
  readonly glued: boolean;
}

export interface Sentence {
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** The closing punctuation run (`?`, `!!!`, `.`), or '' for a line that just ends. */
  readonly terminator: string;
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
}

export interface Tokenized {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const EMOJI_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const URL_PREFIX = /^(?:https?:\/\/|www\.)/;
const BARE_DOMAIN =
  /^[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:com|fr|org|net|io|co|be|ch|ca|eu|app|dev|ly|me|info|biz|xyz|shop|store|gl|gg|tv|uk|de|es|it)(?:\/|$)/;

/** ASCII letters, digits and `_`: one read instead of four comparisons on the hottest path. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 ? 1 : 0,
);

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    // Emoji (U+1F300–U+1FAFF) are the astral characters posts are full of, and none is a
    // letter, digit or mark: answer without the Unicode-property expression, which costs
    // milliseconds to compile on first use and a string per test.
    const cp = (c - 0xd800) * 0x400 + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
    if (cp >= 0x1f300 && cp <= 0x1faff) return false;
    return WORD_RE.test(s.slice(i, i + 2));
  }
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return WORD_RE.test(s[i]!);
}

/** Where the run of word characters starting at `j` ends (ASCII ones read from a table). */
function wordEnd(s: string, j: number): number {
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c < 128) {
      if (ASCII_WORD[c] !== 1) return j;
      j++;
    } else if (isWordChar(s, j)) j += codePointWidth(s, j);
    else return j;
  }
  return j;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function codePointWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

function isEmojiAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x2000) return c === 0xa9 || c === 0xae;
  return EMOJI_RE.test(s.slice(i, i + codePointWidth(s, i)));
}

/** Emoji joiners, modifiers and keycaps that continue an emoji sequence. */
function isEmojiContinuation(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 0x200d || c === 0xfe0f || c === 0x20e3) return true;
  if (c === 0xd83c) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdffb && d <= 0xdfff; // skin tones
  }
  if (c === 0xdb40) return true; // tag characters in subdivision flags
  return false;
}

/** . ! ? … (comparisons, not a set lookup: asked at every token's start). */
const isTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

/**
 * Split the normalised text into tokens and sentences in one pass. Sentences
 * end at . ! ? … followed by a space, or at a line break.
 */
export function tokenize(s: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const n = s.length;
  let sentenceStart = -1;
  let sentenceFirstToken = 0;
  let glueNext = false;

  const closeSentence = (end: number, terminator: string) => {
    if (sentenceStart >= 0) {
      sentences.push({
        start: sentenceStart,
        end,
        terminator,
        firstToken: sentenceFirstToken,
        endToken: tokens.length,
      });
    }
    sentenceStart = -1;
    sentenceFirstToken = tokens.length;
  };
  const add = (text: string, kind: TokenKind, start: number, end: number) => {
    if (sentenceStart < 0) sentenceStart = start;
    tokens.push({ text, kind, start, end, sentence: sentences.length, glued: glueNext });
    glueNext = false;
  };

  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      closeSentence(i, '');
      glueNext = false;
      i++;
      continue;
    }
    if (c === 0x20 || c === 0x09) {
      glueNext = false;
      i++;
      continue;
    }
    if (isTerminator(c)) {
      let j = i;
      while (j < n && isTerminator(s.charCodeAt(j))) j++;
      const next = j < n ? s.charCodeAt(j) : 0x20;
      const endsSentence =
        next === 0x20 || next === 0x0a || next === 0x0d || next === 0x22 || j >= n || isEmojiAt(s, j);
      if (endsSentence && sentenceStart >= 0) closeSentence(j, s.slice(i, j));
      else if (sentenceStart < 0) sentenceStart = i;
      glueNext = false;
      i = j;
      continue;
    }
    // URLs first: they contain dots and slashes that would otherwise split.
    // "h" and "w" start many words: only "ht…" and "ww…" are worth the expression.
    const second = s.charCodeAt(i + 1);
    if (((c === 0x68 && second === 0x74) || (c === 0x77 && second === 0x77)) && URL_PREFIX.test(s.slice(i, i + 8))) {
      let j = i;
      while (j < n && s.charCodeAt(j) > 0x20) j++;
      while (j > i && isTerminator(s.charCodeAt(j - 1))) j--;
      add(s.slice(i, j), 'url', i, j);
      i = j;
      continue;
    }
    if (c === 0x23 || c === 0x40) {
      // #hashtag, @mention
      let j = i + 1;
      j = wordEnd(s, j);
      if (j > i + 1) {
        add(s.slice(i + 1, j), c === 0x23 ? 'hashtag' : 'mention', i, j);
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (isWordChar(s, i)) {
      let j = i;
      if (isDigit(c)) {
        // Numbers keep their separators: 10 000, 10,000, 2.5, 50k, 20%.
        while (j < n) {
          const d = s.charCodeAt(j);
          if (isDigit(d)) j++;
          else if ((d === 0x2c || d === 0x2e) && isDigit(s.charCodeAt(j + 1))) j++;
          else if (
            d === 0x20 &&
            isDigit(s.charCodeAt(j + 1)) &&
            isDigit(s.charCodeAt(j + 2)) &&
            isDigit(s.charCodeAt(j + 3)) &&
            !isDigit(s.charCodeAt(j + 4)) &&
            j - i <= 3
          )
            j++;
          else break;
        }
        const isNumber = j >= n || !isWordChar(s, j) || (/[kmb]/.test(s[j]!) && (j + 1 >= n || !isWordChar(s, j + 1)));
        if (isNumber) {
          if (j < n && /[kmb%]/.test(s[j]!)) j++;
          else if (s.charCodeAt(j) === 0x20 && s.charCodeAt(j + 1) === 0x25) j += 2; // French "20 %"
          add(s.slice(i, j), 'number', i, j);
          i = j;
          continue;
        }
      }
      j = wordEnd(s, j);
      // Versions stay whole: v2.4, iOS 17.1.2.
      while (j + 1 < n && s.charCodeAt(j) === 0x2e && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j - 1))) {
        j = wordEnd(s, j + 1);
      }
      const word = s.slice(i, j);
      // A bare domain (example.com/blog) is a link too.
      if (j < n && s.charCodeAt(j) === 0x2e && BARE_DOMAIN.test(s.slice(i, Math.min(n, i + 200)))) {
        let k = j;
        while (k < n && s.charCodeAt(k) > 0x20) k++;
        while (k > i && isTerminator(s.charCodeAt(k - 1))) k--;
        add(s.slice(i, k), 'url', i, k);
        i = k;
        continue;
      }
      add(word, 'word', i, j);
      i = j;
      // Hyphens and apostrophes glue French forms together: abonnez-vous, l'info.
      if (i < n && (s.charCodeAt(i) === 0x2d || s.charCodeAt(i) === 0x27) && i + 1 < n && isWordChar(s, i + 1)) {
        glueNext = true;
        i++;
      }
      continue;
    }
    if (isEmojiAt(s, i)) {
      let j = i + codePointWidth(s, i);
      while (j < n && (isEmojiContinuation(s, j) || (s.charCodeAt(j - 1) === 0x200d && isEmojiAt(s, j))))
        j += codePointWidth(s, j);
      // Flags are two regional indicators.
      add(s.slice(i, j), 'emoji', i, j);
      i = j;
      continue;
    }
    glueNext = false;
    i += codePointWidth(s, i);
  }
  closeSentence(n, '');
  return { tokens, sentences };
}
