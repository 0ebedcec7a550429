import { createRoot } from 'react-dom/client';
import { DraftChecker } from '@/components/DraftChecker';
import { t } from '@/utils/i18n';
import '@/assets/base.css';

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
document.title = t('extName');
createRoot(document.getElementById('root')!).render(
  <main className="popup">
    <h1>{t('extName')}</h1>
    <DraftChecker />
  </main>,
);
