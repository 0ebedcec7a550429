/**
 * `npm run corpus:sample`: draws the labelled sample from the rebuilt real
 * posts, at random with a fixed seed (never by searching for words the coach
 * looks for), so many per source and kind as sources.json says, and splits it
 * into a development part and a locked test part before any label exists.
 * Writes tests/corpus/real/sample.jsonl (ids and split only, no text).
 * Drawing again gives the same sample. A post keeps the part it was first
 * given (sample.jsonl is the record); a post new to the sample goes to the
 * test part by a hash of its id, so growing a quota never moves a post that
 * was read during development into the locked test part. Each post also keeps
 * the draw that added it (`draw`, 1 when absent): the posts of a new draw were
 * never seen while the coach was built, so scoring them first is a blind check
 * (`npm run eval -- --real --draw N`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dedupeKey, readRealPosts, readSources, REAL_DIR, type RealPost } from './real-corpus';

export const SAMPLE_FILE = join(REAL_DIR, 'sample.jsonl');
/** Share of each source's draw that goes to the locked test part. */
export const TEST_SHARE = 0.4;
const SEED = 20261201;

/** A small seeded generator (mulberry32): the same seed gives the same draw on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(text: string): number {
  let h = SEED;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761) >>> 0;
  return h;
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Posts of one template (an operator's stock reply) are the same post to a reader: a few are enough. */
const PER_TEMPLATE = 2;
const GREETING = new Set(['bonjour', 'bonsoir', 'bjr', 'bsr', 'hello', 'hi', 'hey', 'dear', 'nnla', 'nn']);
export function templateKey(text: string): string {
  const words = dedupeKey(text).split(' ');
  while (words.length && GREETING.has(words[0]!)) words.shift();
  return words.slice(0, 6).join(' ');
}

export interface SampledPost {
  id: string;
  source: string;
  split: 'dev' | 'test';
  /** Which drawing added the post to the sample (1 when absent). */
  draw?: number;
}

/** The number of the next drawing: one more than any post of the sample has. */
export const nextDraw = (earlier: Iterable<SampledPost>) => Math.max(0, ...[...earlier].map((r) => r.draw ?? 1)) + 1;

/** A drawn post's row: a post already in the sample keeps its part and its drawing. */
export function sampledRow(id: string, source: string, before: SampledPost | undefined, thisDraw: number): SampledPost {
  const draw = before ? before.draw : thisDraw;
  return { id, source, split: before?.split ?? splitOf(id), ...(draw !== undefined && draw > 1 && { draw }) };
}

/** Test or development for a post new to the sample, from its id alone. */
function splitOf(id: string): SampledPost['split'] {
  return seededRandom(hashSeed(id))() < TEST_SHARE ? 'test' : 'dev';
}

function main() {
  const posts = [...readRealPosts().values()];
  const earlier = new Map<string, SampledPost>();
  if (existsSync(SAMPLE_FILE))
    for (const line of readFileSync(SAMPLE_FILE, 'utf8').split('\n'))
      if (line.trim()) {
        const row = JSON.parse(line) as SampledPost;
        earlier.set(row.id, row);
      }
  const thisDraw = nextDraw(earlier.values());
  const rows: SampledPost[] = [];
  const templates = new Map<string, number>();
  for (const source of readSources() as (ReturnType<typeof readSources>[number] & {
    sample?: Partial<Record<RealPost['kind'], number>>;
  })[]) {
    for (const [kind, count] of Object.entries(source.sample ?? {})) {
      // Each (source, kind) has its own seeded stream, so one quota never moves another's draw.
      const random = seededRandom(hashSeed(`${source.id}/${kind}`));
      const pool = posts
        .filter((p) => p.source === source.id && p.kind === kind)
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      const drawn: RealPost[] = [];
      for (const post of shuffled(pool, random)) {
        if (drawn.length === count) break;
        const key = templateKey(post.text);
        const seen = templates.get(key) ?? 0;
        // A post already in the sample stays, whatever another source's new draw did to its template.
        if (seen >= PER_TEMPLATE && !earlier.has(post.id)) continue;
        templates.set(key, seen + 1);
        drawn.push(post);
      }
      let testCount = 0;
      for (const p of drawn) {
        const row = sampledRow(p.id, source.id, earlier.get(p.id), thisDraw);
        if (row.split === 'test') testCount++;
        rows.push(row);
      }
      console.log(`${source.id.padEnd(8)} ${kind.padEnd(7)} ${drawn.length}/${pool.length} (test ${testCount})`);
    }
  }
  const kept = new Set(rows.map((r) => r.id));
  const lost = [...earlier.keys()].filter((id) => !kept.has(id));
  if (lost.length) console.log(`${lost.length} posts of the earlier sample are no longer drawn`);
  writeFileSync(SAMPLE_FILE, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const test = rows.filter((r) => r.split === 'test').length;
  console.log(`${rows.length} posts sampled (${rows.length - test} dev, ${test} test) -> ${SAMPLE_FILE}`);
}

if (process.argv[1]?.endsWith('real-sample.ts')) main();
