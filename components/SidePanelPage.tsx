import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { DraftChecker } from './DraftChecker';
import { fixedTabOf, useFollowedTab, useTabReport } from '@/utils/panel-state';
import { LiveReport } from './LiveReport';
import { MarkLegend } from './MarkLegend';
import { MutedRules } from './ReportView';
import { ProfilePicker } from './ProfilePicker';
import { FirstRunChoice, ModeSwitch } from './ModeChoice';
import { PostPreview } from './PostPreview';
import { openReportWindow } from '@/utils/side-panel';

/** The side panel: the live report of the draft being written, muted rules, and a paste-in checker. */
export function SidePanelPage({ search = location.search }: { search?: string }) {
  const tabId = useFollowedTab(search);
  const entry = useTabReport(tabId);
  const pinned = fixedTabOf(search) !== null;
  const popOut = () => {
    if (tabId === null) return;
    void openReportWindow(tabId).catch((error: unknown) => console.warn('[post-coach] could not open a window', error));
  };
  return (
    <main className="sidepanel">
      <header className="bar">
        <h1>{t('extName')}</h1>
        <ModeSwitch />
        {tabId !== null && !pinned && (
          <button type="button" onClick={popOut} data-action="pop-out" title={t('popOutTitle')}>
            {t('popOut')}
          </button>
        )}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
          {t('openOptions')}
        </a>
      </header>
      <FirstRunChoice />
      <ProfilePicker />
      <LiveReport entry={entry} tabId={tabId} />
      {entry && <PostPreview text={entry.text} platform={entry.platform} kind={entry.kind} />}
      <MarkLegend />
      <MutedRules />
      <details className="paste">
        <summary>{t('sidepanelIntro')}</summary>
        <DraftChecker />
      </details>
    </main>
  );
}
