// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { houseRulesItem, readPacks } from '@/utils/house-rules';
import { renderPage } from '@/tests/ui/render';
import { OptionsPage } from './OptionsPage';

const EXAMPLE = readFileSync('docs/house-rules.example.json', 'utf8');

async function importFile(text: string) {
  await act(async () => {
    fireEvent.change(screen.getByTestId('pack-file'), {
      target: { files: [new File([text], 'rules.json', { type: 'application/json' })] },
    });
  });
}

describe('house rules in the options page', () => {
  it('import a pack from a file, list it, switch it off and remove it', async () => {
    await renderPage(<OptionsPage />);
    await importFile(EXAMPLE);
    await waitFor(() =>
      expect(screen.getByTestId('pack-status').textContent).toMatch(/Atelier community team.*4 rule/),
    );
    const item = screen.getByTestId('house-rules').querySelector<HTMLElement>('[data-pack="atelier-community"]')!;
    expect(item.textContent).toContain('version 3');
    expect((await readPacks()).packs.map((p) => [p.id, p.enabled])).toEqual([['atelier-community', true]]);
    await act(async () => {
      fireEvent.click(within(item).getByRole('checkbox'));
    });
    await waitFor(async () => expect((await readPacks()).packs[0]?.enabled).toBe(false));
    await act(async () => {
      fireEvent.click(within(item).getByRole('button', { name: 'Remove Atelier community team' }));
    });
    await waitFor(async () => expect((await readPacks()).packs).toEqual([]));
  });

  it('import pasted rules', async () => {
    await renderPage(<OptionsPage />);
    fireEvent.change(screen.getByLabelText('Or paste the rules here'), { target: { value: EXAMPLE } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import the pasted rules' }));
    });
    await waitFor(async () => expect((await readPacks()).packs).toHaveLength(1));
    expect((screen.getByLabelText('Or paste the rules here') as HTMLTextAreaElement).value).toBe('');
  });

  it('refuse a broken pack with its line and field, and leave the active packs unchanged', async () => {
    await renderPage(<OptionsPage />);
    await importFile(EXAMPLE);
    await waitFor(async () => expect((await readPacks()).packs).toHaveLength(1));
    const before = await houseRulesItem.getValue();
    const broken = EXAMPLE.replace('"type": "require"', '"type": "demand"');
    fireEvent.change(screen.getByLabelText('Or paste the rules here'), { target: { value: broken } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import the pasted rules' }));
    });
    const error = await screen.findByTestId('pack-error');
    expect(error.textContent).toMatch(/rules\.2\.type \(line \d+\)/);
    expect(error.textContent).toContain('your active packs are unchanged');
    expect(await houseRulesItem.getValue()).toEqual(before);
    // What was pasted stays, to be fixed.
    expect((screen.getByLabelText('Or paste the rules here') as HTMLTextAreaElement).value).toBe(broken);
  });
});
