/**
 * One zustand store per extension page for the settings: hydrated from
 * storage, written back on every change, and kept in sync when another page
 * (options, side panel, popup) changes them.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_SETTINGS,
  readSettings,
  rejectedSettingsItem,
  settingsItem,
  writeSettings,
  type RejectedSettings,
  type Settings,
} from './settings';
import { houseRulesItem, readPacks, withPack, writePacks } from './house-rules';
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
  /** Add a checked pack (or replace the one with its id). */
  addPack(pack: HousePack): Promise<void>;
  setPackEnabled(id: string, enabled: boolean): Promise<void>;
  removePack(id: string): Promise<void>;
  update(patch: Partial<Settings>): Promise<void>;
  mute(rule: string): Promise<void>;
  unmute(rule: string): Promise<void>;
  reset(): Promise<void>;
  forgetRejected(): Promise<void>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(): SettingsStore {
  const store = createStore<SettingsState>()((set, get) => {
    const save = async (wanted: Settings) => {
      // What the policy sets stays the user's own underneath: it is not theirs to change, nor to lose.
      const locked = get().managed.settings;
      const own = { ...wanted } as Record<string, unknown>;
      for (const key of Object.keys(locked)) own[key] = (get().own as unknown as Record<string, unknown>)[key];
      const settings = own as unknown as Settings;
      set({ own: settings, settings: withManaged(settings, get().managed), writeError: null });
      try {
        await writeSettings(settings);
        set({ problems: [] });
      } catch (error) {
        set({ writeError: error instanceof Error ? error.message : String(error) });
      }
    };
    const savePacks = async (wanted: HousePack[]) => {
      const { ownPacks: previous, managed } = get();
      const managedIds = new Set(managed.packs.map((p) => p.id));
      const ownPacks = wanted.filter((p) => !managedIds.has(p.id));
      set({ ownPacks, packs: packsWithManaged(ownPacks, managed), writeError: null });
      try {
        await writePacks(ownPacks);
      } catch (error) {
        set({
          ownPacks: previous,
          packs: packsWithManaged(previous, managed),
          writeError: error instanceof Error ? error.message : String(error),
        });
      }
    };
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      own: structuredClone(DEFAULT_SETTINGS),
      managed: NO_POLICY,
      ownPacks: [],
      loaded: false,
      problems: [],
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
          ? Promise.resolve()
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
    const [{ settings, problems }, packs, managed] = await Promise.all([readSettings(), readPacks(), readManaged()]);
    const rejected = await rejectedSettingsItem.getValue().catch(() => null);
    store.setState({
      settings: withManaged(settings, managed),
      own: settings,
      managed,
      problems: [...problems, ...packs.problems, ...managed.problems.map((p) => `(policy) ${p}`)],
      rejected,
      packs: packsWithManaged(packs.packs, managed),
      ownPacks: packs.packs,
      loaded: true,
    });
  };
  void hydrate();
  settingsItem.watch(() => void hydrate());
  houseRulesItem.watch(() => void hydrate());
  rejectedSettingsItem.watch((rejected) => store.setState({ rejected }));
  managedPolicyItem.watch(() => void hydrate());
  return store;
}
