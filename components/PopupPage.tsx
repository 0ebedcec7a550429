import { browser } from 'wxt/browser';
import { draftKey } from '@/utils/draft-notes';
import { t } from '@/utils/i18n';
import { answer, Checklist } from './Checklist';
import { useFollowedTab, useTabReport, WhereItWorks } from './LiveReport';
import { useSettings } from './settings-context';
import { useDraftNotes } from './use-draft-notes';

/** Chrome's side panel for this tab, Firefox's sidebar; both need the click's user gesture, so no await first. */
export function openSidePanel(tabId: number | null): void {
  const chromePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } }).sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  const opening = chromePanel && tabId !== null ? chromePanel.open({ tabId }) : firefoxSidebar?.open();
  void opening?.then(() => window.close()).catch((error: unknown) => console.warn('[post-coach]', error));
}

/** The toolbar popup: the pre-publish checklist of the draft in the active tab. */
export function PopupPage({ search = location.search }: { search?: string }) {
  const tabId = useFollowedTab(search);
  const entry = useTabReport(tabId);
  const settings = useSettings((s) => s.settings);
  const hasPacks = useSettings((s) => s.packs.some((p) => p.enabled));
  const [notes, updateNotes] = useDraftNotes(entry && tabId !== null ? draftKey(tabId, entry.composerId) : null);
  return (
    <main className="popup">
      <h1>{t('popupTitle')}</h1>
      {entry ? (
        <>
          <p className="context" data-testid="popup-context">
            {t('panelFor', t(`platform_${entry.platform}`), t(`kind_${entry.kind}`))}
          </p>
          <Checklist
            entry={entry}
            settings={settings}
            notes={notes}
            hasPacks={hasPacks}
            onAnswer={(q, ticked) => updateNotes((n) => answer(n, q, ticked))}
          />
        </>
      ) : (
        <section data-testid="popup-empty" className="empty">
          <p>{t('popupEmpty')}</p>
          <WhereItWorks />
        </section>
      )}
      <p>
        <button type="button" onClick={() => openSidePanel(tabId)} data-action="open-panel">
          {t('openPanel')}
        </button>
      </p>
    </main>
  );
}
