import { draftKey } from '@/utils/draft-notes';
import type { ComposerReport } from '@/utils/messages';
import { t, uiLanguageOf } from '@/utils/i18n';
import { SITES } from '@/analyzers/kit/sites';
import { ReportView } from './ReportView';
import { useSettings } from './settings-context';

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

export function LiveReport({ entry, tabId }: { entry: ComposerReport | null | undefined; tabId: number | null }) {
  // Still asking the background: nothing yet, rather than a moment of "no draft here".
  if (entry === undefined) return <section aria-busy="true" data-testid="live-loading" className="empty" />;
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
