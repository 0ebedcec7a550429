// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '@/utils/settings';
import { managedPolicyItem } from '@/utils/managed';
import { entryFor, fakeBackground, PINNED, renderPage } from '@/tests/ui/render';
import { testUi } from '@/tests/setup';
import { SidePanelPage } from './SidePanelPage';
import { OptionsPage } from './OptionsPage';

const BEGGING = 'Like and share this post! Follow us for more tips. From Monday we open at 7 am on Rue Victor Hugo.';
/** Six hints over four categories: what a busy draft looks like in live mode. */
const BUSY =
  'Like and share! Tag a friend who needs this. Follow us for more. We just hit 10,000 followers!!! Check the link in bio.';

const live = async () => settingsItem.setValue({ learningMode: false, modeChosen: true });
const learning = async () => settingsItem.setValue({ learningMode: true, modeChosen: true });
const mode = () => screen.getByTestId('live-report').querySelector<HTMLElement>('[data-mode]')?.dataset.mode;
const click = async (element: Element) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

describe('first run', () => {
  it('asks how the coach will be used, above the report, and remembers the answer', async () => {
    fakeBackground(entryFor(BEGGING));
    const { store } = await renderPage(<SidePanelPage search={PINNED} />);
    const question = await screen.findByRole('region', { name: 'How will you use the coach?' });
    // Before the report, so it is the first thing read and reached by Tab after the bar.
    expect(
      question.compareDocumentPosition(screen.getByTestId('live-report')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const everyDay = within(question).getByRole('button', { name: /Writing every day/ });
    expect(everyDay.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(everyDay.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Compact/);
    // Until it is answered the panel is compact.
    expect(mode()).toBe('live');
    await click(within(question).getByRole('button', { name: /Learning the norms/ }));
    await waitFor(() => expect(screen.queryByTestId('first-run')).toBeNull());
    expect(mode()).toBe('learning');
    expect(await settingsItem.getValue()).toMatchObject({ learningMode: true, modeChosen: true });
    expect(store.getState().settings.modeChosen).toBe(true);
  });

  it('choosing "writing every day" keeps the compact form and stops asking', async () => {
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    await click(await screen.findByRole('button', { name: /Writing every day/ }));
    await waitFor(() => expect(screen.queryByTestId('first-run')).toBeNull());
    expect(mode()).toBe('live');
    expect(await settingsItem.getValue()).toMatchObject({ learningMode: false, modeChosen: true });
  });

  it('asks in French, with French typography, when the browser speaks French', async () => {
    testUi.lang = 'fr';
    fakeBackground(entryFor('Likez ce post !', { lang: 'fr' }));
    await renderPage(<SidePanelPage search={PINNED} />);
    const question = await screen.findByRole('region', { name: 'Comment allez-vous utiliser le coach\u202f?' });
    expect(within(question).getByRole('button', { name: /^J’écris tous les jours/ })).toBeTruthy();
    expect(within(question).getByRole('button', { name: /^J’apprends les usages/ })).toBeTruthy();
    const bar = within(screen.getByRole('group', { name: 'Panneau' }));
    expect(bar.getByRole('radio', { name: 'En direct' })).toBeTruthy();
    expect(bar.getByRole('radio', { name: 'Apprentissage' })).toBeTruthy();
  });

  it('does not ask someone who already used the coach: their mode stays', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'strict', learningMode: true } });
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-report');
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(mode()).toBe('learning');
  });

  it('asks again, with a notice and nothing else lost, when the stored answer is damaged', async () => {
    await fakeBrowser.storage.local.set({ settings: { learningMode: true, modeChosen: 'yes', sensitivity: 'gentle' } });
    fakeBackground(entryFor(BEGGING));
    const { store } = await renderPage(<SidePanelPage search={PINNED} />);
    expect((await screen.findByTestId('settings-notice')).textContent).toContain('modeChosen');
    expect(screen.getByTestId('first-run')).toBeTruthy();
    expect(store.getState().settings).toMatchObject({ learningMode: true, sensitivity: 'gentle', modeChosen: false });
  });

  it('is not asked when the organisation sets the mode, and the switch is locked', async () => {
    await managedPolicyItem.setValue({ settings: { learningMode: true } });
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-report');
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(mode()).toBe('learning');
    expect((screen.getByTestId('mode-switch') as HTMLFieldSetElement).disabled).toBe(true);
  });

  it('can be answered, and changed, from the options page too', async () => {
    await renderPage(<OptionsPage />);
    const group = screen.getByRole('group', { name: 'How you use the coach' });
    await click(within(group).getByRole('radio', { name: /Learning the norms/ }));
    await waitFor(async () =>
      expect(await settingsItem.getValue()).toMatchObject({ learningMode: true, modeChosen: true }),
    );
    await click(within(group).getByRole('radio', { name: /Writing every day/ }));
    await waitFor(async () => expect(await settingsItem.getValue()).toMatchObject({ learningMode: false }));
  });

  it('takes the mode already shown as an answer when it is the one clicked', async () => {
    await renderPage(<OptionsPage />);
    const group = screen.getByRole('group', { name: 'How you use the coach' });
    const live = within(group).getByRole('radio', { name: /Writing every day/ }) as HTMLInputElement;
    expect(live.checked).toBe(true);
    await click(live);
    await waitFor(async () =>
      expect(await settingsItem.getValue()).toMatchObject({ learningMode: false, modeChosen: true }),
    );
  });
});

describe('switching modes', () => {
  it('switches at any time from the bar, both ways, and says which mode is on', async () => {
    await live();
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    const bar = within(await screen.findByRole('group', { name: 'Panel' }));
    expect((bar.getByRole('radio', { name: 'Live' }) as HTMLInputElement).checked).toBe(true);
    await click(bar.getByRole('radio', { name: 'Learning' }));
    await waitFor(() => expect(mode()).toBe('learning'));
    expect((bar.getByRole('radio', { name: 'Learning' }) as HTMLInputElement).checked).toBe(true);
    await click(bar.getByRole('radio', { name: 'Live' }));
    await waitFor(() => expect(mode()).toBe('live'));
  });
});

describe('live mode', () => {
  it('puts the score in one line and the hints first, before the gauge, what works and the draft', async () => {
    await live();
    fakeBackground(entryFor(BUSY));
    await renderPage(<SidePanelPage search={PINNED} />);
    const report = await screen.findByTestId('live-report');
    const order = [...report.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));
    const at = (id: string) => order.indexOf(id);
    expect(at('live-score')).toBe(0);
    expect(at('live-findings')).toBeLessThan(at('live-subscores'));
    expect(at('live-findings')).toBeLessThan(at('live-draft'));
    expect(screen.getByTestId('live-score').textContent).toMatch(/^Community score \d+\/100 · /);
    expect(report.querySelector('[data-testid="norms"], [data-learning]')).toBeNull();
  });

  it('shows each hint as one line, with the why, the better way and the actions one click away', async () => {
    await live();
    fakeBackground(entryFor(BUSY));
    await renderPage(<SidePanelPage search={PINNED} />);
    const items = [...(await screen.findByTestId('live-findings')).querySelectorAll<HTMLElement>('li[data-rule]')];
    expect(items.length).toBeGreaterThanOrEqual(5);
    for (const item of items) {
      const details = item.querySelector<HTMLDetailsElement>(':scope > details')!;
      const summary = details.querySelector(':scope > summary')!;
      // The line: severity for screen readers, the hint, the words it is about; nothing else.
      expect(summary.querySelector('.visually-hidden')?.textContent).toMatch(/Warning|Hint/);
      expect(summary.querySelector('.line strong')?.textContent).toBeTruthy();
      expect(summary.querySelectorAll('button, a, input')).toHaveLength(0);
      expect(details.open).toBe(false);
      expect(details.querySelector('.better')).toBeTruthy();
      expect(within(details).getByRole('button', { name: 'Dismiss for this draft' })).toBeTruthy();
    }
    const like = items.find((i) => i.dataset.rule === 'begging/like')!;
    expect(like.querySelector('summary .line q')?.textContent).toBe('Like and share');
    await click(like.querySelector('summary')!);
    expect(like.querySelector('details')!.open).toBe(true);
  });
});

describe('learning mode', () => {
  it('keeps the long form: the gauge first, the norms card, every why open, examples by category', async () => {
    await learning();
    fakeBackground(entryFor(BUSY));
    await renderPage(<SidePanelPage search={PINNED} />);
    const report = await screen.findByTestId('live-report');
    expect(screen.getByRole('heading', { level: 2, name: 'Community score' })).toBeTruthy();
    const order = [...report.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));
    expect(order.indexOf('live-draft')).toBeLessThan(order.indexOf('live-findings'));
    const items = [...screen.getByTestId('live-findings').querySelectorAll('li[data-rule]')];
    for (const item of items) expect(item.querySelector('details.why')?.hasAttribute('open')).toBe(true);
    expect(report.querySelector('[data-learning="begging"]')?.textContent).toMatch(/To avoid.*Better/s);
  });
});

describe('sub-scores', () => {
  const lines = () =>
    Object.fromEntries(
      [...screen.getByTestId('live-subscores').querySelectorAll<HTMLElement>('li')].map((li) => [
        li.dataset.subscore,
        li.textContent,
      ]),
    );

  it('say what is wrong or right in words and counts, never an inverted number', async () => {
    await live();
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-report');
    const begging = screen.getByTestId('live-findings').querySelectorAll('li[data-category="begging"]').length;
    expect(begging).toBeGreaterThan(1);
    expect(lines()).toEqual({
      begging: `${begging} requests for reactions`,
      'self-centred': 'Speaks to the reader ✓',
      'missing-value': 'Gives the reader something ✓',
    });
    expect(screen.getByTestId('live-subscores').textContent).not.toMatch(/\b100\b/);
    expect(screen.getByTestId('live-subscores').querySelector('meter')).toBeNull();
  });

  it('count one in the singular and speak French', async () => {
    testUi.lang = 'fr';
    await live();
    fakeBackground(
      entryFor(
        'Likez ce post ! Dès lundi, nous ouvrons à 7 h, rue Victor Hugo, avec du pain au levain et du café à emporter jusqu’à 19 h.',
        { lang: 'fr' },
      ),
    );
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-report');
    const shown = lines();
    expect(shown.begging).toBe('1 demande de réactions');
    expect(shown['missing-value']).toBe('Apporte quelque chose au lecteur ✓');
  });

  it('follow what is shown: a dismissed hint no longer counts', async () => {
    await live();
    fakeBackground(entryFor('Like this post! From Monday we open at 7 am, on Rue Victor Hugo.'));
    await renderPage(<SidePanelPage search={PINNED} />);
    await screen.findByTestId('live-report');
    expect(lines().begging).toBe('1 request for reactions');
    const like = screen.getByTestId('live-findings').querySelector<HTMLElement>('li[data-rule="begging/like"]')!;
    await click(within(like).getByRole('button', { name: 'Dismiss for this draft' }));
    await waitFor(() => expect(lines().begging).toBe('Asks for nothing ✓'));
    expect(screen.getByText('1 hint dismissed for this draft.')).toBeTruthy();
  });
});

describe('a rewrite of the writer’s own sentence', () => {
  it('is shown as "Your sentence, reworked" with Copy, instead of the tips', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await live();
    const text = 'LIKE if you miss summer';
    const entry = entryFor(text);
    const reworked = 'What do you miss most about summer?';
    const like = entry.report.findings.find((f) => f.rule === 'begging/like')!;
    like.rewrite = { text: reworked, start: 0, end: text.length };
    fakeBackground(entry);
    await renderPage(<SidePanelPage search={PINNED} />);
    const item = (await screen.findByTestId('live-findings')).querySelector<HTMLElement>(
      'li[data-rule="begging/like"]',
    )!;
    const rewrite = within(item).getByTestId('rewrite');
    expect(rewrite.querySelector('.better-title')?.textContent).toBe('Your sentence, reworked');
    expect(rewrite.querySelector('q')?.textContent).toBe(reworked);
    expect(item.querySelectorAll('.better')).toHaveLength(1);
    await click(within(rewrite).getByRole('button', { name: `Copy: ${reworked}` }));
    expect(writeText).toHaveBeenCalledWith(reworked);
  });

  it('falls back to the tips when there is none', async () => {
    await live();
    fakeBackground(entryFor(BEGGING));
    await renderPage(<SidePanelPage search={PINNED} />);
    const list = await screen.findByTestId('live-findings');
    expect(within(list).queryAllByTestId('rewrite')).toHaveLength(0);
    expect(list.querySelector('li[data-rule="begging/like"] .better-title')?.textContent).toBe('A better way');
  });
});
