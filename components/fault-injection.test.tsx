// @vitest-environment jsdom
/**
 * Every stored item, damaged every way we know (junk, wrong types, huge values)
 * and storage that refuses writes (quota): each page still renders, says what
 * happened, and what the user had is still there.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { houseRulesItem, MAX_PACKS, parseHousePack, readPacks, readRejectedPacks } from '@/utils/house-rules';
import { readHistory } from '@/utils/draft-history';
import { readAllNotes } from '@/utils/draft-notes';
import { ReportStore } from '@/utils/report-store';
import { readRejectedSettings, settingsItem } from '@/utils/settings';
import type { Saved } from '@/utils/settings-store';
import { entryFor, fakeBackground, PINNED, renderPage } from '@/tests/ui/render';
import { readFileSync } from 'node:fs';
import { OptionsPage } from './OptionsPage';
import { PopupPage } from './PopupPage';
import { SidePanelPage } from './SidePanelPage';
import { ErrorBoundary } from './ErrorBoundary';
import { render } from '@testing-library/react';

const HUGE_STRING = 'x'.repeat(3_000_000);
/** What a damaged store can hold: junk text, the wrong types, far too much. */
const DAMAGED: [string, unknown][] = [
  ['junk text', 'garbage'],
  ['a number', 42],
  ['a list of junk', [1, 'two', null, { three: 3 }]],
  ['an object with wrong fields', { problems: 'nope', at: 'then', value: 1, sites: 7, map: 'x' }],
  ['a huge string', HUGE_STRING],
  ['a huge list', Array.from({ length: 5_000 }, (_, i) => ({ i }))],
];

const PAGES = {
  options: () => <OptionsPage />,
  'side panel': () => <SidePanelPage search={PINNED} />,
  popup: () => <PopupPage search={PINNED} />,
};

/** Every item the pages read from storage, in its own area. */
const ITEMS: { key: string; area: 'local' | 'session' }[] = [
  { key: 'settings', area: 'local' },
  { key: 'settingsRejected', area: 'local' },
  { key: 'houseRules', area: 'local' },
  { key: 'houseRulesRejected', area: 'local' },
  { key: 'draftHistory', area: 'local' },
  { key: 'fingerprintKey', area: 'local' },
  { key: 'draftNotes', area: 'session' },
  { key: 'coach:reports', area: 'session' },
];

const EXAMPLE = readFileSync('docs/house-rules.example.json', 'utf8');

async function renderEach(page: keyof typeof PAGES) {
  fakeBackground(entryFor('Like and share this post! Follow us for more tips.'));
  const result = await renderPage(PAGES[page]());
  // It rendered the page itself, not the crash page.
  expect(screen.queryByTestId('crash')).toBeNull();
  expect(document.querySelector('.page')).not.toBeNull();
  return result;
}

describe('damaged storage', () => {
  for (const { key, area } of ITEMS) {
    describe(`${area}:${key}`, () => {
      it.each(DAMAGED)('holding %s: every page renders, and the value is still there', async (_name, value) => {
        for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
          await fakeBrowser.storage[area].set({ [key]: value });
          const { unmount } = await renderEach(page);
          unmount();
          // Nothing the user had is gone: the value is where it was, or kept aside.
          const now = (await fakeBrowser.storage[area].get(key))[key];
          if (key === 'settings' && JSON.stringify(now) !== JSON.stringify(value)) {
            expect((await readRejectedSettings())?.value).toEqual(value);
          } else if (key === 'houseRules' && JSON.stringify(now) !== JSON.stringify(value)) {
            expect(await readRejectedPacks()).toContainEqual(value);
          } else {
            expect(now).toEqual(value);
          }
          await fakeBrowser.storage[area].clear();
        }
      });
    });
  }

  it('says what was wrong with damaged settings and packs, on every page', async () => {
    for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
      await fakeBrowser.storage.local.set({ settings: { sensitivity: 7 }, houseRules: 'garbage' });
      const { unmount } = await renderEach(page);
      const notice = (await screen.findByTestId('settings-notice')).textContent;
      expect(notice).toContain('sensitivity');
      expect(notice).toContain('houseRules: expected a list of packs');
      expect(notice).toContain('kept aside');
      unmount();
      await fakeBrowser.storage.local.clear();
    }
  });

  it('shows a junk settingsRejected as it is stored, and lets the user discard it', async () => {
    await fakeBrowser.storage.local.set({ settingsRejected: { problems: 'not a list' } });
    await renderEach('options');
    const kept = await screen.findByTestId('rejected-settings');
    expect(kept.textContent).toContain('not in the shape the coach keeps');
    expect(kept.textContent).toContain('not a list');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Discard this copy' }));
    });
    await waitFor(async () => expect(await readRejectedSettings()).toBeNull());
  });

  it('lists house-rule packs set aside, to download or discard', async () => {
    await fakeBrowser.storage.local.set({ houseRulesRejected: 'one damaged thing' });
    await renderEach('options');
    expect((await screen.findByTestId('rejected-packs')).textContent).toContain('one damaged thing');
  });

  it('keeps the packs past the limit aside instead of dropping them', async () => {
    const parsed = parseHousePack(EXAMPLE);
    if (!parsed.ok) throw new Error('example refused');
    const packs = Array.from({ length: MAX_PACKS + 3 }, (_, i) => ({ ...parsed.pack, id: `pack-${i}` }));
    await houseRulesItem.setValue(packs);
    const read = await readPacks();
    expect(read.packs).toHaveLength(MAX_PACKS);
    expect(read.problems).toHaveLength(3);
    expect(read.problems[0]).toMatch(/more than 20 packs/);
    expect((await readRejectedPacks()).map((p) => (p as { id: string }).id)).toEqual(['pack-20', 'pack-21', 'pack-22']);
  });

  it('reads junk history, notes and saved reports as empty, without throwing', async () => {
    for (const [, value] of DAMAGED) {
      await fakeBrowser.storage.local.set({ draftHistory: value });
      await fakeBrowser.storage.session.set({ draftNotes: value, 'coach:reports': value });
      expect(await readHistory()).toEqual([]);
      expect(await readAllNotes()).toEqual({});
      const store = new ReportStore(fakeBrowser.storage.session as never);
      expect(await store.active(7)).toBeNull();
    }
  });
});

describe('storage that refuses writes (quota)', () => {
  const quota = () =>
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded') as never);

  it('a house-rule import that cannot be saved says so, never "imported"', async () => {
    await renderEach('options');
    quota();
    fireEvent.change(screen.getByLabelText(/Or paste/), { target: { value: EXAMPLE } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Import the pasted/ }));
    });
    const error = await screen.findByTestId('pack-error');
    expect(error.textContent).toContain('QUOTA_BYTES');
    expect(screen.queryByTestId('pack-status')).toBeNull();
    expect(document.body.textContent).not.toMatch(/now active/);
  });

  it('a settings change that cannot be saved is undone on screen and said', async () => {
    const { store } = await renderEach('options');
    quota();
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: /Strict/ }));
    });
    expect((await screen.findByTestId('settings-notice')).textContent).toContain('QUOTA_BYTES');
    expect(store.getState().settings.sensitivity).toBe('normal');
    expect((screen.getByRole('radio', { name: /Strict/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('a hint dismissed when session storage refuses it comes back, and the side panel says why', async () => {
    await renderEach('side panel');
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded') as never);
    const list = await screen.findByTestId('live-findings');
    const like = list.querySelector<HTMLElement>('li[data-rule="begging/like"]')!;
    await act(async () => {
      fireEvent.click(like.querySelector<HTMLElement>('[data-action="dismiss"]')!);
    });
    expect((await screen.findByTestId('notes-error')).textContent).toContain('QUOTA_BYTES');
    await waitFor(() => expect(list.querySelector('li[data-rule="begging/like"]')).not.toBeNull());
  });

  it('a damaged value that cannot be kept aside says so, and is still where it was', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 7, learningMode: false } });
    quota();
    await renderEach('options');
    const notice = (await screen.findByTestId('settings-notice')).textContent;
    expect(notice).toContain('could not be kept aside');
    expect(notice).not.toContain('is kept aside in the options page');
    expect(await settingsItem.getValue()).toEqual({ sensitivity: 7, learningMode: false });
  });

  it('packs past the byte cap: refused with the sizes, the packs already there kept', async () => {
    const parsed = parseHousePack(EXAMPLE);
    if (!parsed.ok) throw new Error('example refused');
    const rule = parsed.pack.rules.find((r) => r.type === 'avoid')!;
    // About 300 kB each once stored: three fit under the cap, the fourth does not.
    const heavy = (i: number) => ({
      ...parsed.pack,
      id: `heavy-${i}`,
      rules: Array.from({ length: 30 }, (_, r) => ({
        ...rule,
        id: `r${r}`,
        phrases: Array.from({ length: 100 }, (_, k) => `${'p'.repeat(90)} ${r} ${k}`),
      })),
    });
    const { store } = await renderEach('options');
    const results: Saved[] = [];
    for (let i = 0; i < 4; i++) {
      await act(async () => {
        results.push(await store.getState().addPack(heavy(i)));
      });
    }
    expect(results.slice(0, 3).every((r) => r.ok)).toBe(true);
    expect(results[3]).toEqual({
      ok: false,
      error: expect.stringMatching(/would take 1\d\d\d kB, more than the 1000 kB/),
    });
    expect((await readPacks()).packs.map((p) => p.id)).toEqual(['heavy-0', 'heavy-1', 'heavy-2']);
    expect(store.getState().packs).toHaveLength(3);
  });
});

describe('the error boundary', () => {
  it('turns a crash into a page that offers to download what is stored and to reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'strict' } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('e.problems.map is not a function');
    };
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('crash').textContent).toContain('This page ran into a problem');
    expect(screen.getByText('e.problems.map is not a function')).toBeTruthy();
    const { exportStorage } = await import('./ErrorBoundary');
    expect(JSON.parse(await exportStorage())).toMatchObject({ local: { settings: { sensitivity: 'strict' } } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset the coach…' }));
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything the coach stores' }));
    });
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    vi.unstubAllGlobals();
  });
});
