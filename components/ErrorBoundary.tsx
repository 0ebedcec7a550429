import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { downloadFile } from './file-import';

/** Everything the coach stores, local and session, as one JSON file: the copy to keep before a reset. */
export async function exportStorage(): Promise<string> {
  const session = (browser.storage as { session?: typeof browser.storage.local }).session;
  const [local, sessionItems] = await Promise.all([
    browser.storage.local.get(null),
    session?.get(null).catch(() => ({})) ?? {},
  ]);
  return `${JSON.stringify({ format: 'post-coach-storage', exportedAt: new Date().toISOString(), local, session: sessionItems }, null, 2)}\n`;
}

/**
 * Wraps every extension page: whatever a stored value does to a page, the user
 * gets a page that says so, a download of everything stored, and a reset,
 * never a blank panel with no way out.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('[post-coach] a page failed', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <CrashPage error={this.state.error} /> : this.props.children;
  }
}

function CrashPage({ error }: { error: Error }) {
  const [confirm, setConfirm] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = () =>
    void exportStorage()
      .then((text) => downloadFile('post-coach-storage.json', text))
      .catch((e: unknown) => setFailure(String(e)));
  const reset = async () => {
    try {
      await browser.storage.local.clear();
      await (browser.storage as { session?: typeof browser.storage.local }).session?.clear();
      location.reload();
    } catch (e) {
      setFailure(t('crashResetFailed', String(e)));
    }
  };
  return (
    <main className="page crash" role="alert" data-testid="crash">
      <h1>{t('crashTitle')}</h1>
      <p>{t('crashDesc')}</p>
      <p className="buttons">
        <button type="button" data-action="crash-export" onClick={download}>
          {t('crashExport')}
        </button>
        {confirm ? (
          <button type="button" data-action="crash-reset-confirm" onClick={() => void reset()}>
            {t('crashResetConfirm')}
          </button>
        ) : (
          <button type="button" data-action="crash-reset" onClick={() => setConfirm(true)}>
            {t('crashReset')}
          </button>
        )}
      </p>
      {failure && <p className="notice">{failure}</p>}
      <details>
        <summary>{t('crashDetails')}</summary>
        <pre>{error.message}</pre>
      </details>
    </main>
  );
}
