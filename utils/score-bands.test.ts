import { describe, expect, it } from 'vitest';
import { bandOf, COMMUNITY_FROM, MIXED_FROM } from './score-bands';

describe('score bands', () => {
  it('name every score from 0 to 100, in order, with the thresholds the gauge marks', () => {
    expect([0, MIXED_FROM - 1, MIXED_FROM, COMMUNITY_FROM - 1, COMMUNITY_FROM, 100].map(bandOf)).toEqual([
      'empire',
      'empire',
      'mixed',
      'mixed',
      'community',
      'community',
    ]);
  });
});
