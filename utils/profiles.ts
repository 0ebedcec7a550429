/**
 * Brand profiles: a member who posts for several brands keeps, per brand, its
 * settings and house-rule packs, and picks the active one in the side panel.
 *
 * The active profile's values stay where they always were (`local:settings`,
 * `local:houseRules`), so every reader (background, content script, pages)
 * works unchanged and an existing user's stored choices are their first
 * profile, with nothing to migrate. The other profiles wait in
 * `local:profiles`; switching swaps them in, after saving the active one.
 */
import { storage } from 'wxt/utils/storage';
import type { HousePack } from '@/analyzers/house-rules/types';
import { z } from './zod';
import { readPacks, StoredPackSchema, writePacks } from './house-rules';
import { readSettings, repairSettings, writeSettings, type Settings } from './settings';

export const MAX_PROFILES = 10;
export const DEFAULT_PROFILE_ID = 'default';

export interface ProfileSnapshot {
  name: string;
  settings: Settings;
  packs: HousePack[];
}

export interface Profiles {
  active: string;
  /** Every profile's name, active included, in the order they were made. */
  names: { id: string; name: string }[];
  /** The inactive profiles' settings and packs. */
  stored: Record<string, { settings: unknown; packs: unknown[] }>;
}

const ProfilesSchema = z.object({
  active: z.string().min(1).max(40),
  names: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), name: z.string().trim().min(1).max(60) }))
    .min(1)
    .max(MAX_PROFILES),
  stored: z.record(z.string(), z.object({ settings: z.unknown(), packs: z.array(z.unknown()) })),
});

export const profilesItem = storage.defineItem<unknown>('local:profiles', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** The profiles; before any is made (or if the value is damaged), one: the user's settings as they are. */
export async function readProfiles(defaultName = 'Default'): Promise<Profiles> {
  const raw = await profilesItem.getValue().catch(() => null);
  const parsed = ProfilesSchema.safeParse(raw);
  if (parsed.success && parsed.data.names.some((n) => n.id === parsed.data.active)) return parsed.data;
  return { active: DEFAULT_PROFILE_ID, names: [{ id: DEFAULT_PROFILE_ID, name: defaultName }], stored: {} };
}

const idFor = (name: string, taken: readonly string[]) => {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'profile';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
};

/** A new profile, starting from the active one's settings and no packs. Not switched to. */
export async function addProfile(name: string, defaultName?: string): Promise<Profiles> {
  const profiles = await readProfiles(defaultName);
  if (profiles.names.length >= MAX_PROFILES) throw new Error(`at most ${MAX_PROFILES} profiles`);
  const trimmed = name.trim();
  if (!trimmed) throw new Error('a profile needs a name');
  const id = idFor(
    trimmed,
    profiles.names.map((n) => n.id),
  );
  const { settings } = await readSettings();
  const next: Profiles = {
    ...profiles,
    names: [...profiles.names, { id, name: trimmed.slice(0, 60) }],
    stored: { ...profiles.stored, [id]: { settings, packs: [] } },
  };
  await profilesItem.setValue(next);
  return next;
}

/** Make `id` the active profile: the active one's settings and packs are kept, the chosen one's swapped in. */
export async function switchProfile(id: string, defaultName?: string): Promise<Profiles> {
  const profiles = await readProfiles(defaultName);
  if (id === profiles.active) return profiles;
  const target = profiles.stored[id];
  if (!profiles.names.some((n) => n.id === id) || !target) throw new Error(`no profile "${id}"`);
  const [{ settings }, { packs }] = await Promise.all([readSettings(), readPacks()]);
  const { [id]: _chosen, ...others } = profiles.stored;
  const next: Profiles = { ...profiles, active: id, stored: { ...others, [profiles.active]: { settings, packs } } };
  // Saved first: if the swap fails half-way, the active profile's values are not lost.
  await profilesItem.setValue(next);
  const incoming = repairSettings(target.settings).settings;
  const incomingPacks = target.packs.flatMap((p) => {
    const parsed = StoredPackSchema.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
  await writeSettings(incoming);
  await writePacks(incomingPacks);
  return next;
}

/** Remove an inactive profile (the active one cannot be removed: switch first). */
export async function removeProfile(id: string, defaultName?: string): Promise<Profiles> {
  const profiles = await readProfiles(defaultName);
  if (id === profiles.active) throw new Error('the active profile cannot be removed');
  const { [id]: _gone, ...stored } = profiles.stored;
  const next = { ...profiles, names: profiles.names.filter((n) => n.id !== id), stored };
  await profilesItem.setValue(next);
  return next;
}
