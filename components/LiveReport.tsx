import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PanelStateSchema } from '@/utils/panel-state';
import { BroadcastMessageSchema } from '@/utils/message-schemas';
import { draftKey } from '@/utils/draft-notes';
import type { ComposerReport } from '@/utils/messages';
import { t, uiLanguageOf } from '@/utils/i18n';
import { SITES } from '@/analyzers/kit/sites';
import { ReportView } from './ReportView';
import { useSettings } from './settings-context';

/** `?tabId=N` pins a page to one tab (pop-out windows, tests); null otherwise. */
export function fixedTabOf(search: string): number | null {
  const fixed = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(fixed) && fixed > 0 ? fixed : null;
}

/** The tab to follow: the pinned one, else the active tab of this window. */
export function useFollowedTab(search = location.search): number | null {
  const fixed = fixedTabOf(search);
  const [tabId, setTabId] = useState<number | null>(fixed);
  useEffect(() => {
    if (fixed !== null) return;
    const pick = () =>
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => setTabId(tab?.id ?? null))
        .catch(() => setTabId(null));
    void pick();
    browser.tabs.onActivated.addListener(pick);
    return () => browser.tabs.onActivated.removeListener(pick);
  }, [fixed]);
  return tabId;
}

const warned = new Set<string>();
/** Anything malformed is ignored, and said once in the console. */
function warnOnce(why: string) {
  if (warned.has(why)) return;
  warned.add(why);
  console.warn(`[post-coach] ignored a message: ${why}`);
}

/** The latest report of the tab's active composer, kept live. */
export function useTabReport(tabId: number | null): ComposerReport | null {
  const [entry, setEntry] = useState<ComposerReport | null>(null);
  useEffect(() => {
    if (tabId === null) return setEntry(null);
    let current = true;
    const load = () =>
      browser.runtime
        .sendMessage({ type: 'panel/get', tabId })
        .then((raw: unknown) => {
          const parsed = PanelStateSchema.safeParse(raw);
          if (!parsed.success) warnOnce('malformed panel state');
          if (current) setEntry(parsed.success ? parsed.data.entry : null);
        })
        .catch(() => current && setEntry(null));
    const onMessage = (message: unknown) => {
      const parsed = BroadcastMessageSchema.safeParse(message);
      if (!parsed.success) return warnOnce('malformed broadcast');
      if (parsed.data.tabId === tabId) void load();
    };
    void load();
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      current = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);
  return entry;
}

/** Where the coach works, for the empty states of the side panel and the popup. */
export function WhereItWorks() {
  const lang = uiLanguageOf(useSettings((s) => s.settings.uiLanguage));
  return (
    <ul className="where">
      {SITES.list.map((site) => (
        <li key={site.id}>{site.where[lang]}</li>
      ))}
    </ul>
  );
}

export function LiveReport({ entry, tabId }: { entry: ComposerReport | null; tabId: number | null }) {
  if (!entry) {
    return (
      <section aria-live="polite" data-testid="live-empty" className="empty">
        <p>{t('panelEmpty')}</p>
        <WhereItWorks />
        <p>{t('panelEmptyPrivacy')}</p>
      </section>
    );
  }
  return (
    <section
      data-testid="live-report"
      data-composer={entry.composerId}
      data-platform={entry.platform}
      data-kind={entry.kind}
    >
      <ReportView
        text={entry.text}
        report={entry.report}
        platform={entry.platform}
        kind={entry.kind}
        notesKey={tabId !== null ? draftKey(tabId, entry.composerId) : null}
        testPrefix="live"
      />
    </section>
  );
}
