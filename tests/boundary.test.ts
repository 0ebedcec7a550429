import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps analyzers/ pure is itself tested: a config typo would
// otherwise let a DOM call slip into code that runs in Node.
describe('analyzers stay pure', () => {
  const eslint = new ESLint();
  const lint = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.map((m) => m.ruleId);
  };

  it('rejects DOM, browser, WXT, React and Node imports in analyzers/', async () => {
    expect(await lint('export const t = document.title;\n', 'analyzers/begging/x.ts')).toContain(
      'no-restricted-globals',
    );
    expect(await lint('export const id = browser.runtime.id;\n', 'analyzers/x.ts')).toContain('no-restricted-globals');
    expect(
      await lint("import { storage } from 'wxt/utils/storage';\nexport { storage };\n", 'analyzers/x.ts'),
    ).toContain('no-restricted-imports');
    expect(await lint("import React from 'react';\nexport { React };\n", 'analyzers/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(
      await lint("import { readFileSync } from 'node:fs';\nexport { readFileSync };\n", 'analyzers/x.ts'),
    ).toContain('no-restricted-imports');
  });

  it('rejects imports of the development tools, in analyzers/ and in what ships', async () => {
    const code = "import { usage } from '../../tools/coach';\nexport { usage };\n";
    expect(await lint(code, 'analyzers/begging/x.ts')).toContain('no-restricted-imports');
    expect(await lint(code, 'entrypoints/content/x.ts')).toContain('no-restricted-imports');
    expect(await lint("import { usage } from '../tools/coach';\nexport { usage };\n", 'utils/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint("import { usage } from '../tools/coach';\nexport { usage };\n", 'tests/x.ts')).toEqual([]);
  });

  it('allows the same code outside analyzers/', async () => {
    expect(await lint('export const t = document.title;\n', 'components/x.ts')).toEqual([]);
  });
});
