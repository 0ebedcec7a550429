/**
 * `npm run corpus:real`: rebuilds the texts of the real-post corpus from
 * snapshots of public repositories (tests/corpus/real/sources.json), since
 * the texts themselves are never committed. Each file is checked against its
 * md5 before anything is read from it. Writes tests/corpus/real/.texts/posts.jsonl.
 *   --mirror DIR   where the snapshots are (default: ../.mirror beside the project,
 *                  one bare git directory per repository, OWNER+NAME/repo)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REAL_DIR = join(ROOT, 'tests/corpus/real');
export const TEXTS_FILE = join(REAL_DIR, '.texts/posts.jsonl');

export interface Source {
  id: string;
  repo: string;
  commit: string;
  /** The files read, each checked by its md5. */
  files: { path: string; md5: string }[];
  format: 'csv' | 'linkedin-pairs' | 'jsonl' | 'json-array';
  /** Column or field holding the text; a list means the first non-empty one. */
  text?: string | string[];
  key?: string;
  author?: string;
  /** Only rows whose column holds one of these values. */
  where?: Record<string, string[]>;
  /** Rows by these authors are the brand's own posts; anyone else is replying to it. */
  brandAuthors?: string[];
  /** A fixed kind for every row (otherwise: a tweet opening on a mention is a reply). */
  kind?: 'post' | 'reply' | 'comment';
  /** Rows whose column holds one of these values are replies. */
  replyWhen?: Record<string, string[]>;
  delimiter?: string;
  /** Leave out tweets the old API cut ("… https://t.co/…"): their point is often in the missing part. */
  dropCut?: boolean;
  site: 'x' | 'linkedin' | 'facebook';
  about: string;
}

export interface RealPost {
  id: string;
  source: string;
  site: Source['site'];
  kind: 'post' | 'reply' | 'comment';
  author?: string;
  text: string;
}

export function readSources(): Source[] {
  return (JSON.parse(readFileSync(join(REAL_DIR, 'sources.json'), 'utf8')) as { sources: Source[] }).sources;
}

function snapshotFile(mirror: string, source: Source, file: Source['files'][number]): string {
  const gitDir = join(mirror, source.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir))
    throw new Error(`${source.repo}: no snapshot in ${gitDir} (bring it with the search tool's fetch)`);
  const bytes = execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${file.path}`], {
    maxBuffer: 512 * 1024 * 1024,
  });
  const md5 = createHash('md5').update(bytes).digest('hex');
  if (md5 !== file.md5)
    throw new Error(`${source.repo}:${file.path}: md5 ${md5}, expected ${file.md5} (the file changed)`);
  return bytes.toString('utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function cleanText(raw: string): string {
  return raw
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s*…\s*see more\s*$/i, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

const isRetweet = (text: string) => /^(RT @|rt :|rt @)/.test(text);

/** Same post again: case, links, mentions and spacing aside. */
export function dedupeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, '')
    .replace(/@\w+/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function rowsOf(source: Source, content: string): Record<string, unknown>[] {
  switch (source.format) {
    case 'csv':
      return parseCsv(content, {
        columns: true,
        bom: true,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        delimiter: source.delimiter ?? ',',
      }) as Record<string, unknown>[];
    case 'jsonl':
      return content
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    case 'json-array':
      return JSON.parse(content) as Record<string, unknown>[];
    case 'linkedin-pairs': {
      const data = JSON.parse(content) as Record<
        string,
        { post_a: Record<string, unknown>; post_b: Record<string, unknown> }[]
      >;
      const byId = new Map<string, Record<string, unknown>>();
      for (const pairs of Object.values(data))
        for (const pair of pairs) for (const post of [pair.post_a, pair.post_b]) byId.set(String(post.id), post);
      return [...byId.values()];
    }
  }
}

export function postsOf(source: Source, content: string, file = ''): RealPost[] {
  const textFields = Array.isArray(source.text) ? source.text : [source.text ?? 'text'];
  const out: RealPost[] = [];
  rowsOf(source, content).forEach((row, index) => {
    for (const [column, allowed] of Object.entries(source.where ?? {}))
      if (!allowed.includes(String(row[column] ?? ''))) return;
    const raw = textFields.map((f) => row[f]).find((v) => typeof v === 'string' && v.trim());
    if (typeof raw !== 'string' || isRetweet(raw.trim())) return;
    const text = cleanText(raw);
    if (source.dropCut && /…\s*https?:\/\/t\.co\/\S+$/.test(text)) return;
    const words = text.replace(/https?:\/\/\S+/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 3) return;
    const author = source.author ? String(row[source.author] ?? '') : undefined;
    const replyByColumn = Object.entries(source.replyWhen ?? {}).some(([c, v]) => v.includes(String(row[c] ?? '')));
    const kind =
      source.kind ??
      (replyByColumn
        ? 'reply'
        : source.brandAuthors && author !== undefined && !source.brandAuthors.includes(author)
          ? 'reply'
          : text.startsWith('@')
            ? 'reply'
            : 'post');
    const key =
      source.format === 'linkedin-pairs'
        ? String(row.id)
        : source.key
          ? String(row[source.key])
          : `${file.replace(/^.*\//, '').replace(/\.\w+$/, '')}/${index}`;
    out.push({ id: `${source.id}:${key}`, source: source.id, site: source.site, kind, author, text });
  });
  return out;
}

export function readRealPosts(): Map<string, RealPost> {
  if (!existsSync(TEXTS_FILE))
    throw new Error(`No real-post texts in ${TEXTS_FILE}: run \`npm run corpus:real\` first (it needs the snapshots).`);
  const posts = new Map<string, RealPost>();
  for (const line of readFileSync(TEXTS_FILE, 'utf8').split('\n'))
    if (line.trim()) {
      const post = JSON.parse(line) as RealPost;
      posts.set(post.id, post);
    }
  return posts;
}

function main() {
  const { values } = parseArgs({ options: { mirror: { type: 'string' } } });
  const mirror = resolve(values.mirror ?? process.env.POST_COACH_MIRROR ?? join(ROOT, '../.mirror'));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const source of readSources()) {
    let kept = 0;
    let dropped = 0;
    for (const post of source.files.flatMap((file) => postsOf(source, snapshotFile(mirror, source, file), file.path))) {
      const key = dedupeKey(post.text);
      if (seen.has(key) || seen.has(post.id)) {
        dropped++;
        continue;
      }
      seen.add(key);
      seen.add(post.id);
      lines.push(JSON.stringify(post));
      kept++;
    }
    console.log(
      `${source.id.padEnd(8)} ${String(kept).padStart(6)} posts (${dropped} duplicates dropped)  ${source.repo}`,
    );
  }
  mkdirSync(dirname(TEXTS_FILE), { recursive: true });
  writeFileSync(TEXTS_FILE, lines.join('\n') + '\n');
  console.log(`${lines.length} posts -> ${TEXTS_FILE}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
