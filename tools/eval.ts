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
import { quietOnClosedPipe, userPath } from './process-io';
import { analyze, CORE_CATEGORIES as CATEGORIES } from '../analyzers';
import type { Lang, Platform } from '../analyzers/kit/types';
import { evaluateReal, printReal } from './eval-real';

/** The evaluation measures the three core categories, the ones the labels speak of. */
type Category = (typeof CATEGORIES)[number];

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

/** A labelled file that cannot be used: said in one line, with where. */
export class LabelledFileError extends Error {}

export function readLabelled(path: string, read = (p: string) => readFileSync(p, 'utf8')): LabelledPost[] {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new LabelledFileError(`cannot read ${path}: ${reason}`);
  }
  const posts: LabelledPost[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let post: LabelledPost;
    try {
      post = JSON.parse(line) as LabelledPost;
    } catch (error) {
      throw new LabelledFileError(`${path}:${i + 1}: not valid JSON: ${(error as Error).message}`);
    }
    if (typeof post !== 'object' || post === null || typeof post.text !== 'string' || !Array.isArray(post.labels))
      throw new LabelledFileError(`${path}:${i + 1}: needs "text" and "labels"`);
    posts.push(post);
  });
  if (posts.length === 0) throw new LabelledFileError(`${path}: no labelled posts in it`);
  return posts;
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

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        file: { type: 'string' },
        misses: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        real: { type: 'boolean', default: false },
        part: { type: 'string' },
        draw: { type: 'string' },
      },
    }));
  } catch (error) {
    const option = /'(-[^' ]*)/.exec((error as Error).message)?.[1];
    const code = (error as { code?: string }).code;
    console.error(
      `eval: ${code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `unknown option ${option}` : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `${option} needs a value` : (error as Error).message}`,
    );
    console.error(
      'Usage: npm run eval -- [--file LABELLED.jsonl | --real [--part dev|test] [--draw N]] [--misses] [--json]',
    );
    return 2;
  }
  if (values.real) {
    const part = values.part;
    const parts: ('dev' | 'test')[] = part === 'dev' || part === 'test' ? [part] : ['dev', 'test'];
    let real;
    try {
      const draw = values.draw === undefined ? undefined : Number(values.draw);
      if (draw !== undefined && !(Number.isInteger(draw) && draw >= 1))
        throw new Error('--draw needs a drawing number (1, 2, …)');
      real = evaluateReal(parts, values.misses, draw);
    } catch (error) {
      console.error(`eval: ${(error as Error).message}`);
      return 2;
    }
    if (values.json) console.log(JSON.stringify(real, null, 2));
    else printReal(real);
    return 0;
  }
  // The default is the project's own set; a file the user names is theirs, from where they stand.
  const file = values.file === undefined ? 'tests/corpus/labelled.jsonl' : userPath(values.file);
  let posts: LabelledPost[];
  try {
    posts = readLabelled(file);
  } catch (error) {
    if (!(error instanceof LabelledFileError)) throw error;
    console.error(`eval: ${error.message}`);
    return 2;
  }
  const result = evaluate(posts);
  if (values.json) {
    console.log(JSON.stringify(values.misses ? result : { ...result, misses: result.misses.length }, null, 2));
    return 0;
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`.padStart(8);
  console.log(`Labelled set: ${values.file ?? file} (${result.posts} posts, ${result.cleanPosts} clean)\n`);
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
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  quietOnClosedPipe();
  process.exitCode = main();
}
