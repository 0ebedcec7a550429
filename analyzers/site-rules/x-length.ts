/**
 * X's weighted length, as twitter-text counts it (config v3): after NFC, a link
 * counts 23, an emoji sequence 2, a code point in the Latin and punctuation
 * ranges 1 and any other 2. Written here because twitter-text would add 35 KB
 * gzipped to the content script and grows with the square of the length on
 * some inputs; tests check this against twitter-text itself.
 */

const LINK_WEIGHT = 23;
/** [first, last] code points that weigh 1; everything else weighs 2. */
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/**
 * Links X shortens: with a scheme or www, or a bare domain on a common top-level
 * domain (twitter-text knows ~1,500; a rare one reads as text here, a few
 * characters off).
 */
const BARE_LINK =
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|fr|io|co|uk|de|es|it|be|ch|ca|eu|app|dev|me|info|biz|xyz|shop|tv|us|ai)(?:\/\S*)?$/i;
/** Punctuation that ends a sentence rather than a link. */
const TRAILING = new Set(['.', ',', '!', '?', ';', ':', ']', "'", '"', '»']);

function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function weightOf(cp: number): 1 | 2 {
  for (const [first, last] of LIGHT_RANGES) if (cp >= first && cp <= last) return 1;
  return 2;
}

function isRegionalIndicator(cp: number) {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Length in code units of the emoji sequence starting at i, or 0. */
function emojiAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  const width = cp > 0xffff ? 2 : 1;
  const next = text.charCodeAt(i + width);
  // Keycaps (#️⃣, 1⃣) and text-style symbols turned emoji (©️).
  if (
    (cp === 0x23 || cp === 0x2a || (cp >= 0x30 && cp <= 0x39)) &&
    (next === 0x20e3 || (next === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3))
  ) {
    return next === 0x20e3 ? 2 : 3;
  }
  if ((cp === 0xa9 || cp === 0xae) && next !== 0xfe0f) return 0;
  if (isRegionalIndicator(cp)) {
    const pair = text.codePointAt(i + 2);
    return pair !== undefined && isRegionalIndicator(pair) ? 4 : 2;
  }
  if (!PICTOGRAPHIC.test(String.fromCodePoint(cp))) return 0;
  let j = i + width;
  for (;;) {
    const c = text.codePointAt(j);
    if (c === undefined) break;
    if (c === 0xfe0f || c === 0x20e3 || (c >= 0x1f3fb && c <= 0x1f3ff) || (c >= 0xe0020 && c <= 0xe007f)) {
      j += c > 0xffff ? 2 : 1;
    } else if (c === 0x200d) {
      const joined = text.codePointAt(j + 1);
      if (joined === undefined || !PICTOGRAPHIC.test(String.fromCodePoint(joined))) break;
      j += 1 + (joined > 0xffff ? 2 : 1);
    } else break;
  }
  return j - i;
}

/** Characters a link may contain after its host (as twitter-text's path rules allow). */
const LINK_CHAR = /[A-Za-z0-9\u00C0-\u024F!*';:=+,.$/%#[\]\-_~|&@?()]/;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A link with a scheme may follow anything but an ASCII letter or digit, a mention or a tag sign (@ $ #). */
const notBeforeLink = (c: number) => isAsciiAlnum(c) || c === 0x40 || c === 0x24 || c === 0x23;
/** A bare domain must not continue an ASCII word, a path, a mention or a tag (also _ / . -). */
const notBeforeDomain = (c: number) => notBeforeLink(c) || c === 0x5f || c === 0x2f || c === 0x2e || c === 0x2d;
const SCHEME = /^https?:\/\//i;

/**
 * Length of the link starting at i (trailing punctuation left out), or 0.
 * `scan` remembers where the last run of link characters ended: a start inside
 * it ends at the same place, so a long run is walked once, not once per start.
 */
function linkAt(text: string, i: number, scan: { from: number; to: number }): number {
  // Character codes, not regular expressions: this runs for every character of the draft.
  const c = text.charCodeAt(i);
  if (!isAsciiAlnum(c)) return 0;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  if (notBeforeLink(before)) return 0;
  const scheme = c === 0x68 || c === 0x48 ? SCHEME.test(text.slice(i, i + 8)) : false;
  if (!scheme && notBeforeDomain(before)) return 0;
  let end = i;
  if (i >= scan.from && i < scan.to) end = scan.to;
  else {
    while (end < text.length && LINK_CHAR.test(text[end]!)) end++;
    scan.from = i;
    scan.to = end;
  }
  let candidate = withoutTrailingPunctuation(text.slice(i, end));
  // A closing parenthesis belongs to the link only when it opened one.
  while (candidate.endsWith(')') && (candidate.match(/\(/g)?.length ?? 0) < (candidate.match(/\)/g)?.length ?? 0)) {
    candidate = withoutTrailingPunctuation(candidate.slice(0, -1));
  }
  if (scheme) return candidate.length > 8 ? candidate.length : 0;
  return /^www\.\S/i.test(candidate) || BARE_LINK.test(candidate) ? candidate.length : 0;
}

export function xWeightedLength(raw: string): number {
  const text = raw.normalize('NFC');
  let weight = 0;
  let i = 0;
  const scan = { from: -1, to: -1 };
  while (i < text.length) {
    const link = linkAt(text, i, scan);
    if (link > 0) {
      weight += LINK_WEIGHT;
      i += link;
      continue;
    }
    // ASCII is never pictographic: only a keycap (1️⃣, #⃣) makes it an emoji.
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c < 0x80 && next !== 0x20e3 && next !== 0xfe0f) {
      weight += 1;
      i++;
      continue;
    }
    const emoji = emojiAt(text, i);
    if (emoji > 0) {
      weight += 2;
      i += emoji;
      continue;
    }
    const cp = text.codePointAt(i)!;
    weight += weightOf(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return weight;
}
