import { useEffect, useMemo, type ReactNode } from 'react';
import { t } from '@/utils/i18n';
import type { SettingsStore } from '@/utils/settings-store';
import { applyUiLanguage } from '@/utils/ui-language';
import { SettingsContext, useSettings } from './settings-context';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * What every extension page shares: its settings store, the UI language from
 * the settings (applied live), and the notice when stored settings were unreadable.
 */
export function ExtensionPage({
  store,
  titleKey,
  children,
}: {
  store: SettingsStore;
  /** The window title, in the chosen language. */
  titleKey: string;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary>
      <SettingsContext.Provider value={store}>
        <InLanguage titleKey={titleKey}>{children}</InLanguage>
      </SettingsContext.Provider>
    </ErrorBoundary>
  );
}

function InLanguage({ titleKey, children }: { titleKey: string; children: ReactNode }) {
  const loaded = useSettings((s) => s.loaded);
  const uiLanguage = useSettings((s) => s.settings.uiLanguage);
  const lang = useMemo(() => applyUiLanguage(uiLanguage), [uiLanguage]);
  useEffect(() => {
    document.title = t(titleKey);
  }, [lang, titleKey]);
  // Nothing until the settings are read: no flash of the wrong language.
  if (!loaded) return null;
  return (
    // A new language re-renders every string: t() is read at render time.
    <div key={lang} className="page" data-lang={lang}>
      <SettingsNotice />
      {children}
    </div>
  );
}

/** Stored settings that could not be read: say so, say what, and that the rest was kept. */
export function SettingsNotice() {
  const problems = useSettings((s) => s.problems);
  const writeError = useSettings((s) => s.writeError);
  const notKept = useSettings((s) => s.notKept);
  if (problems.length === 0 && !writeError) return null;
  return (
    <div role="alert" className="notice" data-testid="settings-notice">
      {problems.length > 0 && (
        <>
          <p>{notKept ? t('settingsRepairedNotKept', notKept) : t('settingsRepaired')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {writeError && <p>{t('settingsWriteFailed', writeError)}</p>}
    </div>
  );
}
