/**
 * What an organisation sets for everyone: house-rule packs and locked settings,
 * delivered by browser policy (Chrome's `storage.managed`, described by
 * public/managed-schema.json; Firefox's `3rdparty.Extensions` policies, which
 * fill the same area). A managed value wins over the user's and shows as set
 * by the organisation; the user's own choice stays stored underneath, so it
 * comes back if the policy goes. Read through the same checks as an import.
 *
 * Chromium answers `storage.managed.get()` only once its policy service has
 * loaded (about 3 s after start here), so the background keeps a copy of the
 * policy in `local:managedPolicy`, refreshed at start and on every change:
 * pages and content scripts read the copy at once, and hear when it changes.
 */
import { storage } from 'wxt/utils/storage';
import type { HousePack } from '@/analyzers/house-rules/types';
import { HousePackFileSchema, MAX_PACKS, parseHousePack } from './house-rules-file';
import { SETTINGS_FIELDS, type Settings } from './settings';

export interface Managed {
  /** Locked settings: only the fields the policy sets. */
  settings: Partial<Settings>;
  /** The organisation's packs, always on. */
  packs: HousePack[];
  /** Parts of the policy that could not be used, and why (shown in the options page). */
  problems: string[];
}

export const NO_POLICY: Managed = Object.freeze({ settings: {}, packs: [], problems: [] }) as Managed;

/** Check a policy value as read from `storage.managed`. Pure: the tests feed it directly. */
export function parseManaged(raw: unknown): Managed {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, packs: [], problems: [] };
  const value = raw as Record<string, unknown>;
  const problems: string[] = [];
  const settings: Record<string, unknown> = {};
  const given = value.settings;
  if (given !== undefined) {
    if (given === null || typeof given !== 'object' || Array.isArray(given))
      problems.push('settings: expected an object');
    else {
      for (const [key, field] of Object.entries(given as Record<string, unknown>)) {
        const schema = SETTINGS_FIELDS[key as keyof typeof SETTINGS_FIELDS];
        if (!schema) {
          problems.push(`settings.${key}: unknown setting, ignored`);
          continue;
        }
        const parsed = schema.safeParse(field);
        if (parsed.success) settings[key] = parsed.data;
        else problems.push(`settings.${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      }
    }
  }
  const packs: HousePack[] = [];
  const list = value.houseRules;
  if (list !== undefined && !Array.isArray(list)) problems.push('houseRules: expected a list of packs');
  (Array.isArray(list) ? list : []).slice(0, MAX_PACKS).forEach((item, i) => {
    // A pack is its file's JSON, as text (what Chrome's policy schema carries best) or as an object.
    if (typeof item === 'string') {
      const parsed = parseHousePack(item);
      if (parsed.ok) packs.push(parsed.pack);
      else problems.push(...parsed.problems.map((p) => `houseRules.${i}.${p.field}: ${p.reason}`));
      return;
    }
    const parsed = HousePackFileSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`houseRules.${i}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      return;
    }
    const { format: _format, formatVersion: _version, ...pack } = parsed.data;
    packs.push({ ...pack, enabled: true });
  });
  return { settings: settings as Partial<Settings>, packs, problems };
}

/** The background's copy of the policy, as the browser gave it (checked on every read). */
export const managedPolicyItem = storage.defineItem<unknown>('local:managedPolicy', { fallback: null });

/** The policy in force (from the background's copy): fast, never throws. */
export async function readManaged(): Promise<Managed> {
  try {
    return parseManaged(await managedPolicyItem.getValue());
  } catch {
    return NO_POLICY;
  }
}

/**
 * The background: read the policy from the browser (slow) and keep the copy in
 * step. No managed storage, or no policy for this extension, is no policy.
 */
export async function refreshManaged(): Promise<void> {
  const area = (browser.storage as { managed?: { get(): Promise<Record<string, unknown>> } }).managed;
  let policy: Record<string, unknown> = {};
  try {
    if (area) policy = await area.get();
  } catch {
    // Firefox rejects when no policy names the extension.
  }
  const copy = Object.keys(policy).length ? policy : null;
  try {
    if (JSON.stringify(await managedPolicyItem.getValue()) !== JSON.stringify(copy)) {
      await managedPolicyItem.setValue(copy);
    }
  } catch {
    // storage failing: the copy stays as it was, and is refreshed at the next start
  }
}

/** The settings in force: the user's, with the organisation's on top. */
export const withManaged = (settings: Settings, managed: Managed): Settings => ({ ...settings, ...managed.settings });

/** The packs in force: the organisation's (always on), then the user's that do not share their ids. */
export function packsWithManaged(own: readonly HousePack[], managed: Managed): HousePack[] {
  const ids = new Set(managed.packs.map((p) => p.id));
  return [...managed.packs, ...own.filter((p) => !ids.has(p.id))];
}
