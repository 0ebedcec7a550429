/**
 * Where the active house-rule packs are stored. Stored packs are read through
 * the file's schema one by one, so one damaged pack never takes the others with
 * it, and is kept aside rather than lost.
 */
import { storage } from 'wxt/utils/storage';
import type { HousePack } from '@/analyzers/house-rules/types';
import { MAX_PACKS, StoredPackSchema } from './house-rules-file';

export * from './house-rules-file';

export const houseRulesItem = storage.defineItem<unknown>('local:houseRules', {
  fallback: [],
  version: 1,
  migrations: {},
});

export const rejectedPacksItem = storage.defineItem<unknown[]>('local:houseRulesRejected', { fallback: [] });

export interface PacksRead {
  packs: HousePack[];
  problems: string[];
}

/** The stored packs; a damaged one is set aside (kept, not lost) and named, the others stay. */
export async function readPacks(): Promise<PacksRead> {
  let raw: unknown;
  try {
    raw = await houseRulesItem.getValue();
  } catch (error) {
    return { packs: [], problems: [`(storage): ${String(error)}`] };
  }
  if (!Array.isArray(raw)) {
    if (raw !== null && raw !== undefined) await keepAside([raw]);
    return { packs: [], problems: raw === null || raw === undefined ? [] : ['houseRules: expected a list of packs'] };
  }
  const packs: HousePack[] = [];
  const problems: string[] = [];
  const bad: unknown[] = [];
  raw.slice(0, MAX_PACKS).forEach((value, i) => {
    const parsed = StoredPackSchema.safeParse(value);
    if (parsed.success) packs.push(parsed.data);
    else {
      bad.push(value);
      const issue = parsed.error.issues[0];
      problems.push(`houseRules.${i}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unreadable'}`);
    }
  });
  if (bad.length) await keepAside(bad);
  return { packs, problems };
}

async function keepAside(values: unknown[]): Promise<void> {
  try {
    const kept = await rejectedPacksItem.getValue();
    const known = new Set(kept.map((v) => JSON.stringify(v)));
    const fresh = values.filter((v) => !known.has(JSON.stringify(v)));
    if (fresh.length) await rejectedPacksItem.setValue([...kept, ...fresh].slice(-MAX_PACKS));
  } catch {
    // storage failing: the notice still shows
  }
}

export async function writePacks(packs: readonly HousePack[]): Promise<void> {
  if (packs.length > MAX_PACKS) throw new Error(`at most ${MAX_PACKS} packs`);
  await houseRulesItem.setValue(packs.map((p) => StoredPackSchema.parse(p)));
}

/** Add a pack, or replace the one with the same id (a newer version shared by the lead). */
export function withPack(packs: readonly HousePack[], pack: HousePack): HousePack[] {
  const i = packs.findIndex((p) => p.id === pack.id);
  return i < 0 ? [...packs, pack] : packs.map((p, j) => (j === i ? pack : p));
}
