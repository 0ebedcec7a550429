/**
 * A logistic regression per core category over the draft's features: weights
 * are data (`weights.json`, written by `npm run train`), the score is a sum, and
 * the features that weighed most are what a hint quotes.
 */
import type { Features } from './features';

export const JUDGED = ['begging', 'self-centred', 'missing-value'] as const;
export type Judged = (typeof JUDGED)[number];

export interface CategoryModel {
  bias: number;
  /** The probability from which the judgement is shown at normal sensitivity. */
  threshold: number;
}

export interface JudgementModel {
  /** What it was trained on and how: printed by `npm run eval -- --real`. */
  about: string;
  categories: Record<Judged, CategoryModel>;
  /** Per feature, its weight for each category in JUDGED order (0 where it does not count). */
  weights: Record<string, readonly number[]>;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's log-odds for one category. */
export function logit(model: JudgementModel, category: Judged, features: Features): number {
  const k = JUDGED.indexOf(category);
  let z = model.categories[category].bias;
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w) z += (w[k] ?? 0) * value;
  }
  return z;
}

/** The features that pushed hardest towards the category, strongest first. */
export function contributions(
  model: JudgementModel,
  category: Judged,
  features: Features,
  accept: (name: string) => boolean = () => true,
): { name: string; weight: number }[] {
  const k = JUDGED.indexOf(category);
  const out: { name: string; weight: number }[] = [];
  for (const [name, value] of features) {
    const w = model.weights[name]?.[k];
    if (w && w * value > 0 && accept(name)) out.push({ name, weight: w * value });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
}
