import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '@/analyzers';
import type { BoxKind, Platform } from '@/analyzers/kit/types';
import { ExtensionPage } from '@/components/ExtensionPage';
import type { ComposerReport, PanelMessage } from '@/utils/messages';
import { analysisOptions } from '@/utils/analysis-options';
import { readPacks } from '@/utils/house-rules';
import { uiLanguageOf } from '@/utils/i18n';
import { readSettings } from '@/utils/settings';
import { createSettingsStore, type SettingsStore } from '@/utils/settings-store';

export const TAB = 7;
export const PINNED = `?tabId=${TAB}`;

/** A report as the content script would send it, made by the real engine. */
export function entryFor(
  text: string,
  {
    platform = 'linkedin',
    kind = 'post',
    lang = 'en',
  }: { platform?: Platform; kind?: BoxKind; lang?: 'en' | 'fr' } = {},
): ComposerReport {
  return {
    composerId: 'c1',
    platform,
    kind,
    text,
    report: analyze(text, { platform, kind, messageLang: lang }),
    at: Date.now(),
  };
}

/**
 * The background as pages see it: `panel/get` answers with whatever `current`
 * holds, and each change is pushed to the pages. Like the real content script,
 * it coaches the draft again when the settings change.
 */
export function fakeBackground(initial: ComposerReport | null) {
  const state = { current: initial };
  const background = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
  const tell = (entry: ComposerReport | null) => {
    state.current = entry;
    const message: PanelMessage = { type: 'panel/report', tabId: TAB, entry };
    return fakeBrowser.runtime.onMessage.trigger(message, background, () => {});
  };
  /** What the background answers a page's `panel/get`. */
  const reportOf = (tabId: number) => ({ type: 'panel/report', tabId, entry: state.current }) satisfies PanelMessage;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; tabId: number }) =>
    message.type === 'panel/get' ? reportOf(message.tabId) : undefined) as never);
  fakeBrowser.storage.onChanged.addListener((changes, area) => {
    const entry = state.current;
    if (area !== 'local' || !('settings' in changes) || !entry) return;
    void Promise.all([readSettings(), readPacks()]).then(([{ settings }, { packs }]) => {
      const options = analysisOptions(settings, { messageLang: uiLanguageOf(settings.uiLanguage), packs });
      return tell({
        ...entry,
        report: analyze(entry.text, { platform: entry.platform, kind: entry.kind, ...options }),
      });
    });
  });
  return {
    state,
    /** From now on the background answers a page's first question only when `answer()` is called. */
    holdAnswers() {
      const held: (() => void)[] = [];
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
        type: string;
        tabId: number;
      }) => {
        if (message.type !== 'panel/get') return undefined;
        await new Promise<void>((resolve) => held.push(resolve));
        return reportOf(message.tabId);
      }) as never);
      return {
        async answer() {
          await act(async () => {
            for (const resolve of held.splice(0)) resolve();
          });
        },
      };
    },
    /** A new report arrived: the background pushes it to the pages. */
    async push(entry: ComposerReport | null) {
      await act(async () => {
        await tell(entry);
      });
    },
  };
}

/** Render a page inside its settings store, once the settings are read. */
export async function renderPage(page: ReactNode): Promise<RenderResult & { store: SettingsStore }> {
  const store = createSettingsStore();
  let result!: RenderResult;
  await act(async () => {
    result = render(
      <ExtensionPage store={store} titleKey="extName">
        {page}
      </ExtensionPage>,
    );
    await vi.waitFor(
      () => {
        if (!store.getState().loaded) throw new Error('settings not loaded yet');
      },
      { timeout: 15_000 },
    );
  });
  return Object.assign(result, { store });
}
