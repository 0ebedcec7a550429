/** The community score's bands, for every surface that colours or names a score (badge, gauge). */
export const COMMUNITY_FROM = 75;
export const MIXED_FROM = 50;

export type Band = 'community' | 'mixed' | 'empire';

export function bandOf(score: number): Band {
  return score >= COMMUNITY_FROM ? 'community' : score >= MIXED_FROM ? 'mixed' : 'empire';
}
