import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '@/analyzers';
import {
  exportHousePack,
  houseRulesItem,
  MAX_HOUSE_RULES_FILE,
  parseHousePack,
  readPacks,
  rejectedPacksItem,
  withPack,
  writePacks,
} from './house-rules';

const EXAMPLE = readFileSync('docs/house-rules.example.json', 'utf8');
const example = () => JSON.parse(EXAMPLE) as Record<string, unknown> & { rules: Record<string, unknown>[] };

const problems = (text: string) => {
  const result = parseHousePack(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
};

describe('house-rule files', () => {
  it('accept the README example, which then coaches', () => {
    const result = parseHousePack(EXAMPLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack).toMatchObject({ id: 'atelier-community', version: 3, enabled: true });
    const report = analyze('Hey guys! In partnership with Lune, a new workshop.', {
      platform: 'linkedin',
      houseRules: [result.pack],
    });
    expect(report.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        'house-rules/atelier-community.say-everyone',
        'house-rules/atelier-community.sponsored-tag',
      ]),
    );
  });

  it('export a pack back to the same file', () => {
    const result = parseHousePack(EXAMPLE);
    if (!result.ok) throw new Error('example refused');
    expect(JSON.parse(exportHousePack(result.pack))).toEqual(JSON.parse(EXAMPLE));
  });

  it('name the field, its line and the reason for a missing field', () => {
    const pack = example();
    delete pack.rules[1]!.message;
    const text = JSON.stringify(pack, null, 2);
    const [problem] = problems(text);
    expect(problem).toMatchObject({ field: 'rules.1.message', reason: expect.stringMatching(/expected object/) });
    const line = text.split('\n').findIndex((l) => l.includes('"members-not-customers"')) + 1;
    expect(problem!.line).toBeGreaterThanOrEqual(line - 3);
    expect(problem!.line).toBeLessThanOrEqual(line + 3);
  });

  it.each([
    ['a wrong type', (p: ReturnType<typeof example>) => (p.rules[0]!.phrases = 'hey guys'), 'rules.0.phrases'],
    ['an unknown rule type', (p: ReturnType<typeof example>) => (p.rules[0]!.type = 'forbid'), 'rules.0.type'],
    ['a misspelt key', (p: ReturnType<typeof example>) => (p.rules[0]!.phrazes = ['x']), 'rules.0.phrazes'],
    ['a bad id', (p: ReturnType<typeof example>) => (p.id = 'Atelier Team!'), 'id'],
    ['a duplicate rule id', (p: ReturnType<typeof example>) => (p.rules[1]!.id = 'say-everyone'), 'rules.1.id'],
    ['an empty message', (p: ReturnType<typeof example>) => (p.rules[0]!.message = {}), 'rules.0.message'],
    ['an unknown site', (p: ReturnType<typeof example>) => (p.rules[1]!.sites = ['myspace']), 'rules.1.sites.0'],
    ['another format', (p: ReturnType<typeof example>) => (p.format = 'post-coach-settings'), 'format'],
  ])('refuse %s, naming the field', (_name, change, field) => {
    const pack = example();
    change(pack);
    expect(problems(JSON.stringify(pack, null, 2)).map((p) => p.field)).toContain(field);
  });

  it('refuse text that is not JSON, with its line', () => {
    const [problem] = problems('{\n  "format": "post-coach-house-rules",\n  "rules": [,]\n}');
    expect(problem).toMatchObject({ field: '(file)', line: 3 });
  });

  it('refuse a huge file before parsing it', () => {
    const huge = JSON.stringify({ ...example(), name: 'x'.repeat(MAX_HOUSE_RULES_FILE) });
    expect(problems(huge)[0]!.reason).toMatch(/too large/);
  });

  it('accept HTML in messages as text: it is sanitised where it is shown, never trusted', () => {
    const pack = example();
    pack.rules[0]!.message = { en: '<img src=x onerror=alert(1)><b>Not</b> everyone is a guy' };
    const result = parseHousePack(JSON.stringify(pack));
    expect(result.ok).toBe(true);
  });
});

describe('stored packs', () => {
  it('round-trip, and a pack with the same id replaces the older one', async () => {
    const result = parseHousePack(EXAMPLE);
    if (!result.ok) throw new Error('example refused');
    await writePacks(withPack([], result.pack));
    await writePacks(withPack((await readPacks()).packs, { ...result.pack, version: 4 }));
    const read = await readPacks();
    expect(read.packs.map((p) => [p.id, p.version])).toEqual([['atelier-community', 4]]);
    expect(read.problems).toEqual([]);
  });

  it('set a damaged pack aside, keep the good ones, and say which', async () => {
    const result = parseHousePack(EXAMPLE);
    if (!result.ok) throw new Error('example refused');
    const damaged = { ...result.pack, id: 'broken', rules: 'nope' };
    await fakeBrowser.storage.local.set({ houseRules: [result.pack, damaged] });
    const read = await readPacks();
    expect(read.packs.map((p) => p.id)).toEqual(['atelier-community']);
    expect(read.problems[0]).toMatch(/^houseRules\.1\.rules: /);
    expect(await rejectedPacksItem.getValue()).toEqual([damaged]);
  });

  it('survive a stored value of the wrong shape', async () => {
    await houseRulesItem.setValue('garbage');
    const read = await readPacks();
    expect(read).toEqual({ packs: [], problems: ['houseRules: expected a list of packs'], notKept: null });
    expect(await rejectedPacksItem.getValue()).toEqual(['garbage']);
  });
});
