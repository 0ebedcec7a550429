import { describe, expect, it } from 'vitest';
import { checkSuite } from './test-analyzer';

describe('testAnalyzer checks its own suites', () => {
  it('rejects a suite with an empty side', () => {
    expect(() => checkSuite('begging', { valid: [], invalid: [['Like!', 'begging/like']] })).toThrow(/valid cases/);
    expect(() => checkSuite('begging', { valid: ['Hello'], invalid: [] })).toThrow(/invalid cases/);
  });

  it('rejects duplicate cases across both sides', () => {
    expect(() => checkSuite('begging', { valid: ['Like!'], invalid: [['Like!', 'begging/like']] })).toThrow(
      /duplicate/,
    );
  });

  it('rejects unknown message ids and rules of another analyzer', () => {
    expect(() => checkSuite('begging', { valid: ['x'], invalid: [['Like!', 'begging/nope']] })).toThrow(
      /unknown message id/,
    );
    expect(() => checkSuite('begging', { valid: ['x'], invalid: [['Brag', 'self-centred/brag']] })).toThrow(
      /another analyzer/,
    );
  });

  it('rejects an excerpt that is not in the text', () => {
    expect(() => checkSuite('begging', { valid: ['x'], invalid: [['Like!', 'begging/like', 'Share']] })).toThrow(
      /excerpt/,
    );
  });

  it('accepts a well-formed suite', () => {
    expect(() => checkSuite('begging', { valid: ['x'], invalid: [['Like!', 'begging/like', 'Like']] })).not.toThrow();
  });
});
