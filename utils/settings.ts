/**
 * The user's settings: one WXT storage item in `storage.local`, read through
 * zod every time. A value that does not parse never crashes a page and never
 * silently resets everything: each field is checked on its own, a bad field
 * falls back to its default, the others are kept, and the unreadable value is
 * kept aside (`local:settingsRejected`) so nothing is lost.
 */
import { storage } from 'wxt/utils/storage';
import { t } from './i18n';
import { z } from './zod';
import { parseJsonFile, type FileProblem } from './file-problems';
import { SENSITIVITIES, type Platform, type Sensitivity } from '@/analyzers/kit/types';
import { SITE_ID_RE, SITES, type SiteRegistry } from '@/analyzers/kit/sites';

export const UI_LANGUAGES = ['browser', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A rule (`begging/like`) or a whole category (`begging`); house-rule packs add their own ids. */
const RuleId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+(\/[a-z0-9.-]+)?$/, 'expected a rule id like "begging/like" or a category like "begging"');
const RuleList = z.array(RuleId).max(1000);
export const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const Domain = z.string().regex(DOMAIN_RE, 'expected a domain like "atelier.fr"');

export interface Settings {
  /**
   * Where the coach runs, one switch per site. Switches of sites this version
   * does not know (one removed, or from a newer version) are kept as they are.
   */
  sites: Record<Platform, boolean>;
  /** Rules and categories turned off in the options page. */
  disabledRules: string[];
  /** Rules muted from a hint ("mute everywhere"); listed and undoable. */
  mutedRules: string[];
  sensitivity: Sensitivity;
  /** Language of the pages and of the tips; `browser` follows the browser's. */
  uiLanguage: UiLanguage;
  /** The panel's long form (norms, every why open, weak/strong examples) instead of the compact live one. */
  learningMode: boolean;
  /** Whether the user has said how the coach will be used; until then the panel asks. */
  modeChosen: boolean;
  /** The user's own sites: a post that only links there pushes traffic. */
  ownDomains: string[];
  /** Keep fingerprints of recent drafts to notice repeats and cross-posts (never the text). */
  rememberDrafts: boolean;
}

/** Every site on: the coach's default, and what a site added later starts as. */
const sitesDefault = (sites: SiteRegistry) => Object.fromEntries(sites.ids.map((id) => [id, true]));

/**
 * One switch per site, keyed by id rather than a fixed set of keys: settings
 * stored before a site was added get its default for it, and the switch of a
 * site that was removed stays stored, so nothing the user chose is lost.
 */
const sitesSchema = (sites: SiteRegistry) =>
  z
    .record(z.string().regex(SITE_ID_RE, 'expected a site id like "linkedin"'), z.boolean(), {
      error: (issue) => (issue.code === 'invalid_type' ? 'expected an object with one switch per site' : undefined),
    })
    .transform((stored) => ({ ...sitesDefault(sites), ...stored }) as Record<Platform, boolean>);

/** Each setting's own schema, for a set of sites (the product's, or a test's). */
export const settingsFields = (sites: SiteRegistry = SITES) => ({
  sites: sitesSchema(sites),
  disabledRules: RuleList,
  mutedRules: RuleList,
  sensitivity: z.enum(SENSITIVITIES),
  uiLanguage: z.enum(UI_LANGUAGES),
  learningMode: z.boolean(),
  modeChosen: z.boolean(),
  ownDomains: z.array(Domain).max(50),
  rememberDrafts: z.boolean(),
});

const FIELDS = settingsFields();

/** Each setting's own schema: repair, import and policy check field by field. */
export const SETTINGS_FIELDS = FIELDS;

/** Strict: an imported file with a misspelt field is refused, not half-applied. */
export const SettingsSchema = z.strictObject(FIELDS) satisfies z.ZodType<Settings>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  sites: Object.freeze(sitesDefault(SITES) as Record<Platform, boolean>),
  disabledRules: [],
  mutedRules: [],
  sensitivity: 'normal',
  uiLanguage: 'browser',
  // Compact until the user says otherwise: the first-run question picks the mode.
  learningMode: false,
  modeChosen: false,
  ownDomains: [],
  rememberDrafts: true,
}) as Settings;

export const SETTINGS_VERSION = 1;

/**
 * The stored item. `migrations` maps a version to the function that brings the
 * previous version's value to it, for a change of shape. Adding or removing a
 * site is not one: `sites` is keyed by site id and `repairSettings` gives a new
 * site its default, so the version stays 1. Every read goes through `readSettings`.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

/** Where an unreadable stored value is kept, with what was wrong with it; read through `readRejectedSettings`. */
export const rejectedSettingsItem = storage.defineItem<unknown>('local:settingsRejected', {
  fallback: null,
});

export interface RejectedSettings {
  /** When it was set aside; null when what is stored there is itself unreadable. */
  at: number | null;
  problems: string[];
  value: unknown;
}

const RejectedSettingsSchema = z.object({ at: z.number(), problems: z.array(z.string()), value: z.unknown() });

/**
 * What is kept aside, validated like everything read from storage. A value in
 * another shape (damaged too) is still shown and kept as it is, never dropped.
 */
export function asRejectedSettings(raw: unknown): RejectedSettings | null {
  if (raw === null || raw === undefined) return null;
  const parsed = RejectedSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data as RejectedSettings;
  return { at: null, problems: ['settingsRejected: not in the shape the coach keeps, shown as stored'], value: raw };
}

export async function readRejectedSettings(): Promise<RejectedSettings | null> {
  return asRejectedSettings(await rejectedSettingsItem.getValue().catch(() => null));
}

export interface SettingsRead {
  settings: Settings;
  /** What was wrong with the stored value, field by field; empty when it was fine. */
  problems: string[];
  /** Why the unreadable value could not be kept aside (storage failing); null when it was, or nothing was wrong. */
  notKept: string | null;
}

/**
 * Stored settings written before a field existed: what that field means for
 * someone already using the coach. Existing users keep the mode they had and
 * are not asked how they use it.
 */
const BEFORE_FIELD: Partial<Settings> = { modeChosen: true };

const describe = (issue: z.core.$ZodIssue, prefix: string) =>
  `${[prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${issue.message}`;

/** Keep every field that parses (each site's switch on its own), default the others, and say which and why. */
export function repairSettings(raw: unknown, sites: SiteRegistry = SITES): SettingsRead {
  const fields = sites === SITES ? FIELDS : settingsFields(sites);
  const defaults = () => ({ ...cloneDefaults(), sites: sitesDefault(sites) as Record<Platform, boolean> });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      settings: defaults(),
      problems: raw === undefined || raw === null ? [] : [`(root): expected an object, got ${typeOf(raw)}`],
      notKept: null,
    };
  }
  const value = raw as Record<string, unknown>;
  const settings = defaults() as unknown as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(fields)) {
    if (!(key in value)) {
      // A field added later: nothing wrong, its default (or what it means for an existing user).
      if (key in BEFORE_FIELD) settings[key] = BEFORE_FIELD[key as keyof Settings];
      continue;
    }
    const parsed = (schema as z.ZodType).safeParse(value[key]);
    if (parsed.success) settings[key] = parsed.data;
    else if (key === 'sites') settings.sites = repairSites(value.sites, sites, problems);
    else problems.push(...parsed.error.issues.slice(0, 3).map((issue) => describe(issue, key)));
  }
  for (const key of Object.keys(value)) {
    if (!(key in fields)) problems.push(`${key}: unknown setting, ignored`);
  }
  return { settings: settings as unknown as Settings, problems, notKept: null };
}

/** A damaged `sites`: each switch that parses is kept, the others get their default. */
function repairSites(raw: unknown, sites: SiteRegistry, problems: string[]): Record<string, boolean> {
  const repaired: Record<string, boolean> = sitesDefault(sites);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`sites: expected an object, got ${typeOf(raw)}`);
    return repaired;
  }
  for (const [id, on] of Object.entries(raw)) {
    if (!SITE_ID_RE.test(id)) problems.push(`sites.${id}: not a site id, ignored`);
    else if (typeof on !== 'boolean') problems.push(`sites.${id}: expected a boolean, got ${typeOf(on)}`);
    else repaired[id] = on;
  }
  return repaired;
}

function cloneDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}

/** The settings as stored, repaired if need be; a bad value is kept aside once, never thrown. */
export async function readSettings(sites: SiteRegistry = SITES): Promise<SettingsRead> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    return { settings: cloneDefaults(), problems: [`(storage): ${String(error)}`], notKept: String(error) };
  }
  const read = repairSettings(raw, sites);
  if (read.problems.length > 0) read.notKept = await keepAside(raw, read.problems);
  return read;
}

/** Null once the value is kept aside; otherwise why it could not be (the notice says so). */
async function keepAside(value: unknown, problems: string[]): Promise<string | null> {
  try {
    const previous = asRejectedSettings(await rejectedSettingsItem.getValue());
    if (previous && JSON.stringify(previous.value) === JSON.stringify(value)) return null;
    // Another damaged value already kept aside is not overwritten: it waits until the user discards it.
    if (previous) return t('keptAsideBusy');
    await rejectedSettingsItem.setValue({ at: Date.now(), problems, value });
    return null;
  } catch (error) {
    // Storage itself is failing: the defaults still apply, and the notice says the value was not kept.
    return error instanceof Error ? error.message : String(error);
  }
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(SettingsSchema.parse(settings));
}

// ---- Export and import -------------------------------------------------------

export const SETTINGS_FILE_FORMAT = 'post-coach-settings';
/** No settings file is anywhere near this; a bigger one is a wrong file. */
export const MAX_SETTINGS_FILE = 1_000_000;

/** A file may hold only some settings (or come from a version with fewer): the rest keep their defaults. */
const SettingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.number().int().min(1).max(SETTINGS_VERSION),
  settings: SettingsSchema.partial(),
});

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

/** Why a settings file was refused. */
export type ImportProblem = FileProblem;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: ImportProblem[] };

/** Parse and validate a settings file; nothing is stored here, so a bad file changes nothing. */
export function parseSettingsFile(text: string): ImportResult {
  const file = parseJsonFile(text, MAX_SETTINGS_FILE, SettingsFileSchema);
  if (!file.ok) return file;
  return { ok: true, settings: { ...cloneDefaults(), ...file.value.settings } as Settings };
}
