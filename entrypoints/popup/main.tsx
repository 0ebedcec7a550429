import { createRoot } from 'react-dom/client';
import { ExtensionPage } from '@/components/ExtensionPage';
import { PopupPage } from '@/components/PopupPage';
import { createSettingsStore } from '@/utils/settings-store';
import '@/assets/base.css';

createRoot(document.getElementById('root')!).render(
  <ExtensionPage store={createSettingsStore()} titleKey="popupTitle">
    <PopupPage />
  </ExtensionPage>,
);
