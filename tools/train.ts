/**
 * `npm run train`: learns the whole-draft model from the development part of
 * the real-post sample (never the locked test part) and writes its weights to
 * analyzers/judgement/weights.ts. Deterministic: no random draw, the folds
 * come from the post ids, the same labels give the same weights.
 *
 * For each category, a logistic regression over the draft's features
 * (analyzers/judgement/features.ts). Its regularisation and the probability at
 * which it speaks are chosen by 5-fold cross-validation on the development
 * part, for the system as shipped: a post is flagged when a phrase rule of the
 * category fires or the model's probability reaches its language's threshold.
 *   --folds-only   print the cross-validated figures, write nothing
 *   --extra F      hand-written labelled posts that only ever train
 *   --never-flag F hand-written clean posts that train and that no threshold may flag
 *   --drafts F     drafts written and labelled blind by the guide: development posts like the real ones
 * Without any of the three, the committed sets (DEFAULT_SETS) are used: `npm run train` alone is the
 * shipped model.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, judgementFeatures, judgementGates } from '../analyzers';
import { useJudgementModel } from '../analyzers/judgement';
import {
  JUDGED,
  logits,
  sigmoid,
  WHOLE_POST_RULES,
  type Judged,
  type JudgementModel,
} from '../analyzers/judgement/model';
import type { Features } from '../analyzers/judgement/features';
import { LANGS, type Lang } from '../analyzers/kit/vocabulary';
import { ROOT, readRealPosts, type RealPost } from './real-corpus';
import { stringLiteral } from './cue-gates';
import { readLabels, type FinalLabel } from './real-labels';
import type { LabelledPost } from './eval';

export const WEIGHTS_FILE = join(ROOT, 'analyzers/judgement/weights.ts');
/** A word or word pair must be in this many development posts to get a weight. */
const MIN_DOCS = 3;
const FOLDS = 5;
const LAMBDAS = [1e-3, 3e-3, 1e-2, 3e-2, 0.1];
// Rounded: 0.15 + 27 × 0.025 is 0.8250000000000001 in floating point, and a threshold is written to weights.ts.
const THRESHOLDS = Array.from({ length: 35 }, (_, i) => Math.round((0.15 + i * 0.025) * 1000) / 1000);
/**
 * A coach that flags clean posts is uninstalled: each category may flag at most
 * this share of the clean development posts (out of fold), so that the three
 * together stay under 5 %. The threshold is the best F1 within that bound.
 */
const MAX_CLEAN_FLAGGED = 0.03;
const MIN_WEIGHT = 0.1;
/**
 * Each hand-written post (`--extra`) weighs as two real ones: they are a tenth
 * as many and hold the guide's hard negatives (a personal voice, a plain
 * notice), which the real sources, mostly brands, politicians and media, seldom
 * show. Measured by 5-fold cross-validation (one threshold for both languages)
 * with each fold's model held under the hand-written clean posts as the shipped
 * one is: self-centred 49.6 → 52.1, missing-value 47.3 → 49.5 (at 1.5: 52.3,
 * 46.1; at 3: 51.5, 47.8).
 */
const EXTRA_WEIGHT = 2;
/** A category's model speaks in a language only if the development part holds at least this many of its positive posts in that language. */
const MIN_POSITIVES = 200;
/** What `npm run train` trains on when no set is named. */
const DEFAULT_SETS = {
  extra: ['tests/corpus/labelled.jsonl', 'tests/corpus/holdout.jsonl'],
  'never-flag': ['tests/corpus/clean.jsonl'],
  drafts: ['tests/corpus/drafts-train.jsonl'],
};
/** A threshold no probability reaches: the category's model never speaks. */
const SILENT = 1.01;

export interface Example {
  id: string;
  lang: Lang;
  /** The language the engine detects: its threshold is the one that applies to the post. */
  judgedAs: Lang;
  text: string;
  post: RealPost;
  y: Record<Judged, 0 | 1>;
  features: Features;
  /** Whether the phrase rules alone flag the category, at normal sensitivity. */
  rules: Record<Judged, boolean>;
  /** Per category, whether the whole-post gates keep the post out of the model's hint (the clean corpus only). */
  gated?: Record<Judged, boolean>;
}

export function examplesOf(labels: readonly FinalLabel[], posts: ReadonlyMap<string, RealPost>): Example[] {
  const out: Example[] = [];
  for (const label of labels) {
    const post = posts.get(label.id);
    if (!post || label.lang === 'other') continue;
    const y = {
      begging: label.begging,
      'self-centred': label['self-centred'],
      'missing-value': label['missing-value'],
    };
    out.push(exampleOf(label.id, label.lang, post, y));
  }
  return out;
}

function exampleOf(id: string, lang: Lang, post: RealPost, y: Example['y']): Example {
  const options = { platform: post.site, kind: post.kind } as const;
  const report = analyze(post.text, { ...options, settings: { disabledRules: WHOLE_POST_RULES } });
  const flagged = new Set(report.findings.map((f) => f.category));
  return {
    id,
    lang,
    judgedAs: report.language,
    text: post.text,
    post,
    y,
    features: judgementFeatures(post.text, options),
    rules: {
      begging: flagged.has('begging'),
      'self-centred': flagged.has('self-centred'),
      'missing-value': flagged.has('missing-value'),
    },
  };
}

/** A JSON Lines file of posts with `labels` (the clean corpus has none: every post in it is clean). */
function readLabelledPosts(file: string): (LabelledPost & { kind?: RealPost['kind'] })[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({
      labels: [],
      ...(JSON.parse(l) as Omit<LabelledPost, 'labels'> & { labels?: LabelledPost['labels'] }),
    }));
}

const labelsOf = (post: LabelledPost) =>
  Object.fromEntries(JUDGED.map((c) => [c, post.labels.includes(c) ? 1 : 0])) as Example['y'];

/**
 * Drafts written by helper sessions from the guide alone, each labelled by its writer and by a second
 * blind pass, disagreements settled by a third. They join the development part: in the folds, scored out
 * of fold, in the F1 a threshold is chosen for (the clean budget is the real posts' alone).
 */
export function draftExamplesOf(files: readonly string[]): Example[] {
  return files.flatMap((file) =>
    readLabelledPosts(file).map((post) =>
      exampleOf(
        `draft:${post.id}`,
        post.lang,
        { id: post.id, source: 'draft', site: post.platform, kind: post.kind ?? 'post', text: post.text },
        labelsOf(post),
      ),
    ),
  );
}

const isWordFeature = (name: string) => name.startsWith('w:');

function vocabularyOf(examples: readonly Example[]): string[] {
  const docs = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) docs.set(name, (docs.get(name) ?? 0) + 1);
  return [...docs]
    .filter(([name, n]) => n >= (isWordFeature(name) ? MIN_DOCS : 2))
    .map(([name]) => name)
    .sort();
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

function encode(examples: readonly Example[], vocab: readonly string[]): Sparse[] {
  const index = new Map(vocab.map((v, i) => [v, i]));
  return examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, value] of e.features) {
      const i = index.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(value);
      }
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  });
}

interface Fitted {
  bias: number;
  w: Float64Array;
}

/**
 * Weighted logistic regression with an L2 penalty, full-batch Adam from zero:
 * no random start, so the same data always gives the same weights.
 */
export function fitLogistic(
  X: readonly Sparse[],
  y: readonly number[],
  dims: number,
  lambda: number,
  /** Per example, how much it weighs (1 when absent). */
  sampleWeights?: readonly number[],
): Fitted {
  const n = X.length;
  const positives = y.reduce((a, b) => a + b, 0);
  // Rare categories weigh their positives up, softened so precision is not sacrificed.
  const posWeight = positives > 0 ? Math.min(8, Math.sqrt((n - positives) / positives)) : 1;
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  let bias = Math.log((positives + 1) / (n - positives + 1));
  let mb = 0;
  let vb = 0;
  const grad = new Float64Array(dims);
  const lr = 0.05;
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-8;
  const weightOf = (k: number) => (y[k] ? posWeight : 1) * (sampleWeights?.[k] ?? 1);
  let weightSum = 0;
  for (let k = 0; k < n; k++) weightSum += weightOf(k);
  for (let step = 1; step <= 400; step++) {
    grad.fill(0);
    let gb = 0;
    for (let k = 0; k < n; k++) {
      const { idx, val } = X[k]!;
      let z = bias;
      for (let j = 0; j < idx.length; j++) z += w[idx[j]!]! * val[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = (weightOf(k) * (p - y[k]!)) / weightSum;
      gb += r;
      for (let j = 0; j < idx.length; j++) grad[idx[j]!]! += r * val[j]!;
    }
    const c1 = 1 - b1 ** step;
    const c2 = 1 - b2 ** step;
    for (let i = 0; i < dims; i++) {
      const g = grad[i]! + lambda * w[i]!;
      m[i] = b1 * m[i]! + (1 - b1) * g;
      v[i] = b2 * v[i]! + (1 - b2) * g * g;
      w[i] = w[i]! - (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
    }
    mb = b1 * mb + (1 - b1) * gb;
    vb = b2 * vb + (1 - b2) * gb * gb;
    bias -= (lr * (mb / c1)) / (Math.sqrt(vb / c2) + eps);
  }
  return { bias, w };
}

function predict(model: Fitted, x: Sparse): number {
  let z = model.bias;
  for (let j = 0; j < x.idx.length; j++) z += model.w[x.idx[j]!]! * x.val[j]!;
  return sigmoid(z);
}

/** The fold of a post, from its id: the same on every run and machine. */
function foldOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % FOLDS;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const f1Of = ({ tp, fp, fn }: Counts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

function countsOf(flags: readonly boolean[], y: readonly number[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  flags.forEach((f, i) => {
    if (f && y[i]) c.tp++;
    else if (f) c.fp++;
    else if (y[i]) c.fn++;
  });
  return c;
}

/** Posts that only ever train (`--extra`, `--never-flag`): the hand-written sets, never scored. */
let extraExamples: Example[] = [];
/**
 * The clean posts no threshold may flag (`--never-flag`: the clean corpus, on which `npm test` lets no
 * core analyzer fire). Not every hand-written clean post: one thank-you of labelled.jsonl raised the
 * French missing-value threshold from 0.625 to 0.729 and took a quarter of its recall on the development
 * part; the labelled sets keep their own guard in `npm test` (at most 5 % of their clean posts flagged).
 */
let neverFlagged: Example[] = [];

export function extraExamplesOf(files: readonly string[]): Example[] {
  return files.flatMap((file) =>
    readLabelledPosts(file).map((post) => {
      const options = { platform: post.platform } as const;
      return {
        id: `extra:${post.id}`,
        lang: post.lang,
        judgedAs: analyze(post.text, options).language,
        text: post.text,
        post: { id: post.id, source: 'extra', site: post.platform, kind: 'post', text: post.text },
        y: labelsOf(post),
        features: judgementFeatures(post.text, options),
        rules: { begging: false, 'self-centred': false, 'missing-value': false },
        gated: judgementGates(post.text, options),
      };
    }),
  );
}

/**
 * A training draft weighs as a real post: at twice the weight, as hand-written ones, 2,400 drafts pulled the
 * real posts' 5-fold F1 down (self-centred 43.0 → 42.1, missing-value 45.6 → 41.7, each language's real clean
 * posts held to the same bound).
 */
const weightOf = (e: Example) => (e.post.source === 'extra' ? EXTRA_WEIGHT : 1);
const isDraft = (e: Example) => e.post.source === 'draft';
const isClean = (e: Example) => JUDGED.every((c) => !e.y[c]);

/**
 * Out-of-fold probabilities for every development post, and per language the
 * highest probability any fold's model gives a clean-corpus post (those
 * always train): a threshold at or under it would flag one.
 */
function outOfFold(
  examples: readonly Example[],
  category: Judged,
  lambda: number,
): { probs: number[]; cleanFloor: Record<Lang, number> } {
  const probs = new Array<number>(examples.length).fill(0);
  const cleanFloor = { fr: 0, en: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = [...examples.filter((e) => foldOf(e.id) !== fold), ...extraExamples];
    const vocab = vocabularyOf(train);
    const fitted = fitLogistic(
      encode(train, vocab),
      train.map((e) => e.y[category]),
      vocab.length,
      lambda,
      train.map(weightOf),
    );
    const held = examples.map((e, i) => [e, i] as const).filter(([e]) => foldOf(e.id) === fold);
    const X = encode(
      held.map(([e]) => e),
      vocab,
    );
    held.forEach(([, i], k) => (probs[i] = predict(fitted, X[k]!)));
    encode(neverFlagged, vocab).forEach((x, k) => {
      const lang = neverFlagged[k]!.judgedAs;
      if (neverFlagged[k]!.gated?.[category]) return;
      cleanFloor[lang] = Math.max(cleanFloor[lang], predict(fitted, x));
    });
  }
  return { probs, cleanFloor };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}`;

/** What the engine made of one development post with the model of the fold that did not train on it. */
interface SystemVerdict {
  /** Per category, flagged whatever the model's threshold: a phrase rule, or the shape of the post. */
  always: Record<Judged, boolean>;
  /** Per category, flagged by the model's hint once its probability reaches the threshold (no gate holds it). */
  eligible: Record<Judged, boolean>;
  p: Record<Judged, number>;
}

const categoriesFound = (e: Example) =>
  new Set(analyze(e.text, { platform: e.post.site, kind: e.post.kind }).findings.map((f) => f.category));

/**
 * Out of fold, what the coach as shipped flags: each fold's model, at each category's λ, judges the posts it
 * did not train on through analyze() itself, so that the whole-post gates, the evidence a hint must quote and
 * the shape verdicts count as they will. Run twice per post, once with the model silent and once with it
 * speaking from the lowest threshold tried, which is all any threshold needs.
 */
function systemOutOfFold(
  examples: readonly Example[],
  chosen: Record<Judged, { lambda: number; threshold: Record<Lang, number> }>,
): SystemVerdict[] {
  const out = new Array<SystemVerdict>(examples.length);
  try {
    for (let fold = 0; fold < FOLDS; fold++) {
      const train = [...examples.filter((e) => foldOf(e.id) !== fold), ...extraExamples];
      const vocab = vocabularyOf(train);
      const X = encode(train, vocab);
      const fitted = JUDGED.map((c) =>
        fitLogistic(
          X,
          train.map((e) => e.y[c]),
          vocab.length,
          chosen[c].lambda,
          train.map(weightOf),
        ),
      );
      const weights: Record<string, number[]> = {};
      vocab.forEach((name, i) => (weights[name] = fitted.map((f) => f.w[i]!)));
      const model: JudgementModel = {
        about: `fold ${fold}`,
        categories: Object.fromEntries(
          JUDGED.map((c, k) => [c, { bias: fitted[k]!.bias, threshold: { fr: SILENT, en: SILENT } }]),
        ) as JudgementModel['categories'],
        weights,
      };
      const speakFrom = (lowest: boolean) => {
        for (const c of JUDGED)
          for (const lang of LANGS)
            model.categories[c].threshold[lang] =
              lowest && chosen[c].threshold[lang] !== SILENT ? THRESHOLDS[0]! : SILENT;
      };
      useJudgementModel(model);
      examples.forEach((e, i) => {
        if (foldOf(e.id) !== fold) return;
        speakFrom(false);
        const silent = categoriesFound(e);
        speakFrom(true);
        const speaking = categoriesFound(e);
        const z = logits(model, e.features);
        out[i] = {
          always: Object.fromEntries(JUDGED.map((c) => [c, silent.has(c)])) as Record<Judged, boolean>,
          eligible: Object.fromEntries(JUDGED.map((c) => [c, !silent.has(c) && speaking.has(c)])) as Record<
            Judged,
            boolean
          >,
          p: Object.fromEntries(JUDGED.map((c, k) => [c, sigmoid(z[k]!)])) as Record<Judged, number>,
        };
      });
    }
  } finally {
    useJudgementModel();
  }
  return out;
}

/** Per language, what the coach as shipped scores out of fold at the thresholds chosen. */
function printSystemOutOfFold(
  examples: readonly Example[],
  system: readonly SystemVerdict[],
  chosen: Record<Judged, { threshold: Record<Lang, number> }>,
  budgeted: readonly boolean[],
): void {
  const flagged = (c: Judged, i: number) =>
    system[i]!.always[c] || (system[i]!.eligible[c] && system[i]!.p[c] >= chosen[c].threshold[examples[i]!.judgedAs]);
  for (const lang of LANGS) {
    const mine = examples.flatMap((e, i) => (e.judgedAs === lang ? [i] : []));
    const f1s = [false, true].map((drafts) => {
      const part = mine.filter((i) => isDraft(examples[i]!) === drafts);
      return JUDGED.map((c) =>
        pct(
          f1Of(
            countsOf(
              part.map((i) => flagged(c, i)),
              part.map((i) => examples[i]!.y[c]),
            ),
          ),
        ),
      ).join(' / ');
    });
    const cleanReal = mine.filter((i) => budgeted[i]);
    const cleanFlagged = cleanReal.filter((i) => JUDGED.some((c) => flagged(c, i))).length;
    console.log(
      `${lang}, the coach as shipped out of fold (F1 ${JUDGED.join(' / ')}): real ${f1s[0]}, drafts ${f1s[1]}; ` +
        `real clean posts flagged ${pct(cleanFlagged / Math.max(1, cleanReal.length))} %`,
    );
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      'folds-only': { type: 'boolean' },
      errors: { type: 'string' },
      extra: { type: 'string', multiple: true },
      'never-flag': { type: 'string', multiple: true },
      drafts: { type: 'string', multiple: true },
    },
  });
  const named = values.extra || values['never-flag'] || values.drafts;
  const sets = (key: keyof typeof DEFAULT_SETS) =>
    named ? (values[key] ?? []) : DEFAULT_SETS[key].map((file) => join(ROOT, file));
  const labels = readLabels().filter((l) => l.split === 'dev');
  const examples = [...examplesOf(labels, readRealPosts()), ...draftExamplesOf(sets('drafts'))];
  neverFlagged = extraExamplesOf(sets('never-flag')).filter(isClean);
  extraExamples = [...extraExamplesOf(sets('extra')), ...neverFlagged];
  console.log(
    `${examples.length} development posts (fr ${examples.filter((e) => e.lang === 'fr').length}, en ${examples.filter((e) => e.lang === 'en').length})`,
  );

  const chosen = {} as Record<Judged, { lambda: number; threshold: Record<Lang, number> }>;
  const clean = examples.map(isClean);
  // The clean budget is the real posts' alone: the drafts' clean posts, seldom flagged, would dilute it
  // and let real clean posts be flagged over the bound.
  const budgeted = examples.map((e, i) => clean[i]! && !isDraft(e));
  for (const category of JUDGED) {
    const y = examples.map((e) => e.y[category]);
    const ruleFlags = examples.map((e) => e.rules[category]);
    const rulesAlone = countsOf(ruleFlags, y);
    let best = {
      f1: -1,
      lambda: LAMBDAS[0]!,
      threshold: { fr: SILENT, en: SILENT },
      counts: rulesAlone,
      perLang: '',
      probs: [] as number[],
    };
    for (const lambda of LAMBDAS) {
      const { probs, cleanFloor } = outOfFold(examples, category, lambda);
      // A threshold per language, each the best F1 of its language with at most MAX_CLEAN_FLAGGED of that
      // language's clean posts flagged: the target is per language, and with one threshold for both, French
      // clean posts (two thirds of the clean ones) let English clean posts be flagged twice as often as the
      // bound while French posts were hardly judged. Measured by 5-fold cross-validation on 13,993 posts: about
      // the same F1 averaged over the two languages (self-centred 39 against 42, missing-value 46 against 45),
      // English clean posts flagged self-centred 2.4 % instead of 6.6 %.
      const threshold = { fr: SILENT, en: SILENT };
      const counts = { tp: 0, fp: 0, fn: 0 };
      let perLang = '';
      for (const lang of LANGS) {
        const mine = examples.flatMap((e, i) => (e.judgedAs === lang ? [i] : []));
        const yOfLang = mine.map((i) => y[i]!);
        const cleanCount = mine.filter((i) => budgeted[i]).length;
        let bestOfLang = { f1: -1, t: SILENT, counts: { tp: 0, fp: 0, fn: 0 }, cleanFlagged: 0 };
        // Over any clean-corpus post's probability too, as the raise below will hold it, so that λ is
        // chosen for the threshold that ships.
        for (const t of THRESHOLDS.filter((t) => t > cleanFloor[lang])) {
          const flags = mine.map((i) => ruleFlags[i]! || probs[i]! >= t);
          const cleanFlagged = flags.filter((f, k) => f && budgeted[mine[k]!]).length / Math.max(1, cleanCount);
          if (cleanFlagged > MAX_CLEAN_FLAGGED) continue;
          const c = countsOf(flags, yOfLang);
          const f1 = f1Of(c);
          if (f1 > bestOfLang.f1 + 1e-9) bestOfLang = { f1, t, counts: c, cleanFlagged };
        }
        threshold[lang] = bestOfLang.t;
        counts.tp += bestOfLang.counts.tp;
        counts.fp += bestOfLang.counts.fp;
        counts.fn += bestOfLang.counts.fn;
        perLang += ` ${lang} F1 ${pct(Math.max(0, bestOfLang.f1))} at p ≥ ${bestOfLang.t.toFixed(3)} (clean flagged ${pct(bestOfLang.cleanFlagged)} %)`;
      }
      const f1 = f1Of(counts);
      if (f1 > best.f1 + 1e-9) best = { f1, lambda, threshold, counts, perLang, probs };
    }
    // A model that does not beat the phrase rules in cross-validation stays silent: it would only add noise.
    // So does one learnt from too few positive posts, in a language: it learns their sources' words, not the
    // category (begging's 98 made it flag "Share your best tip if you have one").
    const positiveCount = y.reduce<number>((a, b) => a + b, 0);
    const helps = best.f1 > f1Of(rulesAlone) + 0.01;
    const threshold = { fr: SILENT, en: SILENT };
    for (const lang of LANGS) {
      // Real posts only: a model that speaks must have seen the category as people really write it.
      const positivesOfLang = examples.filter((e, i) => y[i] && e.judgedAs === lang && !isDraft(e)).length;
      if (helps && positivesOfLang >= MIN_POSITIVES) threshold[lang] = best.threshold[lang];
    }
    chosen[category] = { lambda: best.lambda, threshold };
    if (values.errors === category) {
      const { probs } = best;
      const rows = examples.map((e, i) => ({
        e,
        p: probs[i]!,
        flagged: ruleFlags[i]! || probs[i]! >= best.threshold[e.judgedAs],
      }));
      for (const kind of ['missed', 'false alarm'] as const) {
        console.log(`\n${kind}:`);
        rows
          .filter((r) => (kind === 'missed' ? r.e.y[category] && !r.flagged : !r.e.y[category] && r.flagged))
          .slice(0, 40)
          .forEach((r) =>
            console.log(`  ${r.p.toFixed(2)} ${r.e.id.padEnd(26)} ${r.e.text.replace(/\s+/g, ' ').slice(0, 150)}`),
          );
      }
    }
    console.log(
      `${category.padEnd(14)} ${positiveCount} positive | rules alone F1 ${pct(f1Of(rulesAlone))} (tp ${rulesAlone.tp} fp ${rulesAlone.fp} fn ${rulesAlone.fn})` +
        ` | rules + model, 5-fold F1 ${pct(best.f1)} (tp ${best.counts.tp} fp ${best.counts.fp} fn ${best.counts.fn}), λ ${best.lambda}:${best.perLang}` +
        (!helps
          ? ' -> no gain over the rules: the model stays silent'
          : LANGS.filter((lang) => threshold[lang] === SILENT)
              .map((lang) => ` -> ${lang}: fewer than ${MIN_POSITIVES} positive posts, the model stays silent`)
              .join('')),
    );
    // The real posts and the drafts apart, out of fold at the thresholds chosen: one can hide the other.
    if (examples.some(isDraft))
      for (const drafts of [false, true]) {
        const mine = examples.flatMap((e, i) => (isDraft(e) === drafts ? [i] : []));
        const flags = mine.map((i) => ruleFlags[i]! || best.probs[i]! >= threshold[examples[i]!.judgedAs]);
        const cleanCount = mine.filter((i) => clean[i]).length;
        const cleanFlagged = mine.filter((i, k) => clean[i] && flags[k]).length / Math.max(1, cleanCount);
        const c = countsOf(
          flags,
          mine.map((i) => y[i]!),
        );
        console.log(
          `${''.padEnd(14)} ${drafts ? 'drafts' : 'real  '} ${mine.length}: F1 ${pct(f1Of(c))} (tp ${c.tp} fp ${c.fp} fn ${c.fn}), clean flagged ${pct(cleanFlagged)} %`,
        );
      }
  }
  // Each category keeps its own budget, before the whole-post gates; the target is on all three together,
  // after them: printed for the coach as shipped, so that a change to the gates or the thresholds shows.
  printSystemOutOfFold(examples, systemOutOfFold(examples, chosen), chosen, budgeted);
  if (values['folds-only']) return;

  const all = [...examples, ...extraExamples];
  const vocab = vocabularyOf(all);
  const X = encode(all, vocab);
  const fitted: Record<Judged, Fitted> = Object.fromEntries(
    JUDGED.map((c) => [
      c,
      fitLogistic(
        X,
        all.map((e) => e.y[c]),
        vocab.length,
        chosen[c].lambda,
        all.map(weightOf),
      ),
    ]),
  ) as Record<Judged, Fitted>;
  // Weights this small move no verdict; leaving them out keeps the content script small (an eighth of the
  // features stay). The kept features are then fitted again on their own, rather than cut out of the full
  // model, whose other weights they had leant on: on the blind drafts' development set, self-centred
  // 80.8 → 81.3 %, missing-value 86.2 → 87.1 %.
  const kept = vocab.filter((_, i) => JUDGED.some((c) => Math.abs(fitted[c].w[i]!) >= MIN_WEIGHT));
  const Xkept = encode(all, kept);
  for (const c of JUDGED)
    fitted[c] = fitLogistic(
      Xkept,
      all.map((e) => e.y[c]),
      kept.length,
      chosen[c].lambda,
      all.map(weightOf),
    );
  const weights: Record<string, number[]> = {};
  kept.forEach((name, i) => {
    const row = JUDGED.map((c) => Math.round(fitted[c].w[i]! * 100) / 100);
    if (row.some((w) => w !== 0)) weights[name] = row;
  });
  const real = examples.filter((e) => !isDraft(e)).length;
  const model: JudgementModel = {
    about: `Trained by npm run train on ${real} development posts of the real-post sample (tests/corpus/real) and ${examples.length - real} drafts labelled blind`,
    categories: Object.fromEntries(
      JUDGED.map((c) => [c, { bias: Math.round(fitted[c].bias * 1000) / 1000, threshold: { ...chosen[c].threshold } }]),
    ) as JudgementModel['categories'],
    weights,
  };
  // A clean-corpus post (a personal voice, a plain notice) is never a model's hint: where the
  // cross-validated threshold of its language would flag one, it is raised just above it. Posts the
  // whole-post gates keep quiet whatever their probability (a thank-you to someone named, a question to the
  // reader) hold nothing up: "Merci @Élodie pour le magnifique gâteau" once held the French missing-value
  // threshold at 0.645 for a post the engine never flags.
  for (const [k, c] of JUDGED.entries()) {
    const threshold = model.categories[c].threshold;
    for (const lang of LANGS) {
      if (threshold[lang] === SILENT) continue;
      const highest = Math.max(
        0,
        ...neverFlagged
          .filter((e) => e.judgedAs === lang && !e.gated?.[c])
          .map((e) => sigmoid(logits(model, e.features)[k]!)),
      );
      if (highest >= threshold[lang]) {
        const raised = Math.ceil((highest + 1e-6) * 1000) / 1000;
        console.log(
          `${c} (${lang}): threshold ${threshold[lang].toFixed(3)} raised to ${raised} so that no clean-corpus post is flagged`,
        );
        threshold[lang] = raised;
      }
    }
  }
  const header = readFileSync(WEIGHTS_FILE, 'utf8').split('export const WEIGHTS_JSON')[0];
  writeFileSync(WEIGHTS_FILE, `${header}export const WEIGHTS_JSON =\n  ${stringLiteral(JSON.stringify(model))};\n`);
  console.log(`${Object.keys(weights).length} features kept of ${vocab.length} -> ${WEIGHTS_FILE}`);
}

if (process.argv[1]?.endsWith('train.ts')) main();
