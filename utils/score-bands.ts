/** The community score's bands (one warning alone leaves a draft "between the two"; it takes several slips to be "about you"), for every surface that colours or names a score (badge, gauge). */
export const COMMUNITY_FROM = 70;
export const MIXED_FROM = 40;

export type Band = 'community' | 'mixed' | 'empire';

export function bandOf(score: number): Band {
  return score >= COMMUNITY_FROM ? 'community' : score >= MIXED_FROM ? 'mixed' : 'empire';
}
