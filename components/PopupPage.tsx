import { openSidePanel } from '@/utils/side-panel';
import { draftKey } from '@/utils/draft-notes';
import { t } from '@/utils/i18n';
import { answer, Checklist } from './Checklist';
import { siteName } from './labels';
import { useFollowedTab, useTabReport } from '@/utils/panel-state';
import { WhereItWorks } from './LiveReport';
import { useSettings } from './settings-context';
import { useDraftNotes } from './use-draft-notes';

/** Open the side panel from the click itself (user gesture), then get out of its way. */
function openPanelAndClose(tabId: number | null): void {
  void openSidePanel(tabId)
    ?.then(() => window.close())
    .catch((error: unknown) => console.warn('[post-coach]', error));
}

/** The toolbar popup: the pre-publish checklist of the draft in the active tab. */
export function PopupPage({ search = location.search }: { search?: string }) {
  const tabId = useFollowedTab(search);
  const entry = useTabReport(tabId);
  const settings = useSettings((s) => s.settings);
  const hasPacks = useSettings((s) => s.packs.some((p) => p.enabled));
  const [notes, updateNotes, notesError] = useDraftNotes(
    entry && tabId !== null ? draftKey(tabId, entry.composerId) : null,
  );
  return (
    <main className="popup">
      <h1>{t('popupTitle')}</h1>
      {notesError && (
        <p role="alert" className="notice" data-testid="notes-error">
          {t('notesNotSaved', notesError)}
        </p>
      )}
      {entry ? (
        <>
          <p className="context" data-testid="popup-context">
            {t('panelFor', siteName(entry.platform), t(`kind_${entry.kind}`))}
          </p>
          <Checklist
            entry={entry}
            settings={settings}
            notes={notes}
            hasPacks={hasPacks}
            onAnswer={(q, ticked) => updateNotes((n) => answer(n, q, ticked))}
          />
        </>
      ) : entry === undefined ? (
        <section aria-busy="true" data-testid="popup-loading" className="empty" />
      ) : (
        <section data-testid="popup-empty" className="empty">
          <p>{t('popupEmpty')}</p>
          <WhereItWorks />
        </section>
      )}
      <p>
        <button type="button" onClick={() => openPanelAndClose(tabId)} data-action="open-panel">
          {t('openPanel')}
        </button>
      </p>
    </main>
  );
}
