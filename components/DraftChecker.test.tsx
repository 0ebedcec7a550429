// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DraftChecker } from './DraftChecker';

describe('DraftChecker', () => {
  it('shows nothing until there is a draft', () => {
    render(<DraftChecker />);
    expect(screen.queryByTestId('findings')).toBeNull();
  });

  it('lists the findings of the typed draft with their rule and category, quoting the span', () => {
    render(<DraftChecker />);
    fireEvent.change(screen.getByLabelText('Your draft'), { target: { value: 'Like and share! #likeforlike' } });
    const items = screen.getByTestId('findings').querySelectorAll('li');
    expect([...items].map((li) => [li.dataset.rule, li.dataset.category])).toEqual([
      ['begging/like', 'begging'],
      ['begging/hashtag', 'begging'],
    ]);
    expect(items[0]!.querySelector('q')!.textContent).toBe('Like and share');
  });

  it('re-analyses for the chosen site and renders draft text as text, never as HTML', () => {
    render(<DraftChecker />);
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Your draft'), {
      target: { value: '<img src=x onerror=alert(1)> Follow us!' },
    });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('findings').textContent).toContain('Follow us');
  });
});
