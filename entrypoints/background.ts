import type { Browser } from 'wxt/browser';
import { ContentMessageSchema, PageMessageSchema } from '@/utils/message-schemas';
import type { ContentMessage, ContentSettings, PanelMessage } from '@/utils/messages';
import { ReportStore, type SessionArea } from '@/utils/report-store';
import { readSettings, writeSettings } from '@/utils/settings';
import { analysisOptions } from '@/utils/analysis-options';
import { draftKey, forgetTabNotes, updateNotes } from '@/utils/draft-notes';
import { readPacks } from '@/utils/house-rules';
import { RememberLimit, RepetitionCheck, rememberText } from '@/utils/draft-history';
import { uiLanguageOf } from '@/utils/i18n';
import { openPanelFromPage } from '@/utils/side-panel';
import { packsWithManaged, readManaged, refreshManaged, withManaged } from '@/utils/managed';

const MANAGED_READ_DELAY_MS = 2_000;
/** Distinct reasons said in the console; past this, a flood of odd messages is not kept in memory. */
const MAX_REASONS = 100;

type Sender = Browser.runtime.MessageSender;
/** What a content message needs of its sender: the tab and frame it came from. */
type From = { tabId: number; windowId: number | undefined; inFrame: (composerId: string) => string };
/** A handler returns true when it answers later (`sendResponse` after an await). */
type Handlers = {
  [T in ContentMessage['type']]: (
    message: Extract<ContentMessage, { type: T }>,
    from: From,
    sendResponse: (answer: unknown) => void,
  ) => boolean;
};

export default defineBackground(() => {
  const session = (browser.storage as { session?: SessionArea }).session;
  /** Every open side panel and popup hears each change with the state in it: nobody asks again. */
  const push = (tabId: number, entry: PanelMessage['entry']) => {
    browser.runtime.sendMessage({ type: 'panel/report', tabId, entry } satisfies PanelMessage).catch(() => {
      // No side panel or popup open: nobody to tell.
    });
  };
  const store = new ReportStore(session, push);
  /** `chrome-extension://<id>/`: where the extension's own pages live. */
  const extensionPages = browser.runtime.getURL('/');
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
      options: analysisOptions(settings, { messageLang: uiLanguageOf(settings.uiLanguage) }),
    };
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshManaged();
    if (area !== 'local') return;
    if ('settings' in changes || 'managedPolicy' in changes) repetition.invalidate('settings');
    if ('draftHistory' in changes || 'fingerprintKey' in changes) repetition.invalidate('history');
  });

  /** Anything unknown, malformed or from an unexpected sender is dropped, and said once in the console. */
  const ignore = (why: string) => {
    if (warned.has(why)) return;
    if (warned.size < MAX_REASONS) warned.add(why);
    console.warn(`[post-coach] ignored a message: ${why}`);
  };

  const content: Handlers = {
    'coach/report': ({ entry: sent }, { tabId, inFrame }) => {
      const entry = { ...sent, composerId: inFrame(sent.composerId) };
      inOrder(async () => {
        // No history to compare with (storage failing): the report as it came.
        const report = await repetition.apply(entry.report, entry.text).catch(() => entry.report);
        await store.put(tabId, { ...entry, report });
      });
      return false;
    },
    'coach/clear': ({ composerId }, { tabId, inFrame }) => {
      inOrder(() => store.clear(tabId, inFrame(composerId)));
      return false;
    },
    'coach/settings': (_message, _from, sendResponse) => {
      void Promise.all([readSettings(), readPacks(), readManaged()]).then(
        ([{ settings: own }, { packs: ownPacks }, managed]) => {
          // The organisation's policy wins over the user's own choices.
          const settings = withManaged(own, managed);
          const packs = packsWithManaged(ownPacks, managed);
          sendResponse({
            type: 'coach/settings',
            sites: settings.sites,
            options: analysisOptions(settings, { messageLang: uiLanguageOf(settings.uiLanguage), packs }),
          } satisfies ContentSettings);
        },
      );
      return true;
    },
    'coach/remember': ({ text, platform }) => {
      void settingsInForce()
        .then((settings) => (settings.rememberDrafts ? rememberText(text, platform, rememberLimit) : ('off' as const)))
        .then((result) => result === 'rate-limited' && ignore('drafts remembered too fast: rate-limited'))
        .catch((error: unknown) => ignore(`could not remember a draft: ${String(error)}`));
      return false;
    },
    'coach/dismiss': ({ composerId, key }, { tabId, inFrame }) => {
      // Where the side panel keeps its own dismissals for this draft: it hides the hint too.
      updateNotes(draftKey(tabId, inFrame(composerId)), (n) => ({
        ...n,
        dismissed: [...n.dismissed.filter((d) => d !== key), key].slice(-500),
      })).catch((error: unknown) => ignore(`could not dismiss a hint: ${String(error)}`));
      return false;
    },
    'coach/mute': ({ rule }) => {
      void muteRule(rule).catch((error: unknown) => ignore(`could not mute a rule: ${String(error)}`));
      return false;
    },
    'coach/open-panel': (_message, { tabId, windowId }) => {
      openPanelFromPage(tabId, windowId).catch((error: unknown) =>
        ignore(`could not open the side panel: ${String(error)}`),
      );
      return false;
    },
  };

  /** The type a message claims, short enough to say in the console. */
  const typeOf = (raw: unknown) => {
    const type = (raw as { type?: unknown } | null)?.type;
    return typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : `no type (${typeof type})`;
  };

  /** Extension pages (side panel, popup, even when opened as a tab) ask for a tab's state. */
  const fromPage = (raw: unknown, sendResponse: (answer: unknown) => void): boolean => {
    // The only question a page asks; anything else is not for the background.
    if ((raw as { type?: unknown } | null)?.type !== 'panel/get') {
      ignore(`unknown page message: ${typeOf(raw)}`);
      return false;
    }
    const parsed = PageMessageSchema.safeParse(raw);
    if (!parsed.success) {
      ignore('malformed page message');
      return false;
    }
    const { tabId } = parsed.data;
    void store
      .active(tabId)
      .then((entry) => sendResponse({ type: 'panel/report', tabId, entry } satisfies PanelMessage));
    return true;
  };

  const fromContent = (raw: unknown, sender: Sender, sendResponse: (answer: unknown) => void): boolean => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) {
      ignore('from an unexpected sender (neither an extension page nor a tab)');
      return false;
    }
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(content, type)) {
      ignore(`unknown content message: ${typeOf(raw)}`);
      return false;
    }
    const parsed = ContentMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      ignore(`malformed ${type}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`);
      return false;
    }
    const message = parsed.data;
    const from: From = {
      tabId,
      windowId: sender.tab?.windowId,
      // Composer ids restart in every frame of a tab: the frame id keeps them apart.
      inFrame: (composerId) => `${sender.frameId ?? 0}/${composerId}`,
    };
    return (content[message.type] as (m: ContentMessage, f: From, r: (a: unknown) => void) => boolean)(
      message,
      from,
      sendResponse,
    );
  };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) {
      ignore('from another extension');
      return false;
    }
    if (sender.url?.startsWith(extensionPages)) return fromPage(raw, sendResponse);
    return fromContent(raw, sender, sendResponse);
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
