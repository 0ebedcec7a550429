/**
 * One zustand store per extension page for the settings: hydrated from
 * storage, written back on every change, and kept in sync when another page
 * (options, side panel, popup) changes them.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  asRejectedSettings,
  DEFAULT_SETTINGS,
  readRejectedSettings,
  readSettings,
  rejectedSettingsItem,
  settingsItem,
  writeSettings,
  type RejectedSettings,
  type Settings,
} from './settings';
import { houseRulesItem, PackLimitError, readPacks, rejectedPacksItem, withPack, writePacks } from './house-rules';
import { t } from './i18n';
import type { HousePack } from '@/analyzers/house-rules/types';
import { managedPolicyItem, NO_POLICY, packsWithManaged, readManaged, withManaged, type Managed } from './managed';

export interface SettingsState {
  /** The settings in force: the user's, with the organisation's policy on top. */
  settings: Settings;
  /** The user's own settings, as stored (a policy never overwrites them). */
  own: Settings;
  /** What the organisation sets (locked in the options page). */
  managed: Managed;
  loaded: boolean;
  /** What was wrong with the stored value (shown as a notice); empty when fine. */
  problems: string[];
  /** Why an unreadable value could not be kept aside; null when it was (or nothing was wrong). */
  notKept: string | null;
  /** The unreadable value kept aside, if any. */
  rejected: RejectedSettings | null;
  /** A write that failed (storage full, extension reloading): shown, never swallowed. */
  writeError: string | null;
  /** The rule muted last from this page, while it can be undone in one click. */
  justMuted: string | null;
  /** The team's house-rule packs, enabled or not: the organisation's first, then the user's. */
  packs: HousePack[];
  /** The user's own packs, as stored. */
  ownPacks: HousePack[];
  /** Add a checked pack (or replace the one with its id). Every change says whether it was saved. */
  addPack(pack: HousePack): Promise<Saved>;
  setPackEnabled(id: string, enabled: boolean): Promise<Saved>;
  removePack(id: string): Promise<Saved>;
  update(patch: Partial<Settings>): Promise<Saved>;
  mute(rule: string): Promise<Saved>;
  unmute(rule: string): Promise<Saved>;
  reset(): Promise<Saved>;
  forgetRejected(): Promise<void>;
}

/** A store's answer: saved, or why not (also shown in the page's notice). */
export type Saved = { ok: true } | { ok: false; error: string };

export type SettingsStore = StoreApi<SettingsState>;

const messageOf = (error: unknown) => {
  if (error instanceof PackLimitError) {
    return error.limit === 'count'
      ? t('packsTooMany', String(error.max))
      : t('packsTooBig', String(Math.ceil(error.size / 1000)), String(error.max / 1000));
  }
  return error instanceof Error ? error.message : String(error);
};

export function createSettingsStore(): SettingsStore {
  const store = createStore<SettingsState>()((set, get) => {
    const save = async (wanted: Settings): Promise<Saved> => {
      const { own: previousOwn, settings: previous, managed } = get();
      // What the policy sets stays the user's own underneath: it is not theirs to change, nor to lose.
      const own = { ...wanted } as Record<string, unknown>;
      for (const key of Object.keys(managed.settings))
        own[key] = (previousOwn as unknown as Record<string, unknown>)[key];
      const settings = own as unknown as Settings;
      set({ own: settings, settings: withManaged(settings, managed), writeError: null });
      try {
        await writeSettings(settings);
        set({ problems: [], notKept: null });
        return { ok: true };
      } catch (error) {
        // What the page shows goes back to what is stored: it never shows a change that was not saved.
        const message = messageOf(error);
        set({ own: previousOwn, settings: previous, writeError: message });
        return { ok: false, error: message };
      }
    };
    const savePacks = async (wanted: HousePack[]): Promise<Saved> => {
      const { ownPacks: previous, managed } = get();
      const managedIds = new Set(managed.packs.map((p) => p.id));
      const ownPacks = wanted.filter((p) => !managedIds.has(p.id));
      set({ ownPacks, packs: packsWithManaged(ownPacks, managed), writeError: null });
      try {
        await writePacks(ownPacks);
        return { ok: true };
      } catch (error) {
        const message = messageOf(error);
        set({ ownPacks: previous, packs: packsWithManaged(previous, managed), writeError: message });
        return { ok: false, error: message };
      }
    };
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      own: structuredClone(DEFAULT_SETTINGS),
      managed: NO_POLICY,
      ownPacks: [],
      loaded: false,
      problems: [],
      notKept: null,
      rejected: null,
      writeError: null,
      justMuted: null,
      packs: [],
      addPack: (pack) => savePacks(withPack(get().ownPacks, pack)),
      setPackEnabled: (id, enabled) => savePacks(get().ownPacks.map((p) => (p.id === id ? { ...p, enabled } : p))),
      removePack: (id) => savePacks(get().ownPacks.filter((p) => p.id !== id)),
      update: (patch) => save({ ...get().settings, ...patch }),
      mute: (rule) => {
        const { mutedRules } = get().settings;
        set({ justMuted: rule });
        return mutedRules.includes(rule)
          ? Promise.resolve({ ok: true } as const)
          : save({ ...get().settings, mutedRules: [...mutedRules, rule] });
      },
      unmute: (rule) => {
        if (get().justMuted === rule) set({ justMuted: null });
        return save({ ...get().settings, mutedRules: get().settings.mutedRules.filter((r) => r !== rule) });
      },
      reset: () => save(structuredClone(DEFAULT_SETTINGS)),
      forgetRejected: async () => {
        set({ rejected: null });
        await rejectedSettingsItem.removeValue().catch(() => {});
      },
    };
  });

  const hydrate = async () => {
    const [read, packs, managed] = await Promise.all([readSettings(), readPacks(), readManaged()]);
    const rejected = await readRejectedSettings().catch(() => null);
    store.setState({
      settings: withManaged(read.settings, managed),
      own: read.settings,
      managed,
      problems: [...read.problems, ...packs.problems, ...managed.problems.map((p) => `(policy) ${p}`)],
      notKept: read.notKept ?? packs.notKept,
      rejected,
      packs: packsWithManaged(packs.packs, managed),
      ownPacks: packs.packs,
      loaded: true,
    });
  };
  void hydrate();
  settingsItem.watch(() => void hydrate());
  houseRulesItem.watch(() => void hydrate());
  rejectedPacksItem.watch(() => void hydrate());
  rejectedSettingsItem.watch((rejected) => store.setState({ rejected: asRejectedSettings(rejected) }));
  managedPolicyItem.watch(() => void hydrate());
  return store;
}
