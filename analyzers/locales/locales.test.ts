import { describe, expect, it } from 'vitest';
import { beggingGroups } from '../begging';
import { missingValueGroups } from '../missing-value';
import { selfCentredGroups } from '../self-centred';
import { catalogues } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same rules and strengths in French and English', () => {
    expect(Object.keys(catalogues.fr.rules).sort()).toEqual(Object.keys(catalogues.en.rules).sort());
    expect(Object.keys(catalogues.fr.strengths).sort()).toEqual(Object.keys(catalogues.en.strengths).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [id, en] of Object.entries(catalogues.en.rules)) {
      const fr = catalogues.fr.rules[id]!;
      expect(placeholders(fr.message), id).toEqual(placeholders(en.message));
    }
  });

  it('give every rule a message, a why and at least one better way', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const [id, text] of Object.entries(catalogue.rules)) {
        expect(text.message.trim(), id).not.toBe('');
        expect(text.why.trim(), id).not.toBe('');
        expect(text.suggestions.length, id).toBeGreaterThan(0);
      }
    }
  });

  it('cover every rule the phrase data can raise', () => {
    for (const group of [...beggingGroups, ...selfCentredGroups, ...missingValueGroups]) {
      expect(catalogues.en.rules[group.rule], group.rule).toBeDefined();
    }
  });
});
