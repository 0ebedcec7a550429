/**
 * The latest report per tab and composer. Lives in the background; mirrored to
 * session storage (memory only, never disk) so a stopped service worker comes
 * back with it; a closed tab is forgotten.
 */
import type { ComposerReport, TabReports } from './messages';
import { ComposerReportSchema } from './message-schemas';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'coach:reports';

export class ReportStore {
  private tabs = new Map<number, TabReports>();
  private restored: Promise<void>;
  /** The write in flight, if any; `dirty` asks it for one more round. */
  private writing: Promise<void> | null = null;
  private dirty = false;

  /** `changed`: told a tab's active report as soon as it changes in memory, before it is saved. */
  constructor(
    private readonly area: SessionArea | undefined,
    private readonly changed: (tabId: number, active: ComposerReport | null) => void = () => {},
  ) {
    this.restored = this.restore();
  }

  /** Saved reports come back entry by entry: a corrupted one is dropped (and said), not the rest. */
  private async restore(): Promise<void> {
    if (!this.area) return;
    let saved: unknown;
    try {
      saved = (await this.area.get(KEY))[KEY];
    } catch {
      return; // nothing to restore: start empty
    }
    if (!saved || typeof saved !== 'object') return;
    let dropped = 0;
    for (const [tab, reports] of Object.entries(saved as Record<string, Partial<TabReports> | null>)) {
      const tabId = Number(tab);
      const composers: Record<string, ComposerReport> = {};
      for (const [id, entry] of Object.entries(reports?.composers ?? {})) {
        const parsed = ComposerReportSchema.safeParse(entry);
        if (parsed.success && parsed.data.composerId === id) composers[id] = parsed.data;
        else dropped++;
      }
      const latest = Object.values(composers).sort((a, b) => b.at - a.at)[0];
      if (!Number.isInteger(tabId) || !latest) continue;
      const active =
        typeof reports?.active === 'string' && composers[reports.active] ? reports.active : latest.composerId;
      this.tabs.set(tabId, { active, composers });
    }
    if (dropped > 0) console.warn(`[post-coach] dropped ${dropped} unreadable saved report(s)`);
  }

  /**
   * Typing reports every frame: writes coalesce, one in flight and at most one
   * more after it, which saves the latest state. Resolves once that is saved.
   */
  private persist(): Promise<void> {
    const area = this.area;
    if (!area) return Promise.resolve();
    this.dirty = true;
    this.writing ??= (async () => {
      while (this.dirty) {
        this.dirty = false;
        await area.set({ [KEY]: Object.fromEntries(this.tabs) }).catch((error: unknown) => {
          // Memory still has every report; only a restart of the worker would lose them. Said, not hidden.
          console.warn(`[post-coach] could not save the reports to session storage: ${String(error)}`);
        });
      }
      this.writing = null;
    })();
    return this.writing;
  }

  async put(tabId: number, entry: ComposerReport): Promise<void> {
    await this.restored;
    const tab = this.tabs.get(tabId) ?? { active: null, composers: {} };
    tab.composers[entry.composerId] = entry;
    tab.active = entry.composerId;
    this.tabs.set(tabId, tab);
    this.changed(tabId, entry);
    await this.persist();
  }

  async clear(tabId: number, composerId: string): Promise<boolean> {
    await this.restored;
    const tab = this.tabs.get(tabId);
    if (!tab?.composers[composerId]) return false;
    delete tab.composers[composerId];
    if (tab.active === composerId) {
      const latest = Object.values(tab.composers).sort((a, b) => b.at - a.at)[0];
      tab.active = latest?.composerId ?? null;
    }
    if (!tab.active) this.tabs.delete(tabId);
    this.changed(tabId, (tab.active && tab.composers[tab.active]) || null);
    await this.persist();
    return true;
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.restored;
    if (!this.tabs.delete(tabId)) return;
    this.changed(tabId, null);
    await this.persist();
  }

  /** The composer the user wrote in last on that tab. */
  async active(tabId: number): Promise<ComposerReport | null> {
    await this.restored;
    const tab = this.tabs.get(tabId);
    return (tab?.active && tab.composers[tab.active]) || null;
  }
}
