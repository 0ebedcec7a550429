/**
 * What the whole-draft model sees: the words of the draft (per language, single
 * words and pairs), how it is built (length, links, questions, who it speaks
 * of) and what the phrase rules already found in it, confident or not. Sparse:
 * a name per feature present, with its value. The same function serves
 * training (`npm run train`) and the engine, so they can never disagree.
 */
import type { Context, RawFinding } from '../kit/engine';
import type { Token } from '../kit/text';
import { computeSignals } from '../signals';
import { cuesOf } from './cues';

export type Features = Map<string, number>;

/** A long draft is judged on its first 200 tokens (about 1,000 characters): enough to judge (cross-validation reads the same as at 300), bounded cost. */
export const MAX_TOKENS = 200;

function tokenTerm(t: Token): string | null {
  switch (t.kind) {
    case 'word':
      return t.text.length > 30 ? null : t.text;
    case 'number':
      return '<num>';
    case 'url':
      return '<url>';
    case 'mention':
      return '<mention>';
    case 'hashtag':
      return '<hashtag>';
    case 'emoji':
      return '<emoji>';
  }
}

/**
 * The words of the draft as the model reads them, in order: each word (a
 * hashtag also as itself, `#tag`) and whether it pairs with the word before it
 * (one sentence, nothing unreadable between). Both draftFeatures() (names, for
 * training) and wordWeights() (lookups, on the keystroke path) walk this, so
 * both read the same words; each keeps the word before as it needs it.
 */
function eachWord(
  ctx: Context,
  visit: (term: string, at: number, pairsWithPrevious: boolean, hashtag: string | null) => void,
) {
  const { tokens } = ctx;
  const limit = Math.min(tokens.length, MAX_TOKENS);
  let previous = false;
  let prevSentence = -1;
  for (let i = 0; i < limit; i++) {
    const t = tokens[i]!;
    const term = tokenTerm(t);
    if (term === null) {
      previous = false;
      continue;
    }
    visit(term, i, previous && prevSentence === t.sentence, t.kind === 'hashtag' ? t.text : null);
    previous = true;
    prevSentence = t.sentence;
  }
}

const bucket = (n: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return i;
};

/**
 * The features of a draft. `rules` are the raw findings of the phrase
 * analyzers (before the confidence bar), by rule id.
 */
export function draftFeatures(ctx: Context, rules: readonly RawFinding[]): Features {
  const f: Features = new Map();
  const add = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);
  // Words and word pairs, one vocabulary for both languages: measured on the development part,
  // per-language vocabularies did no better and need twice the weights. The language is a feature.
  let prev = '';
  eachWord(ctx, (term, _at, pairs, hashtag) => {
    f.set(`w:${term}`, 1);
    if (hashtag !== null) f.set(`w:#${hashtag}`, 1);
    if (pairs) f.set(`w:${prev} ${term}`, 1);
    prev = term;
  });
  // Presence, not counts, for words: a long post is not more of anything for being long.
  shapeFeatures(ctx, rules, add);
  return f;
}

/**
 * How the draft is built, who it speaks of, what it gives and what the rules
 * saw: every feature but the words, each given once to `add`.
 */
export function shapeFeatures(ctx: Context, rules: readonly RawFinding[], add: (name: string, value?: number) => void) {
  const lang = ctx.lang;
  const words = ctx.wordCount;
  add(`len:${bucket(words, [4, 8, 15, 30, 60, 120, 250])}`);
  add(`kind:${ctx.kind}`);
  add(`site:${ctx.platform}`);
  add(`lang:${lang}`);
  const p = ctx.positions;
  if (p.url.length) add('has:url');
  if (p.url.length && words < 15) add('short-with-url');
  if (p.hashtag.length) add(`hashtags:${bucket(p.hashtag.length, [1, 3, 6])}`);
  if (p.emoji.length) add(`emoji:${bucket(p.emoji.length, [1, 3, 6])}`);
  if (p.mention.length) add('has:mention');
  if (p.number.length) add('has:number');

  const signals = computeSignals(ctx);
  const per = (n: number) => (words > 0 ? Math.min(1, (n * 10) / words) : 0);
  add('self-density', per(signals.firstPerson));
  add('reader-density', per(signals.reader));
  add('others-density', per(signals.others));
  if (signals.firstPerson > signals.reader + signals.others) add('self>reader');
  if (signals.reader > signals.firstPerson) add('reader>self');
  if (signals.questions) add('has:question');
  for (const kind of signals.valueKinds) add(`value:${kind}`);
  if (signals.valueKinds.size === 0) add('value:none');

  let exclaims = 0;
  for (const s of ctx.sentences) if (s.terminator.includes('!')) exclaims++;
  if (exclaims) add(`exclaims:${bucket(exclaims, [1, 2, 4])}`);

  // What the phrase rules saw, however unsure: the model learns how much each is worth.
  const seen = new Map<string, number>();
  for (const r of rules) seen.set(r.rule, Math.max(seen.get(r.rule) ?? 0, r.confidence));
  for (const [rule, confidence] of seen) add(`rule:${rule}`, confidence);
  for (const cue of cuesOf(ctx)) add(`cue:${cue.id}`);
  const category = (prefix: string) => [...seen.keys()].some((r) => r.startsWith(prefix));
  if (category('begging/')) add('any:begging');
  if (category('self-centred/')) add('any:self-centred');
  if (category('missing-value/')) add('any:missing-value');
}

/** One word's or pair's weights, numbered so that a draft can mark it as counted without a set. */
export interface Weighted {
  readonly w: readonly number[];
  readonly id: number;
}

/** What the compiled weights hold for one term: its own weights, and those of the pairs it starts. */
export interface WordEntry {
  weights?: Weighted;
  next?: ReadonlyMap<string, Weighted>;
}

/** Per weights' number, the pass that last counted it: a set per draft cost a third of the model's time. */
let counted = new Int32Array(0);
let pass = 0;

/**
 * The words of the draft as draftFeatures() names them, without building the
 * names: each word, pair and hashtag is looked up in the compiled weights and
 * given once to `found`, in eachWord()'s order. What a keystroke pays: one
 * lookup per token gives a word and the pairs it may start. A test keeps it
 * equal to draftFeatures().
 */
export function wordWeights(
  ctx: Context,
  words: ReadonlyMap<string, WordEntry>,
  /** How many Weighted the table numbers (ids are below it). */
  size: number,
  /** Each word or pair once, with its first and last token. */
  found: (weights: readonly number[], first: number, last: number) => void,
) {
  if (counted.length < size) counted = new Int32Array(size);
  if (++pass === 0x7fffffff) {
    counted.fill(0);
    pass = 1;
  }
  const thisPass = pass;
  const give = (weighted: Weighted | undefined, first: number, last: number) => {
    if (weighted && counted[weighted.id] !== thisPass) {
      counted[weighted.id] = thisPass;
      found(weighted.w, first, last);
    }
  };
  /** The entry of the word before (undefined: a word the model does not know). */
  let prev: WordEntry | undefined;
  eachWord(ctx, (term, at, pairs, hashtag) => {
    const entry = words.get(term);
    give(entry?.weights, at, at);
    if (hashtag !== null) give(words.get(`#${hashtag}`)?.weights, at, at);
    if (pairs) give(prev?.next?.get(term), at - 1, at);
    prev = entry;
  });
}
