import { createRoot } from 'react-dom/client';
import { ExtensionPage } from '@/components/ExtensionPage';
import { OptionsPage } from '@/components/OptionsPage';
import { createSettingsStore } from '@/utils/settings-store';
import '@/assets/base.css';
import '@/assets/panel.css';

createRoot(document.getElementById('root')!).render(
  <ExtensionPage store={createSettingsStore()} titleKey="optionsTitle">
    <OptionsPage />
  </ExtensionPage>,
);
