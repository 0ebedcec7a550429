import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { houseRulesItem, parseHousePack, readPacks, writePacks } from './house-rules';
import { addProfile, profilesItem, readProfiles, removeProfile, switchProfile } from './profiles';
import { DEFAULT_SETTINGS, readSettings, settingsItem, writeSettings } from './settings';

const parsed = parseHousePack(readFileSync('docs/house-rules.example.json', 'utf8'));
if (!parsed.ok) throw new Error('example pack does not parse');
const pack = parsed.pack;

describe('brand profiles', () => {
  it('an existing user keeps every choice: their stored settings and packs are the first profile', async () => {
    const mine = {
      ...DEFAULT_SETTINGS,
      sensitivity: 'strict' as const,
      mutedRules: ['begging/like'],
      learningMode: false,
    };
    await writeSettings(mine);
    await writePacks([pack]);
    expect(await readProfiles()).toEqual({
      active: 'default',
      names: [{ id: 'default', name: 'Default' }],
      stored: {},
    });
    expect((await readSettings()).settings).toEqual(mine);
    expect((await readPacks()).packs).toEqual([pack]);
  });

  it.each([
    ['a new profile starts from the active settings, without packs', 'Lune Bakery'],
    ['names are free text; ids are made from them', 'Café « Lune » #2'],
  ])('%s', async (_, name) => {
    await writeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'gentle' });
    await writePacks([pack]);
    const profiles = await addProfile(name);
    const added = profiles.names.at(-1)!;
    expect(added.name).toBe(name);
    expect(added.id).toMatch(/^[a-z0-9-]+$/);
    await switchProfile(added.id);
    expect((await readSettings()).settings.sensitivity).toBe('gentle');
    expect((await readPacks()).packs).toEqual([]);
  });

  it('switching keeps each profile’s settings and packs apart, both ways', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    await writePacks([pack]);
    const { names } = await addProfile('Brand B');
    const b = names[1]!.id;
    await switchProfile(b);
    await writeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'gentle', uiLanguage: 'fr' });
    await switchProfile('default');
    expect((await readSettings()).settings).toMatchObject({ sensitivity: 'strict', uiLanguage: 'browser' });
    expect((await readPacks()).packs.map((p) => p.id)).toEqual(['atelier-community']);
    await switchProfile(b);
    expect((await readSettings()).settings).toMatchObject({ sensitivity: 'gentle', uiLanguage: 'fr' });
    expect((await readPacks()).packs).toEqual([]);
    expect((await readProfiles()).active).toBe(b);
  });

  it('refuses to remove the active profile, removes another', async () => {
    const { names } = await addProfile('Brand B');
    await expect(removeProfile('default')).rejects.toThrow(/active profile/);
    expect((await removeProfile(names[1]!.id)).names.map((n) => n.id)).toEqual(['default']);
  });

  it('a damaged profiles value falls back to one profile and loses none of the stored settings', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    await profilesItem.setValue({ active: 42 });
    expect((await readProfiles()).names).toEqual([{ id: 'default', name: 'Default' }]);
    expect((await readSettings()).settings.sensitivity).toBe('strict');
    await expect(switchProfile('nope')).rejects.toThrow(/no profile/);
    expect(await settingsItem.getValue()).toMatchObject({ sensitivity: 'strict' });
    expect(await houseRulesItem.getValue()).toEqual([]);
  });
});
