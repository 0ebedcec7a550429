import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  exportSettings,
  MAX_SETTINGS_FILE,
  parseSettingsFile,
  readSettings,
  readRejectedSettings,
  repairSettings,
  settingsItem,
  SETTINGS_VERSION,
  writeSettings,
} from './settings';
import { offRules } from './analysis-options';

describe('stored settings', () => {
  it('start from the defaults: compact live mode, and the panel asks how the coach will be used', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [], notKept: null });
    expect(DEFAULT_SETTINGS).toMatchObject({ learningMode: false, modeChosen: false });
  });

  it('keep an existing user’s mode without asking: settings stored before the choice existed count as chosen', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'strict', learningMode: true } });
    expect((await readSettings()).settings).toMatchObject({ learningMode: true, modeChosen: true });
  });

  it.each([['yes'], [null], [1]])(
    'read a damaged choice (%j) as not chosen: the panel asks again, nothing else lost',
    (bad) => {
      const { settings, problems } = repairSettings({ learningMode: true, modeChosen: bad, sensitivity: 'gentle' });
      expect(settings).toMatchObject({ learningMode: true, modeChosen: false, sensitivity: 'gentle' });
      expect(problems).toEqual([expect.stringMatching(/^modeChosen: /)]);
    },
  );

  it('round-trip and carry their version for later migrations', async () => {
    const settings = { ...DEFAULT_SETTINGS, sensitivity: 'strict' as const, mutedRules: ['begging/like'] };
    await writeSettings(settings);
    expect(await readSettings()).toEqual({ settings, problems: [], notKept: null });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('repair field by field (each site on its own): a bad field gets its default, the good ones stay, and each problem is named', () => {
    const { settings, problems } = repairSettings({
      sites: { x: false, linkedin: true, facebook: 'yes' },
      sensitivity: 'strict',
      mutedRules: ['begging/like', '<script>'],
      learningMode: false,
      colour: 'blue',
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      sites: { x: false, linkedin: true, facebook: true },
      sensitivity: 'strict',
      learningMode: false,
      modeChosen: true,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^sites\.facebook: /),
      expect.stringMatching(/^mutedRules\.1: expected a rule id/),
      'colour: unknown setting, ignored',
    ]);
  });

  it('keep an unreadable value aside, once, and never throw', async () => {
    const bad = { sensitivity: 42, learningMode: false };
    await fakeBrowser.storage.local.set({ settings: bad });
    const first = await readSettings();
    expect(first.settings.learningMode).toBe(false);
    expect(first.problems[0]).toMatch(/^sensitivity: /);
    const kept = await readRejectedSettings();
    expect(kept).toMatchObject({ value: bad, problems: first.problems });
    await readSettings();
    expect((await readRejectedSettings())?.at).toBe(kept?.at);
  });

  it.each([null, 'garbage', 42, [1, 2]])('read %j as the defaults with a notice (null: silently)', async (value) => {
    await fakeBrowser.storage.local.set({ settings: value });
    const read = await readSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problems.length).toBe(value === null ? 0 : 1);
  });

  it('refuse to write an invalid value', async () => {
    await expect(writeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'loud' as never })).rejects.toThrow();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('leave out turned-off and muted rules alike', () => {
    expect(
      offRules({
        ...DEFAULT_SETTINGS,
        disabledRules: ['formulas', 'begging/like'],
        mutedRules: ['begging/like', 'replies/defensive'],
      }),
    ).toEqual(['formulas', 'begging/like', 'replies/defensive']);
  });
});

describe('settings files', () => {
  const good = { ...DEFAULT_SETTINGS, sensitivity: 'gentle' as const, disabledRules: ['oversharing'] };

  it('export and import back the same settings', () => {
    expect(parseSettingsFile(exportSettings(good))).toEqual({ ok: true, settings: good });
  });

  it('name the field, its line and the reason for a wrong value', () => {
    const text = exportSettings(good).replace('"learningMode": false', '"learningMode": "yes"');
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"learningMode"')) + 1;
    expect(result.problems).toEqual([
      { field: 'settings.learningMode', reason: expect.stringMatching(/boolean/), line },
    ]);
  });

  it('take a file with only some settings, the others keeping their defaults', () => {
    const text = JSON.stringify({ format: 'post-coach-settings', version: 1, settings: { sensitivity: 'strict' } });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, sensitivity: 'strict' } });
  });

  it('refuse a misspelt field rather than half-apply the file', () => {
    const text = exportSettings(good).replace('"sensitivity"', '"sensitivty"');
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['settings.sensitivty']));
  });

  it.each([
    ['not JSON', '{ "format": ', /not valid JSON/],
    [
      'another file',
      JSON.stringify({ format: 'something-else', version: 1, settings: DEFAULT_SETTINGS }),
      /post-coach-settings/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'post-coach-settings', version: 99, settings: DEFAULT_SETTINGS }),
      /99|less than|<=/,
    ],
    [
      'a site list of the wrong type',
      JSON.stringify({ format: 'post-coach-settings', version: 1, settings: { sites: null } }),
      /expected an object/,
    ],
    ['a huge file', `"${'x'.repeat(MAX_SETTINGS_FILE)}"`, /too large/],
  ])('refuse %s with a reason', (_name, text, reason) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.reason).join(' ')).toMatch(reason);
  });

  it('give the line of a JSON syntax error', () => {
    const result = parseSettingsFile('{\n  "format": "post-coach-settings",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ field: '(file)', line: 3 });
  });
});
