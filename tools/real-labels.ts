/**
 * The labels of the real-post sample: two blind passes (A and B) made with
 * shared/ANNOTATION.md without the coach's output, a third pass on their
 * disagreements, and the final label of each post.
 *   npm run corpus:labels -- merge A_DIR B_DIR   add the passes' labels of posts not labelled yet, print kappa, list new disagreements
 *   npm run corpus:labels -- settle C_DIR        apply the third pass to the disagreements
 *   npm run corpus:labels                        print kappa and counts
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_DIR } from './real-corpus';
import { SAMPLE_FILE, type SampledPost } from './real-sample';

export const LABELS_FILE = join(REAL_DIR, 'labels.jsonl');
export const LABELLED = ['begging', 'self-centred', 'missing-value'] as const;
export type Labelled = (typeof LABELLED)[number];
type Votes = Record<Labelled, 0 | 1>;

export interface PassLabel extends Votes {
  id: string;
  lang: 'fr' | 'en' | 'other';
  note?: string;
}

export interface FinalLabel extends Votes {
  id: string;
  split: 'dev' | 'test';
  lang: 'fr' | 'en' | 'other';
  a: Votes;
  b: Votes;
  /** Why the third pass settled a disagreement the way it did. */
  settled?: Partial<Record<Labelled, string>>;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
}

function readPass(dir: string): Map<string, PassLabel> {
  const out = new Map<string, PassLabel>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    for (const label of readJsonl<PassLabel>(join(dir, file))) out.set(label.id, label);
  return out;
}

export function readSample(): SampledPost[] {
  return readJsonl<SampledPost>(SAMPLE_FILE);
}

export function readLabels(): FinalLabel[] {
  if (!existsSync(LABELS_FILE)) throw new Error(`No labels yet in ${LABELS_FILE}`);
  return readJsonl<FinalLabel>(LABELS_FILE);
}

const votes = (l: Votes): Votes => ({
  begging: l.begging ? 1 : 0,
  'self-centred': l['self-centred'] ? 1 : 0,
  'missing-value': l['missing-value'] ? 1 : 0,
});

/** Cohen's kappa of two raters' yes/no votes. */
export function cohenKappa(pairs: readonly (readonly [0 | 1, 0 | 1])[]): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  let agree = 0;
  let yesA = 0;
  let yesB = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    yesA += a;
    yesB += b;
  }
  const po = agree / n;
  const pe = (yesA / n) * (yesB / n) + (1 - yesA / n) * (1 - yesB / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

export function kappas(labels: readonly FinalLabel[]): Record<Labelled, number> {
  return Object.fromEntries(
    LABELLED.map((c) => [c, cohenKappa(labels.map((l) => [l.a[c], l.b[c]] as const))]),
  ) as Record<Labelled, number>;
}

function printSummary(labels: readonly FinalLabel[]) {
  const k = kappas(labels);
  const langs = ['fr', 'en', 'other'] as const;
  console.log(`${labels.length} posts labelled by two passes`);
  for (const c of LABELLED) {
    const yes = labels.filter((l) => l[c]).length;
    const disagreed = labels.filter((l) => l.a[c] !== l.b[c]).length;
    console.log(`  ${c.padEnd(14)} kappa ${k[c].toFixed(2)}  disagreements ${disagreed}  final yes ${yes}`);
  }
  for (const lang of langs) {
    const part = labels.filter((l) => l.lang === lang);
    const clean = part.filter((l) => !LABELLED.some((c) => l[c])).length;
    console.log(`  ${lang}: ${part.length} posts, ${clean} clean`);
  }
  const unsettled = labels.filter((l) => LABELLED.some((c) => l.a[c] !== l.b[c] && !l.settled?.[c])).length;
  if (unsettled) console.log(`  ${unsettled} posts with a disagreement not yet settled by the third pass`);
}

/**
 * Adds the passes' labels of posts not labelled yet, in the sample's order;
 * labels already made (and settled) are kept as they are, so a new drawing
 * never loses or changes an earlier label.
 */
export function mergePasses(
  sample: readonly SampledPost[],
  earlier: ReadonlyMap<string, FinalLabel>,
  a: ReadonlyMap<string, PassLabel>,
  b: ReadonlyMap<string, PassLabel>,
): { labels: FinalLabel[]; disagreements: { id: string; categories: Labelled[] }[]; added: number } {
  const labels: FinalLabel[] = [];
  const disagreements: { id: string; categories: Labelled[] }[] = [];
  let added = 0;
  for (const s of sample) {
    const kept = earlier.get(s.id);
    if (kept) {
      labels.push(kept);
      continue;
    }
    const la = a.get(s.id);
    const lb = b.get(s.id);
    if (!la || !lb) continue;
    const va = votes(la);
    const vb = votes(lb);
    const lang = la.lang === lb.lang ? la.lang : la.lang === 'other' || lb.lang === 'other' ? 'other' : la.lang;
    // Until the third pass settles it, a disagreement counts as a yes only when both said yes.
    const final = Object.fromEntries(LABELLED.map((c) => [c, va[c] && vb[c] ? 1 : 0])) as Votes;
    labels.push({ id: s.id, split: s.split, lang, ...final, a: va, b: vb });
    added++;
    const differ = LABELLED.filter((c) => va[c] !== vb[c]);
    if (differ.length) disagreements.push({ id: s.id, categories: differ });
  }
  // A label of a post the sample no longer draws is kept too: nothing labelled is ever lost.
  const sampled = new Set(sample.map((s) => s.id));
  for (const label of earlier.values()) if (!sampled.has(label.id)) labels.push(label);
  return { labels, disagreements, added };
}

function merge(aDir: string, bDir: string) {
  const earlier = new Map(existsSync(LABELS_FILE) ? readLabels().map((l) => [l.id, l]) : []);
  const { labels: out, disagreements, added } = mergePasses(readSample(), earlier, readPass(aDir), readPass(bDir));
  writeFileSync(LABELS_FILE, out.map((l) => JSON.stringify(l)).join('\n') + '\n');
  writeFileSync(
    join(REAL_DIR, '.texts/disagreements.jsonl'),
    disagreements.map((d) => JSON.stringify(d)).join('\n') + '\n',
  );
  printSummary(out);
  console.log(`${added} posts added to ${earlier.size} labelled earlier`);
  console.log(`${disagreements.length} posts to settle -> tests/corpus/real/.texts/disagreements.jsonl`);
}

function settle(cDir: string) {
  const labels = readLabels();
  const byId = new Map(labels.map((l) => [l.id, l]));
  let n = 0;
  for (const file of readdirSync(cDir).filter((f) => f.endsWith('.jsonl')))
    for (const row of readJsonl<{ id: string; category: Labelled; label: 0 | 1; why: string }>(join(cDir, file))) {
      const l = byId.get(row.id);
      if (!l || !LABELLED.includes(row.category) || l.a[row.category] === l.b[row.category]) continue;
      l[row.category] = row.label ? 1 : 0;
      (l.settled ??= {})[row.category] = row.why;
      n++;
    }
  writeFileSync(LABELS_FILE, labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
  console.log(`${n} disagreements settled`);
  printSummary(labels);
}

function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'merge' && rest.length === 2) merge(rest[0]!, rest[1]!);
  else if (command === 'settle' && rest.length === 1) settle(rest[0]!);
  else if (!command) printSummary(readLabels());
  else {
    console.error('usage: npm run corpus:labels -- [merge A_DIR B_DIR | settle C_DIR]');
    process.exit(2);
  }
}

if (process.argv[1]?.endsWith('real-labels.ts')) main();
