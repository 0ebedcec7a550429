/**
 * Every UI string exists in English and French, and every key the pages ask
 * for is there: t() would show the bare key otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CORE_CATEGORIES, SENSITIVITIES, BOX_KINDS } from '@/analyzers';
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

/** The pages' and the content script's sources, tests left out. */
const sources = () =>
  ['components', 'entrypoints/sidepanel', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/content']
    .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'));

describe('UI strings', () => {
  it('are the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(fr)]) expect(v.message.trim(), k).not.toBe('');
  });

  it('cover every key the pages use literally', () => {
    const used = new Set(
      sources().flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)),
    );
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('have both plural forms for every count the pages put in words (tn)', () => {
    const used = new Set(
      sources().flatMap((f) =>
        [
          ...readFileSync(f, 'utf8').matchAll(
            /\btn\(\s*(?:[^,]*\?\s*)?'([A-Za-z0-9_]+)'(?:\s*:\s*'([A-Za-z0-9_]+)')?/g,
          ),
        ].flatMap((m) => [m[1]!, m[2]].filter((k): k is string => k !== undefined)),
      ),
    );
    expect([...used]).toEqual(expect.arrayContaining(['dismissedCount', 'badgeTitle', 'packImported', 'packReplaced']));
    for (const k of used)
      expect(
        [`${k}_one`, `${k}_other`].filter((p) => !(p in en)),
        k,
      ).toEqual([]);
    for (const [lang, messages] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const bare = Object.values(messages).filter((v) => /\w\((s|es|x)\)/.test(v.message));
      expect(bare, `${lang}: "(s)" instead of a plural`).toEqual([]);
    }
  });

  it('follow French typography: a non-breaking space before ; : ! ? and inside « »', () => {
    const wrong = Object.entries(fr).filter(([, v]) => / [;:!?»]|« /.test(v.message));
    expect(wrong.map(([k]) => k)).toEqual([]);
    expect(fr.modeQuestion?.message).toBe('Comment allez-vous utiliser le coach\u202f?');
  });

  it('cover every key the pages build from ids', () => {
    const built = [
      ...BOX_KINDS.map((k) => `kind_${k}`),
      ...['community', 'mixed', 'empire'].map((b) => `band_${b}`),
      ...CORE_CATEGORIES.flatMap((c) => ['none', 'one', 'other'].map((n) => `sub_${key(c)}_${n}`)),
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
