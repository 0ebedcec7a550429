/**
 * Every UI string exists in English and French, and every key the pages ask
 * for is there: t() would show the bare key otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SENSITIVITIES, BOX_KINDS } from '@/analyzers';
import { AUTO_CHECKS, QUESTIONS } from '@/components/Checklist';
import { UI_LANGUAGES } from '@/utils/settings';

const load = (lang: string) =>
  JSON.parse(readFileSync(join('public/_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
const en = load('en');
const fr = load('fr');
const key = (s: string) => s.replace(/[/-]/g, '_');

describe('UI strings', () => {
  it('are the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(fr)]) expect(v.message.trim(), k).not.toBe('');
  });

  it('cover every key the pages use literally', () => {
    const sources = [
      'components',
      'entrypoints/sidepanel',
      'entrypoints/popup',
      'entrypoints/options',
      'entrypoints/content',
    ]
      .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
      .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'));
    const used = new Set(
      sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)),
    );
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('cover every key the pages build from ids', () => {
    const built = [
      ...BOX_KINDS.map((k) => `kind_${k}`),
      ...['community', 'mixed', 'empire'].map((b) => `band_${b}`),
      ...['warning', 'hint'].map((s) => `severity_${s}`),
      ...CATEGORIES.flatMap((c) =>
        ['cat', 'principle', 'source', 'learn', 'weak', 'strong'].map((p) => `${p}_${key(c)}`),
      ),
      ...AUTO_CHECKS.flatMap((c) => [`check_${key(c.id)}`, `check_${key(c.id)}_pass`]),
      ...QUESTIONS.flatMap((q) => [`question_${key(q)}`, `question_${key(q)}_why`]),
      ...['pass', 'fail', 'todo'].map((s) => `state_${s}`),
      ...SENSITIVITIES.flatMap((s) => [`sensitivity_${s}`, `sensitivity_${s}_desc`]),
      ...UI_LANGUAGES.map((l) => `language_${l}`),
    ];
    expect(built.filter((k) => !(k in en))).toEqual([]);
  });
});
