/**
 * The latest report per tab and composer. Lives in the background; mirrored to
 * session storage (memory only, never disk) so a stopped service worker comes
 * back with it; a closed tab is forgotten.
 */
import type { ComposerReport, TabReports } from './messages';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'coach:reports';

export class ReportStore {
  private tabs = new Map<number, TabReports>();
  private restored: Promise<void>;

  constructor(private readonly area: SessionArea | undefined) {
    this.restored = this.restore();
  }

  private async restore(): Promise<void> {
    if (!this.area) return;
    try {
      const saved = (await this.area.get(KEY))[KEY];
      if (saved && typeof saved === 'object') {
        for (const [tab, reports] of Object.entries(saved as Record<string, TabReports>)) {
          if (reports && typeof reports === 'object' && reports.composers) this.tabs.set(Number(tab), reports);
        }
      }
    } catch {
      // Nothing to restore: start empty.
    }
  }

  private async persist(): Promise<void> {
    if (!this.area) return;
    await this.area.set({ [KEY]: Object.fromEntries(this.tabs) }).catch(() => {});
  }

  async put(tabId: number, entry: ComposerReport): Promise<void> {
    await this.restored;
    const tab = this.tabs.get(tabId) ?? { active: null, composers: {} };
    tab.composers[entry.composerId] = entry;
    tab.active = entry.composerId;
    this.tabs.set(tabId, tab);
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
    await this.persist();
    return true;
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.restored;
    if (this.tabs.delete(tabId)) await this.persist();
  }

  /** The composer the user wrote in last on that tab. */
  async active(tabId: number): Promise<ComposerReport | null> {
    await this.restored;
    const tab = this.tabs.get(tabId);
    return (tab?.active && tab.composers[tab.active]) || null;
  }
}
