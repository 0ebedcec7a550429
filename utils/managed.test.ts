import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { packsWithManaged, parseManaged, withManaged } from './managed';

const pack = readFileSync('docs/house-rules.example.json', 'utf8');

describe('managed policy', () => {
  it('reads packs (as file text or as objects) and locked settings, checked like an import', () => {
    const managed = parseManaged({ houseRules: [pack, JSON.parse(pack)], settings: { sensitivity: 'strict' } });
    expect(managed.packs.map((p) => [p.id, p.enabled])).toEqual([
      ['atelier-community', true],
      ['atelier-community', true],
    ]);
    expect(managed.settings).toEqual({ sensitivity: 'strict' });
    expect(managed.problems).toEqual([]);
  });

  it('keeps what is valid and names what is not', () => {
    const managed = parseManaged({
      houseRules: ['{"format": "post-coach-house-rules"}', 7],
      settings: { sensitivity: 'loud', learningMode: false, colour: 'red' },
    });
    expect(managed.packs).toEqual([]);
    expect(managed.settings).toEqual({ learningMode: false });
    expect(managed.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^houseRules\.0\./),
        expect.stringMatching(/^houseRules\.1\./),
        expect.stringMatching(/^settings\.sensitivity: /),
        'settings.colour: unknown setting, ignored',
      ]),
    );
  });

  it('no policy is no problem', () => {
    expect(parseManaged(undefined)).toEqual({ settings: {}, packs: [], problems: [] });
    expect(parseManaged({})).toEqual({ settings: {}, packs: [], problems: [] });
  });

  it('wins over the user’s settings and packs, which stay underneath', () => {
    const managed = parseManaged({ houseRules: [pack], settings: { sensitivity: 'strict' } });
    const own = { ...DEFAULT_SETTINGS, sensitivity: 'gentle' as const, learningMode: false };
    expect(withManaged(own, managed)).toMatchObject({ sensitivity: 'strict', learningMode: false });
    const mine = { ...managed.packs[0]!, name: 'My old copy', enabled: false };
    const other = { ...mine, id: 'mine' };
    expect(packsWithManaged([mine, other], managed).map((p) => [p.id, p.name])).toEqual([
      ['atelier-community', 'Atelier community team'],
      ['mine', 'My old copy'],
    ]);
  });
});

describe('the policy schema', () => {
  it('in docs/ is the one the manifest ships', () => {
    expect(readFileSync('docs/policy/managed-schema.json', 'utf8')).toBe(
      readFileSync('public/managed-schema.json', 'utf8'),
    );
  });
  it('describes every setting a policy may lock', () => {
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8'));
    expect(Object.keys(schema.properties.settings.properties).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});
