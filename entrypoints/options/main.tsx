import { createRoot } from 'react-dom/client';
import { t } from '@/utils/i18n';
import '@/assets/base.css';

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
document.title = t('extName');
createRoot(document.getElementById('root')!).render(
  <main>
    <h1>{t('optionsTitle')}</h1>
    <p>{t('privacyNote')}</p>
  </main>,
);
