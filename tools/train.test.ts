import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftExamplesOf, fitLogistic } from './train';
import { cohenKappa, mergePasses, type FinalLabel, type PassLabel } from './real-labels';
import { nextDraw, sampledRow, seededRandom, shuffled, templateKey } from './real-sample';
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

  it('lets a heavier example pull its feature further', () => {
    // One post with a feature of its own, clean: weighed twice, the model holds it further from a flag.
    const X = [
      ...toyData().X,
      { idx: Int32Array.from([2]), val: Float64Array.from([1]) },
      { idx: Int32Array.from([2]), val: Float64Array.from([1]) },
      { idx: Int32Array.from([2]), val: Float64Array.from([1]) },
    ];
    const y = [...toyData().y, 0, 0, 1];
    const even = fitLogistic(X, y, 3, 1e-3);
    const weighed = fitLogistic(X, y, 3, 1e-3, [...toyData().y.map(() => 1), 2, 2, 1]);
    expect(weighed.w[2]!).toBeLessThan(even.w[2]! - 0.1);
    expect(
      fitLogistic(
        X,
        y,
        3,
        1e-3,
        X.map(() => 1),
      ).w,
    ).toEqual(even.w);
  });

  it('reads blind-labelled drafts as development posts: their labels, their kind, what the phrase rules see', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'post-coach-train-')), 'drafts.jsonl');
    const rows = [
      {
        id: 'd-1',
        lang: 'en',
        platform: 'facebook',
        kind: 'comment',
        text: 'Like and share if you agree!',
        labels: ['begging', 'missing-value'],
      },
      {
        id: 'd-2',
        lang: 'fr',
        platform: 'x',
        text: 'Fermeture de la piscine lundi pour travaux, réouverture le 12.',
        labels: [],
      },
    ];
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    const [bait, notice] = draftExamplesOf([file]);
    expect(bait).toMatchObject({
      id: 'draft:d-1',
      lang: 'en',
      judgedAs: 'en',
      y: { begging: 1, 'self-centred': 0, 'missing-value': 1 },
    });
    expect(bait!.post).toMatchObject({ source: 'draft', site: 'facebook', kind: 'comment' });
    expect(bait!.rules.begging).toBe(true);
    expect(notice!.post.kind).toBe('post');
    expect(notice!.y).toEqual({ begging: 0, 'self-centred': 0, 'missing-value': 0 });
    expect(notice!.rules).toEqual({ begging: false, 'self-centred': false, 'missing-value': false });
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

  it('keeps every earlier label when a new drawing is merged, and adds only the new posts', () => {
    const none = { begging: 0, 'self-centred': 0, 'missing-value': 0 } as const;
    const settled: FinalLabel = {
      id: 'old',
      split: 'test',
      lang: 'fr',
      ...none,
      'self-centred': 1,
      a: { ...none, 'self-centred': 1 },
      b: none,
      settled: { 'self-centred': 'boast' },
    };
    const gone: FinalLabel = { ...settled, id: 'gone' };
    const pass = (id: string, votes: Partial<PassLabel>): [string, PassLabel] => [
      id,
      { id, lang: 'en', ...none, ...votes },
    ];
    // The passes disagree with the settled label of "old": the settled one stands.
    const a = new Map([pass('old', {}), pass('new', { 'missing-value': 1 }), pass('half', {})]);
    const b = new Map([pass('old', { begging: 1 }), pass('new', {})]);
    const sample = [
      { id: 'old', source: 's', split: 'test' as const },
      { id: 'new', source: 's', split: 'dev' as const, draw: 2 },
      { id: 'half', source: 's', split: 'dev' as const, draw: 2 },
    ];
    const merged = mergePasses(sample, new Map([settled, gone].map((l) => [l.id, l])), a, b);
    expect(merged.labels).toEqual([
      settled,
      { id: 'new', split: 'dev', lang: 'en', ...none, a: { ...none, 'missing-value': 1 }, b: none },
      gone,
    ]);
    expect(merged.added).toBe(1);
    expect(merged.disagreements).toEqual([{ id: 'new', categories: ['missing-value'] }]);
  });

  it('numbers each drawing and keeps the part and drawing a post was first given', () => {
    const earlier = [
      { id: 'a', source: 's', split: 'dev' as const },
      { id: 'b', source: 's', split: 'test' as const, draw: 2 },
    ];
    expect(nextDraw([])).toBe(1);
    expect(nextDraw(earlier)).toBe(3);
    expect(sampledRow('b', 's', earlier[1], 3)).toEqual(earlier[1]);
    expect(sampledRow('a', 's', earlier[0], 3)).toEqual(earlier[0]);
    const fresh = sampledRow('c', 's', undefined, 3);
    expect(fresh.draw).toBe(3);
    expect(sampledRow('c', 's', undefined, 3).split).toBe(fresh.split);
    expect(sampledRow('c', 's', undefined, 1)).not.toHaveProperty('draw');
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
