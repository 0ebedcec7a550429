import { ContentMessageSchema, PageMessageSchema } from '@/utils/message-schemas';
import type { BroadcastMessage, ContentSettings, PanelState } from '@/utils/messages';
import { ReportStore, type SessionArea } from '@/utils/report-store';
import { offRules, readSettings } from '@/utils/settings';
import { forgetTabNotes } from '@/utils/draft-notes';
import { readPacks } from '@/utils/house-rules';
import { readHistory, rememberDraft } from '@/utils/draft-history';
import { packsWithManaged, readManaged, refreshManaged, withManaged } from '@/utils/managed';

const MANAGED_READ_DELAY_MS = 2_000;
import { openPanelFromPage } from '@/utils/side-panel';

export default defineBackground(() => {
  const session = (browser.storage as { session?: SessionArea }).session;
  const store = new ReportStore(session);
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const warned = new Set<string>();
  // The organisation's policy, copied where every context reads it at once (see utils/managed.ts).
  // Read a moment after start: Chromium holds the extension's other storage calls while its policy
  // service loads, and a worker woken by a message must answer that message first.
  setTimeout(() => void refreshManaged(), MANAGED_READ_DELAY_MS);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshManaged();
  });

  /** Anything malformed or from an unexpected sender is dropped, and said once in the console. */
  const ignore = (why: string) => {
    if (warned.has(why)) return;
    warned.add(why);
    console.warn(`[post-coach] ignored a message: ${why}`);
  };

  const broadcast = (tabId: number) => {
    const message: BroadcastMessage = { type: 'panel/changed', tabId };
    browser.runtime.sendMessage(message).catch(() => {
      // No side panel or popup open: nobody to tell.
    });
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) {
      ignore('from another extension');
      return false;
    }
    // Extension pages (side panel, popup, even when opened as a tab) ask; content scripts report.
    if (sender.url?.startsWith(extensionOrigin)) {
      const parsed = PageMessageSchema.safeParse(raw);
      if (!parsed.success) {
        // Pages also hear the background's own broadcasts: those are not for it.
        if ((raw as { type?: unknown } | null)?.type !== 'panel/changed') ignore('malformed page message');
        return false;
      }
      const { tabId } = parsed.data;
      void store.active(tabId).then((entry) => sendResponse({ tabId, entry } satisfies PanelState));
      return true;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) {
      ignore('from an unexpected sender');
      return false;
    }
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      ignore(`malformed content message: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`);
      return false;
    }
    const message = parsed.data;
    if (message.type === 'coach/report') void store.put(tabId, message.entry).then(() => broadcast(tabId));
    else if (message.type === 'coach/clear') {
      void store.clear(tabId, message.composerId).then((changed) => changed && broadcast(tabId));
    } else if (message.type === 'coach/settings') {
      void Promise.all([readSettings(), readPacks(), readHistory(), readManaged()]).then(
        ([{ settings: own }, { packs: ownPacks }, history, managed]) => {
          // The organisation's policy wins over the user's own choices.
          const settings = withManaged(own, managed);
          const packs = packsWithManaged(ownPacks, managed);
          sendResponse({
            sites: settings.sites,
            off: offRules(settings),
            sensitivity: settings.sensitivity,
            uiLanguage: settings.uiLanguage,
            houseRules: packs.filter((p) => p.enabled),
            ownDomains: settings.ownDomains,
            history: settings.rememberDrafts ? history : [],
          } satisfies ContentSettings);
        },
      );
      return true;
    } else if (message.type === 'coach/remember') {
      const { signature, platform } = message;
      void Promise.all([readSettings(), readManaged()]).then(([{ settings }, managed]) =>
        withManaged(settings, managed).rememberDrafts
          ? rememberDraft({ signature, platform, at: Date.now() })
          : undefined,
      );
    } else {
      openPanelFromPage(tabId, sender.tab?.windowId).catch((error: unknown) =>
        ignore(`could not open the side panel: ${String(error)}`),
      );
    }
    return false;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void store.forgetTab(tabId);
    void forgetTabNotes(tabId);
  });
});
