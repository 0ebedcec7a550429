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

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** What was wrong with the stored value (shown as a notice); empty when fine. */
  problems: string[];
  /** The unreadable value kept aside, if any. */
  rejected: RejectedSettings | null;
  /** A write that failed (storage full, extension reloading): shown, never swallowed. */
  writeError: string | null;
  /** The rule muted last from this page, while it can be undone in one click. */
  justMuted: string | null;
  /** The team's house-rule packs, enabled or not. */
  packs: HousePack[];
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
    const save = async (settings: Settings) => {
      set({ settings, writeError: null });
      try {
        await writeSettings(settings);
        set({ problems: [] });
      } catch (error) {
        set({ writeError: error instanceof Error ? error.message : String(error) });
      }
    };
    const savePacks = async (packs: HousePack[]) => {
      const previous = get().packs;
      set({ packs, writeError: null });
      try {
        await writePacks(packs);
      } catch (error) {
        set({ packs: previous, writeError: error instanceof Error ? error.message : String(error) });
      }
    };
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      loaded: false,
      problems: [],
      rejected: null,
      writeError: null,
      justMuted: null,
      packs: [],
      addPack: (pack) => savePacks(withPack(get().packs, pack)),
      setPackEnabled: (id, enabled) => savePacks(get().packs.map((p) => (p.id === id ? { ...p, enabled } : p))),
      removePack: (id) => savePacks(get().packs.filter((p) => p.id !== id)),
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
    const [{ settings, problems }, packs] = await Promise.all([readSettings(), readPacks()]);
    const rejected = await rejectedSettingsItem.getValue().catch(() => null);
    store.setState({
      settings,
      problems: [...problems, ...packs.problems],
      rejected,
      packs: packs.packs,
      loaded: true,
    });
  };
  void hydrate();
  settingsItem.watch(() => void hydrate());
  houseRulesItem.watch(() => void hydrate());
  rejectedSettingsItem.watch((rejected) => store.setState({ rejected }));
  return store;
}
