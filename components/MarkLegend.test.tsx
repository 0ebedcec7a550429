// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBackground, PINNED, renderPage } from '@/tests/ui/render';
import { testUi } from '@/tests/setup';
import { MARK_STYLES } from '@/utils/mark-styles';
import { SidePanelPage } from './SidePanelPage';

describe('the marks legend in the side panel', () => {
  it('shows each mark as the page draws it, says the red wavy line is the spell-checker’s, and gives the shortcut', async () => {
    fakeBackground(null);
    await renderPage(<SidePanelPage search={PINNED} />);
    const legend = await screen.findByTestId('mark-legend');
    const items = [...legend.querySelectorAll<HTMLElement>('li[data-mark]')];
    expect(items.map((li) => li.dataset.mark)).toEqual(['warning', 'hint', 'private', 'spelling']);
    for (const li of items.slice(0, 3)) {
      const style = MARK_STYLES[li.dataset.mark as keyof typeof MARK_STYLES];
      const sample = li.querySelector('span')!;
      expect(sample.style.textDecorationStyle).toBe(style.line);
      expect(sample.style.textDecorationColor).toBe(style.color);
    }
    expect(items[3]!.textContent).toMatch(/spell-checker/);
    expect(legend.textContent).toContain('Ctrl+Shift+Space');
  });

  it('in French', async () => {
    testUi.lang = 'fr';
    fakeBackground(null);
    await renderPage(<SidePanelPage search={PINNED} />);
    const legend = await screen.findByTestId('mark-legend');
    expect(legend.querySelector('summary')!.textContent).toBe('Ce que veulent dire les marques sur la page');
    expect(legend.textContent).toContain('Ctrl+Maj+Espace');
  });
});
