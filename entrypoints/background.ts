import { ContentMessageSchema, PageMessageSchema } from '@/utils/message-schemas';
import type { BroadcastMessage, ContentSettings, PanelState } from '@/utils/messages';
import { ReportStore, type SessionArea } from '@/utils/report-store';
import { offRules, readSettings, writeSettings } from '@/utils/settings';
import { draftKey, forgetTabNotes, updateNotes } from '@/utils/draft-notes';
import { readPacks } from '@/utils/house-rules';
import { RememberLimit, RepetitionCheck, rememberText } from '@/utils/draft-history';
import { uiLanguageOf } from '@/utils/i18n';
import { openPanelFromPage } from '@/utils/side-panel';
import { packsWithManaged, readManaged, refreshManaged, withManaged } from '@/utils/managed';

const MANAGED_READ_DELAY_MS = 2_000;

export default defineBackground(() => {
  const session = (browser.storage as { session?: SessionArea }).session;
  const store = new ReportStore(session);
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const warned = new Set<string>();
  // The organisation's policy, copied where every context reads it at once (see utils/managed.ts).
  // Read a moment after start: Chromium holds the extension's other storage calls while its policy
  // service loads, and a worker woken by a message must answer that message first.
  setTimeout(() => void refreshManaged(), MANAGED_READ_DELAY_MS);
  const rememberLimit = new RememberLimit();
  /** Reports and clears are applied in the order they came, though a report may wait for the history. */
  let reports: Promise<unknown> = Promise.resolve();
  const inOrder = (work: () => Promise<unknown>) => {
    reports = reports.then(work).catch((error: unknown) => ignore(`could not keep a report: ${String(error)}`));
  };
  /** The settings in force: the organisation's policy wins over the user's own choices. */
  const settingsInForce = async () => {
    const [{ settings }, managed] = await Promise.all([readSettings(), readManaged()]);
    return withManaged(settings, managed);
  };
  const repetition = new RepetitionCheck(async () => {
    const settings = await settingsInForce();
    return {
      rememberDrafts: settings.rememberDrafts,
      off: offRules(settings),
      sensitivity: settings.sensitivity,
      messageLang: uiLanguageOf(settings.uiLanguage),
    };
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshManaged();
    if (area !== 'local') return;
    if ('settings' in changes || 'managedPolicy' in changes) repetition.invalidate('settings');
    if ('draftHistory' in changes || 'fingerprintKey' in changes) repetition.invalidate('history');
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
    // Composer ids restart in every frame of a tab: the frame id keeps them apart.
    const inFrame = (composerId: string) => `${sender.frameId ?? 0}/${composerId}`;
    if (message.type === 'coach/report') {
      const entry = { ...message.entry, composerId: inFrame(message.entry.composerId) };
      inOrder(async () => {
        // No history to compare with (storage failing): the report as it came.
        const report = await repetition.apply(entry.report, entry.text).catch(() => entry.report);
        await store.put(tabId, { ...entry, report });
        broadcast(tabId);
      });
    } else if (message.type === 'coach/clear') {
      const composerId = inFrame(message.composerId);
      inOrder(async () => (await store.clear(tabId, composerId)) && broadcast(tabId));
    } else if (message.type === 'coach/settings') {
      void Promise.all([readSettings(), readPacks(), readManaged()]).then(
        ([{ settings: own }, { packs: ownPacks }, managed]) => {
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
          } satisfies ContentSettings);
        },
      );
      return true;
    } else if (message.type === 'coach/remember') {
      const { text, platform } = message;
      void settingsInForce()
        .then((settings) => (settings.rememberDrafts ? rememberText(text, platform, rememberLimit) : ('off' as const)))
        .then((result) => result === 'rate-limited' && ignore('drafts remembered too fast: rate-limited'))
        .catch((error: unknown) => ignore(`could not remember a draft: ${String(error)}`));
    } else if (message.type === 'coach/dismiss') {
      // Where the side panel keeps its own dismissals for this draft: it hides the hint too.
      const key = draftKey(tabId, inFrame(message.composerId));
      updateNotes(key, (n) => ({
        ...n,
        dismissed: [...n.dismissed.filter((d) => d !== message.key), message.key].slice(-500),
      })).catch((error: unknown) => ignore(`could not dismiss a hint: ${String(error)}`));
    } else if (message.type === 'coach/mute') {
      void muteRule(message.rule).catch((error: unknown) => ignore(`could not mute a rule: ${String(error)}`));
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

/** The card's Mute, saved as the panel's is: into the user's own settings, unless the organisation sets the muted rules. */
async function muteRule(rule: string): Promise<void> {
  const [{ settings }, managed] = await Promise.all([readSettings(), readManaged()]);
  if (managed.settings.mutedRules !== undefined || settings.mutedRules.includes(rule)) return;
  await writeSettings({ ...settings, mutedRules: [...settings.mutedRules, rule] });
}
