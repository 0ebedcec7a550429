import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PanelStateSchema } from '@/utils/panel-state';
import type { ComposerReport } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { FindingList } from './FindingList';

/** The tab to follow: `?tabId=N` (pop-out windows, tests), else the active tab of this window. */
export function useFollowedTab(search = location.search): number | null {
  const fixed = Number(new URLSearchParams(search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
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
          if (current) setEntry(parsed.success ? parsed.data.entry : null);
        })
        .catch(() => current && setEntry(null));
    const onMessage = (message: unknown) => {
      const m = message as { type?: unknown; tabId?: unknown };
      if (m?.type === 'panel/changed' && m.tabId === tabId) void load();
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

export function LiveReport({ entry }: { entry: ComposerReport | null }) {
  if (!entry) {
    return (
      <section aria-live="polite" data-testid="live-empty">
        <p>{t('panelEmpty')}</p>
      </section>
    );
  }
  const { report, text } = entry;
  return (
    <section
      data-testid="live-report"
      data-composer={entry.composerId}
      data-platform={entry.platform}
      data-kind={entry.kind}
    >
      <p>{t('panelFor', t(`platform_${entry.platform}`), t(`kind_${entry.kind}`))}</p>
      <p role="status" aria-live="polite" data-testid="live-score">
        {t('scoreLabel', String(report.score))}
      </p>
      <pre className="draft" data-testid="live-draft">
        {text}
      </pre>
      {report.findings.length === 0 ? (
        <p>{t('panelNoHints')}</p>
      ) : (
        <FindingList findings={report.findings} text={text} testId="live-findings" />
      )}
    </section>
  );
}
