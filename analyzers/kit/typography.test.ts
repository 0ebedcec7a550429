import { describe, expect, it } from 'vitest';
import { catalogues } from '../registry';
import { frenchSpacing, mapStrings } from './typography';

const strings = (value: unknown): string[] => {
  const out: string[] = [];
  mapStrings(value, (s) => (out.push(s), s));
  return out;
};

describe('French typography', () => {
  it('puts a narrow no-break space before ; : ! ? and inside « », where there was a space', () => {
    expect(frenchSpacing('Attention : « Tapez 1 » ; vraiment ? Oui !')).toBe(
      'Attention\u202F: «\u202FTapez 1\u202F»\u202F; vraiment\u202F? Oui\u202F!',
    );
    expect(frenchSpacing('Déjà\u00A0: oui')).toBe('Déjà\u202F: oui');
  });

  it('adds nothing where the text has no space (links, times, already typeset)', () => {
    for (const s of ['https://example.com/a?b=1', 'à 7:30', 'Quoi\u202F?', '«\u202Fà\u202F»', 'Ah!']) {
      expect(frenchSpacing(s)).toBe(s);
    }
  });

  it('is applied to every string of the French catalogue, once, and never to the English one', () => {
    const fr = strings(catalogues.fr);
    expect(fr.some((s) => s.includes('\u202F'))).toBe(true);
    for (const s of fr) {
      expect(s, s).not.toMatch(/[ \u00A0][;:!?»]/);
      expect(s, s).not.toMatch(/«[ \u00A0]/);
    }
    expect(strings(catalogues.en).some((s) => s.includes('\u202F'))).toBe(false);
    expect(catalogues.fr.rules['missing-value/teaser']!.suggestions[0]).toContain(
      'trouver\u202F: «\u202FNotre recette',
    );
  });

  it('keeps the catalogue’s shape: same keys, same placeholders', () => {
    expect(mapStrings({ a: ['x : {n}'], b: { c: 'y' }, d: 3 }, frenchSpacing)).toEqual({
      a: ['x\u202F: {n}'],
      b: { c: 'y' },
      d: 3,
    });
  });
});
