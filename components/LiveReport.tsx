import { draftKey } from '@/utils/draft-notes';
import type { ComposerReport } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { ReportView } from './ReportView';

/** Where the coach works, for the empty states of the side panel and the popup. */
export function WhereItWorks() {
  return (
    <ul className="where">
      <li>{t('whereX')}</li>
      <li>{t('whereLinkedin')}</li>
      <li>{t('whereFacebook')}</li>
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
