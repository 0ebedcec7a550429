import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { testAnalyzer } from '../kit/test-analyzer';
import { fingerprint, repetitionModule, similarity, SIGNATURE_SIZE, type DraftFingerprint } from './index';

const NOW = Date.UTC(2026, 10, 21, 12);
const HOUR = 3_600_000;

const EN =
  'Our spring workshop dates are out: three evenings on bookkeeping for freelancers, with templates you can keep and a question time at the end.';
const FR =
  'Les dates de nos ateliers de printemps sont là : trois soirées de comptabilité pour indépendants, avec des modèles à garder et un temps de questions à la fin.';

const remembered = (text: string, platform: DraftFingerprint['platform'], hoursAgo = 2): DraftFingerprint => ({
  signature: fingerprint(text)!,
  platform,
  at: NOW - hoursAgo * HOUR,
});

const found = (text: string, history: DraftFingerprint[], options: Partial<Parameters<typeof analyze>[1]> = {}) =>
  analyze(text, { platform: 'linkedin', history, now: NOW, messageLang: 'en', ...options }).findings.filter(
    (f) => f.category === 'repetition',
  );

describe('repetition', () => {
  it('flags the same post again on the same site, saying when', () => {
    const [f] = found(EN, [remembered(EN, 'linkedin', 50)]);
    expect(f).toMatchObject({
      rule: 'repetition/repeat',
      severity: 'warning',
      message: expect.stringContaining('2 d ago'),
    });
  });

  it('flags the same text cross-posted to another site, naming it, in French too', () => {
    const [f] = found(FR, [remembered(FR, 'x', 3)], { messageLang: 'fr' });
    expect(f).toMatchObject({
      rule: 'repetition/cross-post',
      message: 'Le même texte que votre brouillon X il y a 3 h',
    });
  });

  it('still sees a nearly identical text, as a hint', () => {
    const edited = EN.replace('three evenings', 'four evenings');
    expect(similarity(fingerprint(edited)!, fingerprint(EN)!)).toBeGreaterThanOrEqual(0.6);
    const [f] = found(edited, [remembered(EN, 'linkedin')]);
    expect(f?.rule).toBe('repetition/repeat');
  });

  it('takes the same text on the same site within half an hour for the same draft, restored', () => {
    expect(found(EN, [remembered(EN, 'linkedin', 0.2)])).toEqual([]);
    expect(found(EN, [remembered(EN, 'x', 0.2)]).map((f) => f.rule)).toEqual(['repetition/cross-post']);
    expect(found(EN, [remembered(EN, 'linkedin', 1)]).map((f) => f.rule)).toEqual(['repetition/repeat']);
  });

  it('stays quiet on a different post, a short one, a reply, or with no history', () => {
    const other =
      'Marta’s guide to pricing workshops is the clearest I have read: her three tiers, what each includes, and how she handles discounts.';
    expect(found(other, [remembered(EN, 'linkedin')])).toEqual([]);
    expect(
      found('Thanks everyone for coming tonight!', [remembered('Thanks everyone for coming tonight!', 'x')]),
    ).toEqual([]);
    expect(found(EN, [remembered(EN, 'linkedin')], { kind: 'reply' })).toEqual([]);
    expect(found(EN, [])).toEqual([]);
  });

  it('compares the words, not the spelling: case, accents, spacing and emoji do not matter', () => {
    const noisy = `🎉 ${EN.toUpperCase().replace(/ /g, '  ')} 🎉`;
    expect(similarity(fingerprint(noisy)!, fingerprint(EN)!)).toBe(1);
  });

  it('keeps only numbers: a fingerprint is a fixed-size signature, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 400 }), (text) => {
        const s = fingerprint(text);
        return (
          s === null ||
          (s.length === SIGNATURE_SIZE && s.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff))
        );
      }),
    );
    expect(fingerprint('x '.repeat(500_000))).toHaveLength(SIGNATURE_SIZE);
  });

  it('ignores malformed history entries rather than failing', () => {
    const broken = { signature: [1, 2, 3], platform: 'x', at: NOW } as DraftFingerprint;
    const report = analyze(EN, { platform: 'linkedin', history: [broken], now: NOW });
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f) => f.category === 'repetition')).toEqual([]);
  });
});

const OTHER =
  'Marta’s guide to pricing workshops is the clearest I have read: her three tiers, what each includes, and how she handles discounts.';

testAnalyzer(repetitionModule, {
  valid: [
    { text: OTHER, history: [remembered(EN, 'linkedin')], now: NOW, rule: 'repetition/repeat' },
    // The same draft on the same site within half an hour: restored by the site, not repeated.
    { text: EN, history: [remembered(EN, 'linkedin', 0.2)], now: NOW, rule: 'repetition/repeat' },
    { text: EN, history: [remembered(EN, 'x')], now: NOW, kind: 'reply', rule: 'repetition/cross-post' },
    { text: EN },
  ],
  invalid: [
    {
      text: EN,
      history: [remembered(EN, 'linkedin', 50)],
      now: NOW,
      findings: [{ rule: 'repetition/repeat', severity: 'warning', messageId: 'repetition/repeat' }],
    },
    {
      text: EN.replace('three evenings', 'four evenings'),
      history: [remembered(EN, 'linkedin')],
      now: NOW,
      findings: [{ rule: 'repetition/repeat', severity: 'hint' }],
    },
    { text: FR, history: [remembered(FR, 'x', 3)], now: NOW, findings: [{ rule: 'repetition/cross-post' }] },
  ],
});
