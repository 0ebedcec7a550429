/**
 * The post as it will look once published: where LinkedIn's feed folds it
 * behind "…see more", and how X would cut a long draft into a numbered thread.
 * Pure: offsets are UTF-16 indices into the text given, always on a grapheme
 * boundary, so `text.slice(0, fold)` never splits an accent or an emoji.
 */
import { xWeightedLength } from './x-length';

/**
 * LinkedIn's feed shows about three lines of a post (desktop and mobile alike
 * since 2024), and never much more than ~210 characters, before "…see more".
 * A line here is ~70 narrow characters wide (210 / 3); a wide character (CJK,
 * emoji) takes two; each line break starts a new line; a blank third line is
 * not shown (LinkedIn then stops after two).
 */
export const LINKEDIN_FOLD = { lines: 3, lineWidth: 70, chars: 210 } as const;
/** X's limit for one post, in weighted characters. */
export const X_POST_LIMIT = 280;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WIDE =
  /[\p{Extended_Pictographic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /^\s+$/u;

export interface LinkedInFold {
  /** Where "…see more" falls, or null when the whole post shows. */
  fold: number | null;
  /** The text shown above the fold (trailing blanks trimmed). */
  shown: string;
}

/** Where LinkedIn's feed folds this post (see LINKEDIN_FOLD for the rule assumed). */
export function linkedinFold(
  text: string,
  rule: { lines: number; lineWidth: number; chars: number } = LINKEDIN_FOLD,
): LinkedInFold {
  let line = 1;
  let width = 0;
  let chars = 0;
  /** The last place a wrapped line may break (after a space), and the width after it. */
  let breakAt = -1;
  let widthAfterBreak = 0;
  let fold: number | null = null;
  for (const { segment, index } of graphemes.segment(text)) {
    if (segment === '\n' || segment === '\r\n' || segment === '\r') {
      if (line === rule.lines) {
        fold = index;
        break;
      }
      line++;
      width = 0;
      breakAt = -1;
      chars++;
      continue;
    }
    if (chars >= rule.chars) {
      // Past the character cap: fold at the last word break on this line, if any.
      fold = breakAt > 0 ? breakAt : index;
      break;
    }
    const w = WIDE.test(segment) ? 2 : 1;
    if (width + w > rule.lineWidth && !SPACE.test(segment)) {
      // The line wraps: at the last space when there is one, else inside the word.
      if (line === rule.lines) {
        fold = breakAt > 0 ? breakAt : index;
        break;
      }
      line++;
      width = breakAt > 0 ? widthAfterBreak + w : w;
      breakAt = -1;
    } else width += w;
    chars++;
    if (SPACE.test(segment)) {
      breakAt = index + segment.length;
      widthAfterBreak = 0;
    } else widthAfterBreak += w;
  }
  if (fold !== null && text.slice(fold).trim() === '') fold = null;
  const shown = (fold === null ? text : text.slice(0, fold)).replace(/\s+$/u, '');
  return { fold, shown };
}

export interface ThreadPost {
  /** [start, end) in the draft; the text is that slice, trimmed. */
  start: number;
  end: number;
  text: string;
  /** X's weighted length of the post, numbering included. */
  weight: number;
}

export interface XThread {
  /** X's weighted length of the whole draft. */
  weight: number;
  limit: number;
  /** One post when the draft fits; otherwise the thread, each post ending with " n/N". */
  posts: ThreadPost[];
}

const numbering = (n: number, total: number) => (total > 1 ? ` ${n}/${total}` : '');

/** Grapheme boundaries of text[from, to), ascending, `to` included. */
function boundaries(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const { index, segment } of graphemes.segment(text.slice(from, to))) out.push(from + index + segment.length);
  return out;
}

/** Where the post starting at `from` ends: the best cut that keeps it within `budget`. */
function cutPost(text: string, from: number, budget: number): number {
  const fits = (end: number) => xWeightedLength(text.slice(from, end).trim()) <= budget;
  // Only spaces are safe cuts (a link never holds one), best first: paragraph, sentence, word.
  // Collected only as far as the words' own weights say a post can reach (with room for
  // what joins across a space), so a long draft is not read again for every post.
  const spaces: { at: number; kind: 0 | 1 | 2; weight: number }[] = [];
  const gaps = /\s+/gu;
  gaps.lastIndex = from;
  let estimate = 0;
  let wordStart = from;
  let reachedEnd = true;
  for (let m = gaps.exec(text); m; m = gaps.exec(text)) {
    estimate += xWeightedLength(text.slice(wordStart, m.index));
    if (m.index > from) {
      const kind = m[0].includes('\n') ? 0 : /[.!?…»)]/u.test(text[m.index - 1]!) ? 1 : 2;
      spaces.push({ at: m.index, kind, weight: estimate });
    }
    estimate += m[0].length;
    wordStart = m.index + m[0].length;
    if (estimate > budget + 64) {
      reachedEnd = false;
      break;
    }
  }
  if (reachedEnd && fits(text.length)) return text.length;
  // Weight grows with the prefix: the last fitting space by binary search.
  let lo = 0;
  let hi = spaces.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(spaces[mid]!.at)) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (last >= 0) {
    // A paragraph or sentence end in the second half of the post reads better than the last word.
    const floor = spaces[last]!.weight / 2;
    for (const kind of [0, 1] as const) {
      for (let i = last; i >= 0; i--) {
        const s = spaces[i]!;
        if (s.weight < floor) break;
        if (s.kind === kind) return s.at;
      }
    }
    return spaces[last]!.at;
  }
  // One word longer than a post: cut it at the last grapheme that fits.
  const ends = boundaries(text, from, spaces[0]?.at ?? text.length);
  let end = ends[0]!;
  for (const e of ends) {
    if (!fits(e)) break;
    end = e;
  }
  return end;
}

function splitWith(text: string, total: number, limit: number): ThreadPost[] {
  const posts: ThreadPost[] = [];
  let from = text.search(/\S/u);
  while (from >= 0 && from < text.length) {
    const n = posts.length + 1;
    const suffix = numbering(n, total);
    const end = cutPost(text, from, limit - xWeightedLength(suffix));
    const body = text.slice(from, end).trim();
    posts.push({ start: from, end, text: body, weight: xWeightedLength(body + suffix) });
    const next = text.slice(end).search(/\S/u);
    from = next < 0 ? -1 : end + next;
  }
  return posts;
}

/** X's weighted count of the draft, and the thread it would make at ≤ `limit` per post, numbered "n/N". */
export function xThread(text: string, limit: number = X_POST_LIMIT): XThread {
  const weight = xWeightedLength(text.trim());
  if (weight <= limit) {
    const start = Math.max(0, text.search(/\S/u));
    return {
      weight,
      limit,
      posts: text.trim() ? [{ start, end: text.trimEnd().length, text: text.trim(), weight }] : [],
    };
  }
  // The numbering's own width depends on the count. A larger count only shortens posts,
  // so counting up from 2 reaches the count that holds still.
  let total = 2;
  let posts = splitWith(text, total, limit);
  while (posts.length > total) {
    total = posts.length;
    posts = splitWith(text, total, limit);
  }
  return { weight, limit, posts };
}

/** The numbering shown after post n of a thread of `total`. */
export const threadLabel = (n: number, total: number): string => numbering(n, total).trim();
