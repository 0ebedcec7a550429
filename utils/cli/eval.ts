/**
 * `npm run eval`: runs the engine on the labelled set and prints precision,
 * recall and F1 per category, plus the false-positive rate on clean posts.
 * A post counts as flagged for a category when any finding of that category
 * is shown at the default sensitivity.
 *   --file PATH   another labelled JSONL file
 *   --misses      list the posts the engine got wrong
 *   --json        machine-readable output
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, CORE_CATEGORIES as CATEGORIES } from '../../analyzers';
import type { CORE_CATEGORIES } from '../../analyzers/kit/types';
import type { Lang, Platform } from '../../analyzers/kit/types';
import { evaluateReal, printReal } from './eval-real';

/** The evaluation measures the three core categories, the ones the labels speak of. */
type Category = (typeof CORE_CATEGORIES)[number];

export interface LabelledPost {
  id: string;
  lang: Lang;
  platform: Platform;
  text: string;
  labels: Category[];
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  posts: number;
  cleanPosts: number;
  categories: Record<Category, CategoryScore>;
  /** Share of clean posts on which any core analyzer fired. */
  cleanFalsePositiveRate: number;
  languageAccuracy: number;
  misses: { id: string; expected: Category[]; got: Category[]; text: string }[];
}

export function readLabelled(path: string): LabelledPost[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const post = JSON.parse(line) as LabelledPost;
      if (typeof post.text !== 'string' || !Array.isArray(post.labels))
        throw new Error(`${path}:${i + 1}: needs text and labels`);
      return post;
    });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(posts: readonly LabelledPost[]): Evaluation {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number }
  >;
  let clean = 0;
  let cleanFlagged = 0;
  let langRight = 0;
  const misses: Evaluation['misses'] = [];
  for (const post of posts) {
    const report = analyze(post.text, { platform: post.platform });
    if (report.language === post.lang) langRight++;
    const got = new Set(
      report.findings
        .map((f) => f.category)
        .filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c)),
    );
    const expected = new Set(post.labels);
    for (const c of CATEGORIES) {
      if (got.has(c) && expected.has(c)) counts[c].tp++;
      else if (got.has(c)) counts[c].fp++;
      else if (expected.has(c)) counts[c].fn++;
    }
    if (expected.size === 0) {
      clean++;
      if (got.size > 0) cleanFlagged++;
    }
    if (CATEGORIES.some((c) => got.has(c) !== expected.has(c))) {
      misses.push({ id: post.id, expected: [...expected], got: [...got], text: post.text });
    }
  }
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => {
      const { tp, fp, fn } = counts[c];
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [c, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<Category, CategoryScore>;
  return {
    posts: posts.length,
    cleanPosts: clean,
    categories,
    cleanFalsePositiveRate: ratio(cleanFlagged, clean),
    languageAccuracy: ratio(langRight, posts.length),
    misses,
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: 'tests/corpus/labelled.jsonl' },
      misses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      real: { type: 'boolean', default: false },
      part: { type: 'string' },
    },
  });
  if (values.real) {
    const part = values.part;
    const parts: ('dev' | 'test')[] = part === 'dev' || part === 'test' ? [part] : ['dev', 'test'];
    const real = evaluateReal(parts, values.misses);
    if (values.json) console.log(JSON.stringify(real, null, 2));
    else printReal(real);
    return;
  }
  const result = evaluate(readLabelled(values.file));
  if (values.json) {
    console.log(JSON.stringify(values.misses ? result : { ...result, misses: result.misses.length }, null, 2));
    return;
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`.padStart(8);
  console.log(`Labelled set: ${values.file} (${result.posts} posts, ${result.cleanPosts} clean)\n`);
  console.log('category        precision   recall       F1    tp  fp  fn');
  for (const c of CATEGORIES) {
    const s = result.categories[c];
    console.log(
      `${c.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  console.log(`\nfalse positives on clean posts: ${pct(result.cleanFalsePositiveRate).trim()}`);
  console.log(`language detection accuracy:    ${pct(result.languageAccuracy).trim()}`);
  if (values.misses) {
    console.log('\nMisses:');
    for (const m of result.misses)
      console.log(`  ${m.id} expected [${m.expected}] got [${m.got}]  ${m.text.slice(0, 110)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
