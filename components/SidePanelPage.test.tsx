// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readNotes } from '@/utils/draft-notes';
import { settingsItem } from '@/utils/settings';
import { houseRulesItem } from '@/utils/house-rules';
import { analyze } from '@/analyzers';
import { entryFor, fakeBackground, PINNED, renderPage, TAB } from '@/tests/ui/render';
import { testUi } from '@/tests/setup';
import { SidePanelPage } from './SidePanelPage';

const BEGGING = 'Like and share this post! Follow us for more tips.';
const GOOD = 'Thanks @Marie for the tip: what is the hardest part of pricing your work? Tell us below.';

const findings = () =>
  [...screen.getByTestId('live-findings').querySelectorAll<HTMLElement>('li[data-rule]')].map((li) => li.dataset.rule);

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

describe('side panel', () => {
  it('says where the coach works when no composer is focused', async () => {
    fakeBackground(null);
    await renderPage(<SidePanelPage search={PINNED} />);
    const empty = await screen.findByTestId('live-empty');
    expect(empty.textContent).toContain('LinkedIn: posts and comments');
    expect(screen.queryByTestId('live-report')).toBeNull();
  });

  it('shows neither "no draft here" nor a report while it waits for the background', async () => {
    const { answer } = fakeBackground(entryFor(BEGGING)).holdAnswers();
    await renderPage(<SidePanelPage search={PINNED} />);
    expect(screen.getByTestId('live-loading').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByTestId('live-empty')).toBeNull();
    await answer();
    await screen.findByTestId('live-report');
    expect(screen.queryByTestId('live-loading')).toBeNull();
  });

  it('shows the gauge, the hints by category with rule ids, and the draft with its marks', async () => {
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    const report = await screen.findByTestId('live-report');
    expect(report.dataset.platform).toBe('linkedin');
    const score = screen.getByTestId('live-score');
    expect(Number(score.dataset.score)).toBeLessThan(75);
    expect(score.getAttribute('role')).toBe('status');
    expect(screen.getByTestId('live-reading').textContent).toMatch(/^What lowers it most: /);
    expect(findings()).toEqual(expect.arrayContaining(['begging/like', 'begging/follow']));
    expect(report.querySelector('[data-group="begging"] li')?.getAttribute('data-category')).toBe('begging');
    expect(screen.getByTestId('live-draft').textContent).toBe(BEGGING);
    expect(screen.getByTestId('live-draft').querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(screen.getByTestId('live-length').dataset).toMatchObject({ count: String(BEGGING.length), limit: '3000' });
  });

  it('says what works', async () => {
    fakeBackground(entryFor(GOOD));
    await renderPage(<SidePanelPage search={PINNED} />);
    const strengths = await screen.findByTestId('live-strengths');
    expect([...strengths.querySelectorAll('li')].map((li) => li.dataset.strength)).toEqual(
      expect.arrayContaining(['thanks', 'question']),
    );
  });

  it('scrolls the draft to a hint when its excerpt is clicked', async () => {
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    const like = (await screen.findByTestId('live-findings')).querySelector('li[data-rule="begging/like"]')!;
    fireEvent.click(within(like as HTMLElement).getByRole('button', { name: /Like and share/ }));
    const current = screen.getByTestId('live-draft').querySelector('mark.current');
    expect(current?.textContent).toContain('Like');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it('updates live when a new report arrives', async () => {
    const background = fakeBackground(entryFor('Like this post!'));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-report');
    await background.push(entryFor(GOOD));
    await waitFor(() => expect(screen.getByTestId('live-draft').textContent).toBe(GOOD));
    await background.push(null);
    await screen.findByTestId('live-empty');
  });

  it('dismisses a hint for this draft only, remembers it for the session, and can show it again', async () => {
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    const list = await screen.findByTestId('live-findings');
    const like = list.querySelector<HTMLElement>('li[data-rule="begging/like"]')!;
    fireEvent.click(within(like).getByRole('button', { name: 'Dismiss for this draft' }));
    await waitFor(() => expect(findings()).not.toContain('begging/like'));
    expect(findings()).toContain('begging/follow');
    await waitFor(async () => expect((await readNotes(`${TAB}:c1`)).dismissed).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Show them again' }));
    await waitFor(() => expect(findings()).toContain('begging/like'));
  });

  it('mutes a rule everywhere, lists it, and undoes the mute', async () => {
    fakeBackground(entryFor(BEGGING));
    const { store } = await renderPage(<SidePanelPage search={PINNED} />);
    const like = (await screen.findByTestId('live-findings')).querySelector<HTMLElement>(
      'li[data-rule="begging/like"]',
    )!;
    await act(async () => {
      fireEvent.click(within(like).getByRole('button', { name: /^Mute everywhere: / }));
    });
    await waitFor(() => expect(findings()).not.toContain('begging/like'));
    expect(store.getState().settings.mutedRules).toEqual(['begging/like']);
    expect(await settingsItem.getValue()).toMatchObject({ mutedRules: ['begging/like'] });
    const muted = screen.getByTestId('muted-rules');
    expect(muted.querySelector('[data-muted="begging/like"]')?.textContent).toContain('Asking for likes');
    await act(async () => {
      fireEvent.click(within(muted).getByRole('button', { name: 'Undo' }));
    });
    await waitFor(() => expect(findings()).toContain('begging/like'));
    expect(store.getState().settings.mutedRules).toEqual([]);
  });

  it('applies settings changed in another page without a reload', async () => {
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-findings');
    await act(async () => {
      await settingsItem.setValue({ disabledRules: ['begging'], uiLanguage: 'fr', learningMode: false });
    });
    await waitFor(() =>
      expect(screen.queryByTestId('live-findings')?.querySelector('[data-category="begging"]')).toBeFalsy(),
    );
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('heading', { level: 2, name: /Votre brouillon/ })).toBeTruthy();
  });

  it('in learning mode, opens the why and shows an example to avoid and a better one', async () => {
    await settingsItem.setValue({ learningMode: true, modeChosen: true });
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    const group = (await screen.findByTestId('live-findings')).querySelector<HTMLElement>('[data-group="begging"]')!;
    expect(group.querySelector('[data-learning="begging"]')?.textContent).toMatch(/To avoid.*Better/s);
    expect(group.querySelector('details.why')?.hasAttribute('open')).toBe(true);
  });

  it('in live mode, keeps hints short: no examples, each hint folded to its line', async () => {
    await settingsItem.setValue({ learningMode: false, modeChosen: true });
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    const list = await screen.findByTestId('live-findings');
    expect(list.querySelector('[data-learning]')).toBeNull();
    const items = [...list.querySelectorAll('li[data-rule]')];
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item.querySelector(':scope > details')?.hasAttribute('open')).toBe(false);
  });

  it('speaks French when the browser does', async () => {
    testUi.lang = 'fr';
    fakeBackground(entryFor('Likez et partagez ce post !', { lang: 'fr' }));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-report');
    expect(screen.getByTestId('live-score').textContent).toMatch(/^Score communauté \d+\/100 · /);
    expect(screen.getAllByRole('button', { name: 'Écarter pour ce brouillon' }).length).toBeGreaterThan(0);
  });

  it('shows a notice when stored settings are corrupted, keeping the fields that are fine', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'loud', learningMode: false } });
    fakeBackground(entryFor(BEGGING));
    const { store } = await renderPage(<SidePanelPage search={PINNED} />);
    const notice = await screen.findByTestId('settings-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('sensitivity');
    expect(store.getState().settings).toMatchObject({ sensitivity: 'normal', learningMode: false });
  });

  it('renders the draft as text, never as HTML', async () => {
    fakeBackground(entryFor('<img src=x onerror=alert(1)> Like and share!'));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-draft');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('side panel with house rules', () => {
  const pack = {
    id: 'atelier',
    name: 'Atelier team',
    version: 1,
    enabled: true,
    norms: { en: 'We <b>answer</b> within a day. <img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>' },
    rules: [
      {
        id: 'say-everyone',
        type: 'avoid' as const,
        phrases: ['hey guys'],
        message: { en: '<i>Not</i> everyone is a guy<script>alert(1)</script>' },
        instead: { en: ['Hi <b>everyone</b>'] },
      },
    ],
  };

  /** The side panel on a draft the pack flags; resolves to the house-rule hint. */
  async function houseRuleHint(text: string): Promise<HTMLElement> {
    await houseRulesItem.setValue([pack]);
    await settingsItem.setValue({ learningMode: true, modeChosen: true });
    fakeBackground({ ...entryFor(text), report: analyze(text, { platform: 'linkedin', houseRules: [pack] }) });
    await renderPage(<SidePanelPage search={PINNED} />);
    return (await screen.findByTestId('live-findings')).querySelector<HTMLElement>(
      'li[data-rule="house-rules/atelier.say-everyone"]',
    )!;
  }

  it('names the pack a hint comes from, renders its formatting safely, and shows the norms in learning mode', async () => {
    const item = await houseRuleHint('Hey guys, here is our week.');
    expect(item.dataset.category).toBe('house-rules');
    expect(item.querySelector('[data-source]')?.textContent).toBe('From the house rules: Atelier team');
    expect(item.querySelector('strong i')?.textContent).toBe('Not');
    expect(item.querySelector('.better b')?.textContent).toBe('everyone');
    const norms = screen.getByTestId('norms');
    expect(norms.querySelector('b')?.textContent).toBe('answer');
    expect(document.querySelector('script, img, a[href^="javascript"]')).toBeNull();
  });

  it('names a muted house rule by its pack and message, as plain text', async () => {
    const item = await houseRuleHint('Hey guys, here is our week.');
    const label = 'Atelier team: Not everyone is a guy';
    await act(async () => {
      fireEvent.click(within(item).getByRole('button', { name: `Mute everywhere: ${label}` }));
    });
    const muted = screen.getByTestId('muted-rules');
    await waitFor(() =>
      expect(muted.querySelector('[data-muted="house-rules/atelier.say-everyone"]')?.textContent).toContain(label),
    );
    expect(within(muted).getByRole('status').textContent).toContain(label);
    expect(muted.querySelector('script')).toBeNull();
  });

  it('copies a formatted better way as plain words', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const item = await houseRuleHint('Hey guys!');
    await act(async () => {
      fireEvent.click(within(item).getByRole('button', { name: /^Copy: / }));
    });
    expect(writeText).toHaveBeenCalledWith('Hi everyone');
  });
});
