// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { entryFor, fakeBackground, PINNED, renderPage } from '@/tests/ui/render';
import { SidePanelPage } from './SidePanelPage';

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

describe('the rewrite in the side panel', () => {
  it('shows the writer’s sentence reworked, in the draft’s language under an English UI, and copies it', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fakeBackground(entryFor('Likez si vous aimez la galette !', { platform: 'facebook', lang: 'en' }));
    await renderPage(<SidePanelPage search={PINNED} />);
    const item = (await screen.findByTestId('live-findings')).querySelector<HTMLElement>(
      'li[data-rule="begging/like"]',
    )!;
    const rewrite = item.querySelector<HTMLElement>('[data-rewrite]')!;
    expect(rewrite.textContent).toContain('Your sentence, reworked');
    const quote = rewrite.querySelector('q')!;
    expect(quote.textContent).toBe('Quelle est votre galette préférée\u202F?');
    expect(quote.getAttribute('lang')).toBe('fr');
    await act(async () => {
      fireEvent.click(within(rewrite).getByRole('button', { name: /^Copy: / }));
    });
    expect(writeText).toHaveBeenCalledWith('Quelle est votre galette préférée\u202F?');
    expect(within(rewrite).getByRole('status').textContent).toBe('Copied');
  });

  it('shows no rewrite block where the engine made none', async () => {
    fakeBackground(entryFor('Like this post!', { platform: 'facebook' }));
    await renderPage(<SidePanelPage search={PINNED} />);
    const list = await screen.findByTestId('live-findings');
    expect(list.querySelector('li[data-rule="begging/like"]')).not.toBeNull();
    expect(list.querySelector('[data-rewrite]')).toBeNull();
  });
});
