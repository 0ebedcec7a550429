import { describe, expect, it } from 'vitest';
import { fitLogistic } from './train';
import { cohenKappa } from './real-labels';
import { seededRandom, shuffled, templateKey } from './real-sample';
import { cleanText, dedupeKey } from './real-corpus';

/** Two features: the first says yes, the second says nothing. */
function toyData() {
  const X = [];
  const y = [];
  for (let i = 0; i < 60; i++) {
    const yes = i % 3 === 0;
    X.push({ idx: Int32Array.from([0, 1]), val: Float64Array.from([yes ? 1 : 0, i % 2]) });
    y.push(yes ? 1 : 0);
  }
  return { X, y };
}

describe('npm run train', () => {
  it('learns the same weights from the same data, every time', () => {
    const { X, y } = toyData();
    const a = fitLogistic(X, y, 2, 1e-3);
    const b = fitLogistic(X, y, 2, 1e-3);
    expect([...a.w]).toEqual([...b.w]);
    expect(a.bias).toBe(b.bias);
  });

  it('weighs the feature that predicts, not the one that does not', () => {
    const { X, y } = toyData();
    const { w } = fitLogistic(X, y, 2, 1e-3);
    expect(w[0]).toBeGreaterThan(2);
    expect(Math.abs(w[1]!)).toBeLessThan(0.5);
  });
});

describe('the real-post corpus tools', () => {
  it("computes Cohen's kappa", () => {
    expect(
      cohenKappa([
        [1, 1],
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(1);
    // 3 of 4 agree, each rater says yes half the time: (0.75 - 0.5) / 0.5
    expect(
      cohenKappa([
        [1, 1],
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toBeCloseTo(0.5, 9);
  });

  it('draws the same sample from the same seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(shuffled(items, seededRandom(7))).toEqual(shuffled(items, seededRandom(7)));
    expect(shuffled(items, seededRandom(7))).not.toEqual(shuffled(items, seededRandom(8)));
  });

  it("reads an operator's stock reply as one template, whatever the greeting", () => {
    expect(templateKey('Bonjour, la messagerie privée X n’est plus disponible, écrivez-nous')).toBe(
      templateKey('La messagerie privée X n’est plus disponible, écrivez-nous sur Messenger'),
    );
  });

  it('cleans what the datasets stored: entities, the LinkedIn fold', () => {
    expect(cleanText('Tom &amp; Jerry &#x1F600; …see more')).toBe('Tom & Jerry 😀');
    expect(dedupeKey('Hello @ana https://x.co/a WORLD!')).toBe('hello world');
  });
});
