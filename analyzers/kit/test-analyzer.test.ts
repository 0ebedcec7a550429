import { describe, expect, it } from 'vitest';
import { beggingModule } from '../begging';
import { analyze } from '../index';
import { checkSuite, mismatch, type InvalidCase } from './test-analyzer';

const like = { text: 'I like this approach.', rule: 'begging/like' };
/** Suites that answer for begging/like only, so that the other rules' cases are not required. */
const only = ['begging/like'];

describe('testAnalyzer checks its own suites', () => {
  it('rejects a suite with an empty side', () => {
    expect(() => checkSuite(beggingModule, { rules: only, valid: [], invalid: [['Like!', 'begging/like']] })).toThrow(
      /valid cases/,
    );
    expect(() => checkSuite(beggingModule, { rules: only, valid: [like], invalid: [] })).toThrow(/invalid cases/);
  });

  it('rejects duplicate cases across both sides', () => {
    expect(() =>
      checkSuite(beggingModule, { rules: only, valid: [like, 'Like!'], invalid: [['Like!', 'begging/like']] }),
    ).toThrow(/duplicate/);
  });

  it('rejects unknown message ids and rules of another analyzer', () => {
    expect(() =>
      checkSuite(beggingModule, { rules: only, valid: [like], invalid: [['Like!', 'begging/nope']] }),
    ).toThrow(/another analyzer/);
    expect(() =>
      checkSuite(beggingModule, {
        rules: only,
        valid: [like],
        invalid: [{ text: 'Like!', findings: [{ rule: 'begging/like', messageId: 'begging/nope' }] }],
      }),
    ).toThrow(/unknown message id begging\/nope/);
    expect(() =>
      checkSuite(beggingModule, { rules: only, valid: [like], invalid: [['Brag', 'self-centred/brag']] }),
    ).toThrow(/another analyzer/);
  });

  it('rejects an excerpt that is not in the text', () => {
    expect(() =>
      checkSuite(beggingModule, { rules: only, valid: [like], invalid: [['Like!', 'begging/like', 'Share']] }),
    ).toThrow(/excerpt/);
  });

  it('requires an invalid case and a valid near miss for every rule it answers for', () => {
    expect(() => checkSuite(beggingModule, { valid: [like], invalid: [['Like!', 'begging/like']] })).toThrow(
      /begging\/share has no invalid case; begging\/share has no valid case/,
    );
    expect(() =>
      checkSuite(beggingModule, {
        rules: only,
        valid: ['I like this approach.'],
        invalid: [['Like!', 'begging/like']],
      }),
    ).toThrow(/begging\/like has no valid case/);
    expect(() =>
      checkSuite(beggingModule, {
        rules: ['begging/like', 'begging/share'],
        valid: [like, { text: 'Share of voice is a metric.', rule: 'begging/share' }],
        invalid: [['Like!', 'begging/like']],
      }),
    ).toThrow(/begging\/share has no invalid case/);
  });

  it('accepts a well-formed suite', () => {
    expect(() =>
      checkSuite(beggingModule, {
        rules: only,
        valid: [like],
        invalid: [{ text: 'Like!', findings: [{ rule: 'begging/like', excerpt: 'Like', severity: 'warning' }] }],
      }),
    ).not.toThrow();
  });
});

describe('testAnalyzer checks what the analyzer found', () => {
  const text = 'Like and share if you agree!';
  const found = analyze(text, { platform: 'linkedin' }).findings.filter((f) => f.category === 'begging');
  const check = (findings: InvalidCase['findings']) => mismatch(beggingModule, { text, findings }, found);

  it('accepts the findings as they are', () => {
    expect(found.map((f) => [f.rule, f.severity, f.messageId])).toEqual([['begging/like', 'warning', 'begging/like']]);
    expect(check([{ rule: 'begging/like', severity: 'warning', messageId: 'begging/like' }])).toBeUndefined();
  });

  it('fails on another rule, severity, message id or excerpt', () => {
    expect(check([{ rule: 'begging/share' }])).toMatch(/expected begging\/share; found begging\/like/);
    expect(check([{ rule: 'begging/like', severity: 'hint' }])).toMatch(/as a hint; found .* as a warning/);
    expect(check([{ rule: 'begging/like', messageId: 'begging/share' }])).toMatch(/\(begging\/share\)/);
    expect(check([{ rule: 'begging/like', excerpt: 'agree' }])).toMatch(/over "agree"/);
  });

  it('fails when a rule declared a hint raises a warning', () => {
    const declaredHint = {
      ...beggingModule,
      rules: beggingModule.rules.map((r) => ({ ...r, severity: 'hint' as const })),
    };
    expect(mismatch(declaredHint, { text, findings: [{ rule: 'begging/like' }] }, found)).toMatch(/declared a hint/);
  });
});
