/**
 * Where the active house-rule packs are stored. Stored packs are read through
 * the file's schema one by one, so one damaged pack never takes the others with
 * it, and is kept aside rather than lost.
 */
import { storage } from 'wxt/utils/storage';
import type { HousePack } from '@/analyzers/house-rules/types';
import { MAX_PACKS, MAX_PACKS_BYTES, StoredPackSchema } from './house-rules-file';

export * from './house-rules-file';

export const houseRulesItem = storage.defineItem<unknown>('local:houseRules', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** Packs that could not be used, kept as they were; read through `readRejectedPacks` (it may be damaged too). */
export const rejectedPacksItem = storage.defineItem<unknown>('local:houseRulesRejected', { fallback: [] });

export interface PacksRead {
  packs: HousePack[];
  problems: string[];
  /** Why a damaged pack could not be kept aside; null when it was (or none was damaged). */
  notKept: string | null;
}

/** A list of packs that would not fit: too many, or too many bytes for the browser's storage. */
export class PackLimitError extends Error {
  constructor(
    readonly limit: 'count' | 'bytes',
    readonly max: number,
    readonly size: number,
  ) {
    super(limit === 'count' ? `at most ${max} packs` : `house-rule packs take ${size} bytes, at most ${max}`);
  }
}

export const packsSize = (packs: readonly unknown[]) => new TextEncoder().encode(JSON.stringify(packs)).length;

/** What is kept aside, as a list whatever is stored (a non-list is itself one damaged value). */
export async function readRejectedPacks(): Promise<unknown[]> {
  const raw = await rejectedPacksItem.getValue();
  if (raw === null || raw === undefined) return [];
  return Array.isArray(raw) ? raw : [raw];
}

export async function forgetRejectedPacks(): Promise<void> {
  await rejectedPacksItem.setValue([]);
}

/**
 * The stored packs; a damaged one, or one past the limit of `MAX_PACKS`, is set
 * aside (kept, not lost) and named, the others stay.
 */
export async function readPacks(): Promise<PacksRead> {
  let raw: unknown;
  try {
    raw = await houseRulesItem.getValue();
  } catch (error) {
    return { packs: [], problems: [`(storage): ${String(error)}`], notKept: null };
  }
  if (raw === null || raw === undefined) return { packs: [], problems: [], notKept: null };
  if (!Array.isArray(raw)) {
    return { packs: [], problems: ['houseRules: expected a list of packs'], notKept: await keepAside([raw]) };
  }
  const packs: HousePack[] = [];
  const problems: string[] = [];
  const bad: unknown[] = [];
  raw.forEach((value, i) => {
    const parsed = StoredPackSchema.safeParse(value);
    if (!parsed.success) {
      bad.push(value);
      const issue = parsed.error.issues[0];
      problems.push(`houseRules.${i}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unreadable'}`);
    } else if (packs.length >= MAX_PACKS) {
      bad.push(value);
      problems.push(`houseRules.${i}: more than ${MAX_PACKS} packs, "${parsed.data.name}" set aside`);
    } else packs.push(parsed.data);
  });
  // A huge damaged list would make a notice nobody reads: the first few, then how many more.
  if (problems.length > MAX_NAMED_PROBLEMS) {
    const more = problems.length - MAX_NAMED_PROBLEMS;
    problems.splice(MAX_NAMED_PROBLEMS, more, `houseRules: ${more} more packs set aside`);
  }
  return { packs, problems, notKept: bad.length ? await keepAside(bad) : null };
}

const MAX_NAMED_PROBLEMS = 10;

/** Null once kept aside; otherwise why not (storage full or failing), for the notice. */
async function keepAside(values: unknown[]): Promise<string | null> {
  try {
    const kept = await readRejectedPacks();
    const known = new Set(kept.map((v) => JSON.stringify(v)));
    const fresh = values.filter((v) => !known.has(JSON.stringify(v)));
    if (fresh.length) await rejectedPacksItem.setValue([...kept, ...fresh]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function writePacks(packs: readonly HousePack[]): Promise<void> {
  if (packs.length > MAX_PACKS) throw new PackLimitError('count', MAX_PACKS, packs.length);
  const stored = packs.map((p) => StoredPackSchema.parse(p));
  const size = packsSize(stored);
  if (size > MAX_PACKS_BYTES) throw new PackLimitError('bytes', MAX_PACKS_BYTES, size);
  await houseRulesItem.setValue(stored);
}

/** Add a pack, or replace the one with the same id (a newer version shared by the lead). */
export function withPack(packs: readonly HousePack[], pack: HousePack): HousePack[] {
  const i = packs.findIndex((p) => p.id === pack.id);
  return i < 0 ? [...packs, pack] : packs.map((p, j) => (j === i ? pack : p));
}
