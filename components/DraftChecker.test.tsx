// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/tests/ui/render';
import { DraftChecker } from './DraftChecker';

describe('DraftChecker', () => {
  it('shows nothing until there is a draft', async () => {
    await renderPage(<DraftChecker />);
    expect(screen.queryByTestId('checker-findings')).toBeNull();
  });

  it('lists the findings of the typed draft with their rule and category, quoting the span', async () => {
    await renderPage(<DraftChecker />);
    fireEvent.change(screen.getByLabelText('Your draft'), { target: { value: 'Like and share! #likeforlike' } });
    const items = screen.getByTestId('checker-findings').querySelectorAll<HTMLElement>('li[data-rule]');
    expect([...items].map((li) => [li.dataset.rule, li.dataset.category])).toEqual([
      ['begging/like', 'begging'],
      ['begging/hashtag', 'begging'],
      // Bait and nothing besides: nothing for the reader either.
      ['missing-value/whole-post', 'missing-value'],
    ]);
    expect(items[0]!.querySelector('q')!.textContent).toBe('Like and share');
  });

  it('re-analyses for the chosen site and renders draft text as text, never as HTML', async () => {
    await renderPage(<DraftChecker />);
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Your draft'), {
      target: { value: '<img src=x onerror=alert(1)> Follow us!' },
    });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('checker-findings').textContent).toContain('Follow us');
    expect(screen.getByTestId('checker-length').dataset.limit).toBe('280');
  });
});
