// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { settingsItem } from '@/utils/settings';
import { houseRulesItem } from '@/utils/house-rules';
import { analyze } from '@/analyzers';
import { entryFor, fakeBackground, PINNED, renderPage } from '@/tests/ui/render';
import { testUi } from '@/tests/setup';
import { PopupPage } from './PopupPage';

const states = () =>
  Object.fromEntries(
    [...screen.getByTestId('checklist').querySelectorAll<HTMLElement>('[data-check]')].map((li) => [
      li.dataset.check,
      li.dataset.state,
    ]),
  );

const tickAll = async () => {
  for (const box of screen.getAllByRole('checkbox')) {
    await act(async () => {
      fireEvent.click(box);
    });
  }
};

describe('popup checklist', () => {
  it('explains how to start and offers the side panel when no draft is active', async () => {
    fakeBackground(null);
    await renderPage(<PopupPage search={PINNED} />);
    expect((await screen.findByTestId('popup-empty')).textContent).toContain('Click in a post');
    expect(screen.getByRole('button', { name: 'Open the side panel' })).toBeTruthy();
    expect(screen.queryByTestId('checklist')).toBeNull();
  });

  it('shows neither "no draft here" nor a checklist while it waits for the background', async () => {
    const { answer } = fakeBackground(null).holdAnswers();
    await renderPage(<PopupPage search={PINNED} />);
    expect(screen.getByTestId('popup-loading')).toBeTruthy();
    expect(screen.queryByTestId('popup-empty')).toBeNull();
    await answer();
    await screen.findByTestId('popup-empty');
  });

  it('ticks and crosses the automatic checks from the report, each with its reason', async () => {
    fakeBackground(entryFor('Like and share this post! Follow us for more tips.'));
    await renderPage(<PopupPage search={PINNED} />);
    await screen.findByTestId('checklist');
    expect(states()).toMatchObject({
      'no-begging': 'fail',
      'speaks-to-reader': 'pass',
      'length-fits': 'pass',
      'no-personal-data': 'pass',
      'who-for': 'todo',
      listened: 'todo',
      'would-read': 'todo',
      'why-posting': 'todo',
    });
    expect(states()).not.toHaveProperty('answers-the-person'); // posts are not replies
    const begging = screen.getByTestId('checklist').querySelector('[data-check="no-begging"]')!;
    expect(begging.textContent).toContain('Asking for likes');
    expect(screen.getByTestId('ready').dataset.state).toBe('fail');
  });

  it('is ready once every check passes and the writer has answered every question; answers are remembered', async () => {
    const entry = entryFor('Thanks @Marie for the tip: what is the hardest part of pricing your work?');
    fakeBackground(entry);
    await renderPage(<PopupPage search={PINNED} />);
    await screen.findByTestId('checklist');
    expect(screen.getByTestId('ready').dataset.state).toBe('todo');
    await tickAll();
    await waitFor(() => expect(screen.getByTestId('ready').dataset.state).toBe('pass'));
    expect(screen.getByTestId('ready').textContent).toContain('Ready to publish');

    // The popup closes and opens again: the answers for this draft are still there.
    cleanup();
    fakeBackground(entry);
    await renderPage(<PopupPage search={PINNED} />);
    await screen.findByTestId('checklist');
    await waitFor(() => expect(states()['who-for']).toBe('pass'));
    expect(screen.getByTestId('ready').dataset.state).toBe('pass');
  });

  it('has a reply check for replies, and a muted rule no longer fails its check', async () => {
    fakeBackground(
      entryFor('Sorry for any inconvenience caused. Our team is doing its best.', { kind: 'reply', platform: 'x' }),
    );
    await renderPage(<PopupPage search={PINNED} />);
    await screen.findByTestId('checklist');
    expect(states()['answers-the-person']).toBe('fail');
    await act(async () => {
      await settingsItem.setValue({ disabledRules: ['replies'] });
    });
    await waitFor(() => expect(states()).not.toHaveProperty('answers-the-person'));
  });

  it('checks the team’s house rules once there are some', async () => {
    const pack = {
      id: 'atelier',
      name: 'Atelier team',
      version: 1,
      enabled: true,
      rules: [{ id: 'guys', type: 'avoid' as const, phrases: ['hey guys'], message: { en: 'Say <i>everyone</i>' } }],
    };
    const text = 'Hey guys, what is the hardest part of pricing your work?';
    fakeBackground(entryFor(text));
    await renderPage(<PopupPage search={PINNED} />);
    await screen.findByTestId('checklist');
    expect(states()).not.toHaveProperty('house-rules');
    cleanup();
    await houseRulesItem.setValue([pack]);
    fakeBackground({ ...entryFor(text), report: analyze(text, { platform: 'linkedin', houseRules: [pack] }) });
    await renderPage(<PopupPage search={PINNED} />);
    await screen.findByTestId('checklist');
    expect(states()['house-rules']).toBe('fail');
    expect(screen.getByTestId('checklist').querySelector('[data-check="house-rules"] .reason')?.textContent).toBe(
      'Say everyone',
    );
  });

  it('speaks French', async () => {
    testUi.lang = 'fr';
    fakeBackground(null);
    await renderPage(<PopupPage search={PINNED} />);
    expect(await screen.findByRole('heading', { name: 'Avant de publier' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ouvrir le panneau latéral' })).toBeTruthy();
  });
});
