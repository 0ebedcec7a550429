// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, exportSettings, readRejectedSettings, settingsItem } from '@/utils/settings';
import { renderPage } from '@/tests/ui/render';
import { testUi } from '@/tests/setup';
import { OptionsPage } from './OptionsPage';

const stored = () => settingsItem.getValue() as Promise<Record<string, unknown>>;

async function importFile(text: string) {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], 'settings.json', { type: 'application/json' });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('options page', () => {
  it('is in sections: the nav links each to its heading, in page order, in French and English', async () => {
    for (const lang of ['en', 'fr'] as const) {
      testUi.lang = lang;
      const { unmount } = await renderPage(<OptionsPage />);
      const nav = screen.getByRole('navigation', {
        name: lang === 'en' ? 'Settings sections' : 'Sections des réglages',
      });
      const links = within(nav).getAllByRole('link');
      const headings = screen.getAllByRole('heading', { level: 2 }).filter((h) => h.id.startsWith('section-'));
      expect(links.map((a) => a.getAttribute('href'))).toEqual(headings.map((h) => `#${h.id}`));
      expect(links.map((a) => a.textContent)).toEqual(headings.map((h) => h.textContent));
      expect(headings.map((h) => h.textContent)).toEqual(
        lang === 'en'
          ? ['Where and how', 'Brand and team', 'Which hints', 'Your data']
          : ['Où et comment', 'Marque et équipe', 'Quels conseils', 'Vos données'],
      );
      // Each group sits under its section: the rules after "Which hints", the backup after "Your data".
      const follows = (heading: HTMLElement, el: Element) =>
        Boolean(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      expect(
        follows(headings[2]!, screen.getByRole('checkbox', { name: lang === 'en' ? 'Asking for likes' : /likes/ })),
      ).toBe(true);
      expect(follows(headings[3]!, screen.getByTestId('history'))).toBe(true);
      expect(follows(headings[3]!, screen.getByTestId('profiles'))).toBe(false);
      unmount();
    }
    testUi.lang = 'en';
  });

  it('turns sites, sensitivity, language, learning mode and rules on and off, saved at once', async () => {
    await renderPage(<OptionsPage />);
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'X' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: /Strict/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: /Learning the norms/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Asking for likes' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Oversharing' }));
    });
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        sites: { x: false, linkedin: true, facebook: true },
        sensitivity: 'strict',
        learningMode: true,
        modeChosen: true,
        disabledRules: ['begging/like', 'oversharing'],
      }),
    );
    // A category turned off greys out its rules.
    expect((screen.getByRole('checkbox', { name: 'E-mail address' }) as HTMLInputElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Language of the coach'), { target: { value: 'fr' } });
    });
    await screen.findByRole('group', { name: 'Ce qu’il signale' });
    expect(await stored()).toMatchObject({ uiLanguage: 'fr' });
  });

  it('saves the user’s own sites only when every line is a domain', async () => {
    await renderPage(<OptionsPage />);
    const box = screen.getByLabelText(/One per line/);
    fireEvent.change(box, { target: { value: 'https://www.Atelier.fr/blog\nnot a domain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save sites' }));
    expect((await screen.findByTestId('domains-error')).textContent).toContain('not');
    expect(await stored()).toMatchObject({ ownDomains: [] });
    fireEvent.change(box, { target: { value: 'https://www.Atelier.fr/blog\nlune.studio' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save sites' }));
    });
    await waitFor(async () => expect(await stored()).toMatchObject({ ownDomains: ['atelier.fr', 'lune.studio'] }));
  });

  it('lists muted rules and unmutes them', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, mutedRules: ['begging/like', 'formulas/shouting'] });
    await renderPage(<OptionsPage />);
    const muted = screen.getByTestId('options-muted');
    await act(async () => {
      fireEvent.click(within(muted).getByRole('button', { name: 'Unmute “Asking for likes”' }));
    });
    await waitFor(async () => expect(await stored()).toMatchObject({ mutedRules: ['formulas/shouting'] }));
  });

  it('exports every setting as a JSON file that imports back', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sensitivity: 'gentle' });
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:settings';
    });
    URL.revokeObjectURL = vi.fn();
    await renderPage(<OptionsPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    const text = await blob!.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'post-coach-settings',
      version: 1,
      settings: { sensitivity: 'gentle' },
    });
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await importFile(text);
    await waitFor(async () => expect(await stored()).toMatchObject({ sensitivity: 'gentle' }));
    expect(screen.getByTestId('backup-status').textContent).toBe('Settings imported.');
  });

  it('refuses a bad file with the field, the line and the reason, and changes nothing', async () => {
    const before = { ...DEFAULT_SETTINGS, sensitivity: 'strict' as const, mutedRules: ['begging/like'] };
    await settingsItem.setValue(before);
    await renderPage(<OptionsPage />);
    const bad = exportSettings({ ...DEFAULT_SETTINGS }).replace('"sensitivity": "normal"', '"sensitivity": "loud"');
    await importFile(bad);
    const error = await screen.findByTestId('import-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('settings.sensitivity');
    expect(error.textContent).toMatch(/line \d+/);
    expect(error.textContent).toContain('your settings are unchanged');
    expect(await stored()).toEqual(before);

    await importFile('{ "format": "post-coach-settings", ');
    expect((await screen.findByTestId('import-error')).textContent).toContain('not valid JSON');
    expect(await stored()).toEqual(before);
  });

  it('resets to defaults after a confirmation', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    await renderPage(<OptionsPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(await stored()).toMatchObject({ sensitivity: 'strict' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    });
    await waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
  });

  it('survives a corrupted stored value: notice, good fields kept, bad value kept aside', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: 'all of them', sensitivity: 'gentle' } });
    const { store } = await renderPage(<OptionsPage />);
    expect((await screen.findByTestId('settings-notice')).textContent).toContain('sites');
    expect(store.getState().settings).toMatchObject({ sites: DEFAULT_SETTINGS.sites, sensitivity: 'gentle' });
    expect((screen.getByRole('radio', { name: /Gentle/ }) as HTMLInputElement).checked).toBe(true);
    await waitFor(async () =>
      expect((await readRejectedSettings())?.value).toEqual({ sites: 'all of them', sensitivity: 'gentle' }),
    );
    await screen.findByTestId('rejected-settings');
    // The next change saves a sound value: the notice goes, the copy stays until discarded.
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: /Normal/ }));
    });
    await waitFor(() => expect(screen.queryByTestId('settings-notice')).toBeNull());
    expect(screen.getByTestId('rejected-settings')).toBeTruthy();
  });

  it('survives a value of the wrong type altogether', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await renderPage(<OptionsPage />);
    expect((await screen.findByTestId('settings-notice')).textContent).toContain('expected an object');
  });

  it('speaks French', async () => {
    testUi.lang = 'fr';
    await renderPage(<OptionsPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Réglages de Post Coach');
  });
});
