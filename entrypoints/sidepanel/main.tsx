import { createRoot } from 'react-dom/client';
import { DraftChecker } from '@/components/DraftChecker';
import { LiveReport, useFollowedTab, useTabReport } from '@/components/LiveReport';
import { t } from '@/utils/i18n';
import '@/assets/base.css';

function SidePanel() {
  const tabId = useFollowedTab();
  const entry = useTabReport(tabId);
  return (
    <main>
      <h1>{t('extName')}</h1>
      <LiveReport entry={entry} />
      <details>
        <summary>{t('sidepanelIntro')}</summary>
        <DraftChecker />
      </details>
    </main>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
document.title = t('extName');
createRoot(document.getElementById('root')!).render(<SidePanel />);
