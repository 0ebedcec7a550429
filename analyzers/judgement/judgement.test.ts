import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, judgementFeatures, judgementLogits } from '../index';
import { testAnalyzer } from '../kit/test-analyzer';
import { judgementModel, judgementModule } from './index';

const MODEL = judgementModel();
import { JUDGED, logits } from './model';

const corpus = ['clean.jsonl', 'labelled.jsonl', 'holdout.jsonl'].flatMap((file) =>
  readFileSync(new URL(`../../tests/corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; platform: 'x' | 'linkedin' | 'facebook' }),
);

describe('whole-draft model', () => {
  it('scores a draft on the keystroke path exactly as training names its features', () => {
    for (const post of corpus) {
      const options = { platform: post.platform };
      const named = logits(MODEL, judgementFeatures(post.text, options));
      const direct = judgementLogits(post.text, options);
      direct.forEach((z, k) => expect(z, `${JUDGED[k]}: ${post.text}`).toBeCloseTo(named[k]!, 9));
    }
  });

  it('ships weights for every category, and a threshold in (0, 1] or silent above 1', () => {
    for (const c of JUDGED) {
      expect(Number.isFinite(MODEL.categories[c].bias)).toBe(true);
      expect(MODEL.categories[c].threshold).toBeGreaterThan(0);
    }
    const rows = Object.values(MODEL.weights);
    expect(rows.length).toBeGreaterThan(1000);
    for (const row of rows) expect(row).toHaveLength(JUDGED.length);
  });

  it('waits while a short draft is typed, and judges it once finished', () => {
    const text = 'Great to be back in Calgary with our candidates tonight';
    const rules = (stage: 'typing' | 'finished') =>
      analyze(text, { platform: 'linkedin', stage }).findings.map((f) => f.rule);
    const wholePost = (rules: string[]) => rules.filter((r) => r.endsWith('/whole-post'));
    expect(wholePost(rules('typing'))).toEqual([]);
    expect(wholePost(rules('finished')).length).toBeGreaterThan(0);
  });

  it('quotes the words of the draft that weighed most, and is never a warning', () => {
    const report = analyze('Great to be back in Calgary with our candidates tonight!', { platform: 'linkedin' });
    const hint = report.findings.find((f) => f.rule === 'self-centred/whole-post')!;
    expect(hint.severity).toBe('hint');
    const quoted = String(hint.data.evidence).split(', ');
    expect(quoted.length).toBeGreaterThan(0);
    for (const word of quoted) expect('Great to be back in Calgary with our candidates tonight!').toContain(word);
  });
});

testAnalyzer(judgementModule, {
  valid: [
    // Thanks and credit turn a post to others, whatever the model reads in it.
    {
      text: 'Thanks to everyone who came to the Calgary meetup tonight, and to @lea for hosting!',
      rule: 'self-centred/whole-post',
    },
    { text: 'Great to be back in Calgary with our candidates', stage: 'typing' },
    {
      text: 'Share your best onboarding tip in the comments, I will compile them into a guide.',
      sensitivity: 'strict',
      rule: 'begging/whole-post',
    },
    {
      text: 'Our son passed his driving test today after three tries. What helped: one lesson a week with the same teacher.',
      platform: 'facebook',
      sensitivity: 'strict',
      rule: 'missing-value/whole-post',
    },
  ],
  invalid: [
    {
      text: 'Great to be back in Calgary with our candidates tonight!',
      findings: [{ rule: 'self-centred/whole-post', severity: 'hint', messageId: 'self-centred/whole-post' }],
    },
    // The begging judgement speaks only at strict sensitivity (its threshold is above 1: see weights.ts).
    {
      text: 'like + rt et je t’envoie le lien en dm',
      platform: 'x',
      sensitivity: 'strict',
      findings: [{ rule: 'begging/whole-post', severity: 'hint' }],
    },
    {
      text: 'Our son passed his driving test today after three tries. Persistence pays.',
      platform: 'facebook',
      sensitivity: 'strict',
      findings: [{ rule: 'missing-value/whole-post', severity: 'hint' }],
    },
  ],
});
