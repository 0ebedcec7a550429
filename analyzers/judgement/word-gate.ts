/**
 * Word gates: the whole words any match of a regular expression must hold,
 * read off its source. Each sentence's words are a bit filter, all built in
 * one pass, so a shape is tried only on the sentences holding every word it
 * needs, after a few lookups instead of a scan: most sentences hold none of the
 * hundred shapes, and a scan per shape cost more than all the phrase rules.
 *
 * Conservative by construction: a word is required only where the source puts
 * it, unoptional, between two edges nothing alphanumeric can cross (`\b`, a
 * space, an apostrophe, `^`, `$`). Whatever the reader does not understand
 * breaks the chain and requires nothing, so a gate can let a text through in
 * vain, never hold back one the expression matches.
 */

/** Every one of these sets must share a word with the text; none at all: always run the expression. */
export type WordGate = readonly (readonly string[])[];

/** A–z or 0–9 (a folded text's word characters, as the gates and `\b` on it see them). */
export const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Bits of a words' filter: a sentence's few dozen words leave most of them clear. */
const FILTER_BITS = 1 << 12;
const FILTER_WORDS = FILTER_BITS / 32;

/**
 * The words of some ranges of a (folded) text, as the gates see them: maximal
 * runs of a–z and 0–9 inside each range, as a bit filter per range over their
 * hashes (no word is cut out of the text or stored), and one filter for all
 * ranges together. A word a range does not hold may find its bit set by
 * another: then an expression runs in vain, never the other way.
 */
export class WordFilters {
  /** Filter k at [k * FILTER_WORDS, (k + 1) * FILTER_WORDS); the last one is all ranges together. */
  private readonly bits: Uint32Array;
  readonly count: number;

  constructor(text: string, ranges: readonly { start: number; end: number }[]) {
    this.count = ranges.length;
    const bits = (this.bits = new Uint32Array((ranges.length + 1) * FILTER_WORDS));
    const all = ranges.length * FILTER_WORDS;
    ranges.forEach(({ start, end }, k) => {
      const at = k * FILTER_WORDS;
      let hash = 0;
      let inWord = false;
      for (let i = start; i <= end; i++) {
        const c = i < end ? text.charCodeAt(i) : 0;
        if (isWordCode(c)) {
          hash = inWord ? (Math.imul(hash, 31) + c) | 0 : c;
          inWord = true;
        } else if (inWord) {
          const bit = hash & (FILTER_BITS - 1);
          bits[at + (bit >>> 5)]! |= 1 << (bit & 31);
          bits[all + (bit >>> 5)]! |= 1 << (bit & 31);
          inWord = false;
        }
      }
    });
  }

  /** Whether range `k` (or, without it, any range) may hold a match of the gate's expression. */
  passes(gate: readonly (readonly number[])[], k = this.count): boolean {
    const { bits } = this;
    const at = k * FILTER_WORDS;
    for (const anyOf of gate)
      if (!anyOf.some((bit) => (bits[at + (bit >>> 5)]! & (1 << (bit & 31))) !== 0)) return false;
    return true;
  }
}

/** The bit a filter sets for a word. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = i ? (Math.imul(hash, 31) + word.charCodeAt(i)) | 0 : word.charCodeAt(i);
  return hash & (FILTER_BITS - 1);
}

/** A gate as filter bits. */
export function hashedGate(gate: WordGate): readonly (readonly number[])[] {
  return gate.map((anyOf) => anyOf.map(wordHash));
}

/** The words of a whole text, as one filter (tests, tools). */
export function wordsOf(text: string): WordFilters {
  return new WordFilters(text, [{ start: 0, end: text.length }]);
}

type Item =
  | { kind: 'alnum'; ch: string }
  /** Consumes one character that is never a–z or 0–9 (a space, `'`, `[^a-z0-9]`). */
  | { kind: 'edge' }
  /** Consumes nothing and stands between a non-word and a word character, or at an end (`\b`, `^`, `$`). */
  | { kind: 'assert-edge' }
  /** Consumes such characters or none (`[^a-z0-9]*`, `-?`). */
  | { kind: 'maybe-edge' }
  | { kind: 'group'; alts: Item[][] }
  /** Anything else: a class, a repeat, a look-around. */
  | { kind: 'other' };

interface Quantified {
  item: Item;
  optional: boolean;
  repeated: boolean;
}

class Unreadable extends Error {}
const isCount = (s: string) => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  alternatives(): Quantified[][] {
    const alts: Quantified[][] = [[]];
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      alts.at(-1)!.push(this.quantified(this.atom()));
    }
    return alts;
  }

  private atom(): Item {
    const { src } = this;
    const c = src[this.i++]!;
    if (c === '(') {
      const capture = src[this.i] !== '?';
      if (!capture && src[this.i + 1] !== ':') {
        // A look-around: read it to its end, then know nothing about the edge it stands on.
        this.i += src[this.i + 1] === '<' ? 3 : 2;
        this.alternatives();
        this.i++;
        return { kind: 'other' };
      }
      if (!capture) this.i += 2;
      const alts = this.alternatives();
      this.i++;
      return { kind: 'group', alts: alts.map((a) => a.map(flatten)) };
    }
    if (c === '\\') {
      const e = src[this.i++]!;
      if (e === 'b') return { kind: 'assert-edge' };
      if (e === 'u' || e === 'x') this.i += e === 'u' ? 4 : 2;
      if (/[a-z0-9]/i.test(e)) return { kind: 'other' };
      return /[a-z0-9]/.test(e) ? { kind: 'alnum', ch: e } : { kind: 'edge' };
    }
    if (c === '[') {
      const end = this.classEnd();
      const body = src.slice(this.i, end);
      this.i = end + 1;
      // `[^a-z0-9]`, `[^.!?]`: only the first says it never holds a letter or a digit.
      return body.startsWith('^') && body.includes('a-z') && body.includes('0-9')
        ? { kind: 'edge' }
        : { kind: 'other' };
    }
    if (c === '^' || c === '$') return { kind: 'assert-edge' };
    if (c === '.') return { kind: 'other' };
    return /[a-z0-9]/.test(c) ? { kind: 'alnum', ch: c } : /[A-Z_]/.test(c) ? { kind: 'other' } : { kind: 'edge' };
  }

  private classEnd(): number {
    let j = this.i;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    return j;
  }

  private quantified(item: Item): Quantified {
    const { src } = this;
    const q = src[this.i];
    let optional = false;
    let repeated = false;
    if (q === '?' || q === '*' || q === '+') {
      this.i++;
      optional = q !== '+';
      repeated = q !== '?';
    } else if (q === '{') {
      const end = src.indexOf('}', this.i);
      const [min = '', max, ...rest] = src.slice(this.i + 1, end).split(',');
      // A `{` that is no repeat count: beyond what the reader knows.
      if (end < 0 || rest.length || !isCount(min) || (max !== undefined && max !== '' && !isCount(max)))
        throw new Unreadable();
      this.i = end + 1;
      optional = Number(min) === 0;
      repeated = max === undefined ? Number(min) > 1 : max === '' || Number(max) > 1;
    }
    if (src[this.i] === '?') this.i++; // lazy: the same set of matches
    return { item, optional, repeated };
  }
}

/** An optional or repeated item, as the word reader needs it: only a skippable edge keeps its meaning. */
function flatten({ item, optional, repeated }: Quantified): Item {
  if (!optional && !repeated) return item;
  return item.kind === 'edge' && optional ? { kind: 'maybe-edge' } : { kind: 'other' };
}

/** Whether the next character consumed after `seq[k]` is known not to be a letter or a digit. */
function edgeAfter(seq: readonly Item[], k: number, rightEdge: boolean): boolean {
  let j = k + 1;
  while (seq[j]?.kind === 'maybe-edge') j++;
  const next = seq[j];
  return next ? next.kind === 'edge' || next.kind === 'assert-edge' : rightEdge;
}

/** Rarer words make better gates: the longest shortest word, then the fewest words. */
const better = (a: readonly string[], b: readonly string[]) => {
  const shortest = (set: readonly string[]) => Math.min(...set.map((w) => w.length));
  return shortest(a) !== shortest(b) ? shortest(a) > shortest(b) : a.length < b.length;
};

/**
 * What one sequence requires, given whether the characters just outside it are
 * known not to be letters or digits.
 */
function requirements(seq: readonly Item[], leftEdge: boolean, rightEdge: boolean): string[][] {
  const out: string[][] = [];
  let edge = leftEdge;
  let run = '';
  let runLeft = false;
  const close = (right: boolean) => {
    if (run && runLeft && right) out.push([run]);
    run = '';
  };
  for (let k = 0; k < seq.length; k++) {
    const item = seq[k]!;
    const next = seq[k + 1];
    const nextIsEdge = edgeAfter(seq, k, rightEdge);
    switch (item.kind) {
      case 'alnum':
        if (!run) runLeft = edge;
        run += item.ch;
        if (!next || next.kind !== 'alnum') close(nextIsEdge);
        edge = false;
        break;
      case 'edge':
      case 'assert-edge':
        edge = true;
        break;
      case 'maybe-edge':
        break; // an edge if it consumes, else what stood before
      case 'group': {
        // Each branch must give a word; the group then requires one of all the branches' words.
        const perAlt = item.alts.map((alt) => requirements(alt, edge, nextIsEdge));
        if (perAlt.length === 1) out.push(...perAlt[0]!);
        else if (perAlt.every((r) => r.length > 0)) {
          const pick = perAlt.map((r) => r.reduce((best, set) => (better(set, best) ? set : best)));
          out.push([...new Set(pick.flat())]);
        }
        edge = item.alts.every((alt) => {
          const last = alt.at(-1);
          return last !== undefined && (last.kind === 'edge' || (last.kind === 'assert-edge' && alt.length > 1));
        });
        break;
      }
      default:
        edge = false;
    }
  }
  return out;
}

/** How tools/cue-gates.ts files an expression's gate. */
export const gateKey = (re: RegExp) => `${re.source}/${re.flags}`;

/** The gate of an expression; empty (always run it) when its words cannot be read safely. */
export function gateOf(re: RegExp): WordGate {
  const { source, flags } = re;
  // Beyond what the reader knows: no gate rather than a wrong one.
  if (/[iuv]/.test(flags) || /\(\?<[a-z]/i.test(source)) return [];
  const reader = new Reader(source);
  let seqs: Item[][];
  try {
    seqs = reader.alternatives().map((alt) => alt.map(flatten));
  } catch (e) {
    if (e instanceof Unreadable) return [];
    throw e;
  }
  if (reader.i !== source.length) return [];
  return seqs.length === 1
    ? requirements(seqs[0]!, false, false)
    : requirements([{ kind: 'group', alts: seqs }], false, false);
}
