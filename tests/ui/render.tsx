import { act, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '@/analyzers';
import type { BoxKind, Platform } from '@/analyzers/kit/types';
import { ExtensionPage } from '@/components/ExtensionPage';
import type { ComposerReport, PanelState } from '@/utils/messages';
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

/** The background as pages see it: `panel/get` answers with whatever `current` holds. */
export function fakeBackground(initial: ComposerReport | null) {
  const state = { current: initial };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; tabId: number }) => {
    if (message.type === 'panel/get') return { tabId: message.tabId, entry: state.current } satisfies PanelState;
    return undefined;
  }) as never);
  return {
    state,
    /** A new report arrived: tell the pages as the background does. */
    async push(entry: ComposerReport | null) {
      state.current = entry;
      await act(async () => {
        await fakeBrowser.runtime.onMessage.trigger({ type: 'panel/changed', tabId: TAB }, {}, () => {});
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
