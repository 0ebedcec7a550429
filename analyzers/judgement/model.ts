/**
 * A logistic regression per core category over the draft's features: weights
 * are data (`weights.ts`, written by `npm run train`), the score is a sum, and
 * the features that weighed most are what a hint quotes.
 */
import type { Context, RawFinding } from '../kit/engine';
import type { Lang } from '../kit/vocabulary';
import { shapeFeatures, wordWeights, type Features, type Weighted, type WordEntry } from './features';

export const JUDGED = ['begging', 'self-centred', 'missing-value'] as const;
export type Judged = (typeof JUDGED)[number];
/** The model's own rules; turned off, the phrase rules speak alone (what `train` and `eval --real` compare). */
export const WHOLE_POST_RULES = JUDGED.map((c) => `${c}/whole-post`);

export interface CategoryModel {
  bias: number;
  /** Per language, the probability from which the judgement is shown at normal sensitivity. */
  threshold: Record<Lang, number>;
}

export interface JudgementModel {
  /** What it was trained on and how: printed by `npm run eval -- --real`. */
  about: string;
  categories: Record<Judged, CategoryModel>;
  /** Per feature, its weight for each category in JUDGED order (0 where it does not count). */
  weights: Record<string, readonly number[]>;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The weights as a Map, built on first use: looking fresh strings up in a
 * large object literal costs far more than a Map lookup.
 */
const tables = new WeakMap<JudgementModel, Map<string, readonly number[]>>();
function tableOf(model: JudgementModel): Map<string, readonly number[]> {
  let table = tables.get(model);
  if (!table) tables.set(model, (table = new Map(Object.entries(model.weights))));
  return table;
}

/** The model's log-odds for every category, in JUDGED order, in one pass over the features. */
export function logits(model: JudgementModel, features: Features): number[] {
  const table = tableOf(model);
  const z = JUDGED.map((c) => model.categories[c].bias);
  for (const [name, value] of features) {
    const w = table.get(name);
    if (w) for (let k = 0; k < z.length; k++) z[k]! += (w[k] ?? 0) * value;
  }
  return z;
}

interface Compiled {
  /** `w:term` and `w:term next` as term → its weights and those of its pairs. */
  words: Map<string, WordEntry>;
  /** How many word and pair weights `words` numbers. */
  size: number;
  other: Map<string, readonly number[]>;
}
const compiled = new WeakMap<JudgementModel, Compiled>();
function compiledOf(model: JudgementModel): Compiled {
  let c = compiled.get(model);
  if (c) return c;
  c = { words: new Map(), size: 0, other: new Map() };
  const entryOf = (term: string) => {
    let entry = c!.words.get(term);
    if (!entry) c!.words.set(term, (entry = {}));
    return entry;
  };
  for (const [name, w] of Object.entries(model.weights)) {
    if (!name.startsWith('w:')) c.other.set(name, w);
    else {
      const space = name.indexOf(' ', 2);
      const weighted = { w, id: c.size++ };
      if (space < 0) entryOf(name.slice(2)).weights = weighted;
      else {
        const entry = entryOf(name.slice(2, space));
        const next = (entry.next ??= new Map()) as Map<string, Weighted>;
        next.set(name.slice(space + 1), weighted);
      }
    }
  }
  compiled.set(model, c);
  return c;
}

/**
 * The same log-odds as `logits(model, draftFeatures(ctx, rules))`, computed
 * without naming the features: what the engine runs on every keystroke.
 */
export function draftLogits(model: JudgementModel, ctx: Context, rules: readonly RawFinding[]): number[] {
  const c = compiledOf(model);
  const z = JUDGED.map((k) => model.categories[k].bias);
  const addWeights = (w: readonly number[], value: number) => {
    for (let k = 0; k < z.length; k++) z[k]! += (w[k] ?? 0) * value;
  };
  wordWeights(ctx, c.words, c.size, (w) => addWeights(w, 1));
  shapeFeatures(ctx, rules, (name, value = 1) => {
    const w = c.other.get(name);
    if (w) addWeights(w, value);
  });
  return z;
}

/**
 * The words and word pairs of the draft that pushed towards the category, as
 * token ranges, strongest first: what a hint quotes.
 */
export function wordsFor(model: JudgementModel, ctx: Context, category: Judged): { first: number; last: number }[] {
  const k = JUDGED.indexOf(category);
  const out: { first: number; last: number; weight: number }[] = [];
  const c = compiledOf(model);
  wordWeights(ctx, c.words, c.size, (w, first, last) => {
    const weight = w[k] ?? 0;
    if (weight > 0) out.push({ first, last, weight });
  });
  return out.sort((a, b) => b.weight - a.weight || a.first - b.first);
}
