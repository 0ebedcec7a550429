/**
 * site-rules: each site's limits and habits. A draft over the site's limit
 * (X counted its own weighted way), a LinkedIn post whose first lines give no
 * reason to click "see more", and comments that run long.
 */
import type { Analyzer, Context, RawFinding } from '../kit/engine';
import { toNormalized } from '../kit/text';
import { SITES } from '../kit/sites';
import type { BoxKind, Platform } from '../kit/vocabulary';
import { computeSignals } from '../signals';
import { xWeightedLength } from './x-length';
import { defineAnalyzer } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    'site-rules': true;
  }
}

/** Characters each site accepts, per kind of box (X: weighted length), from the site descriptors. */
export const LIMITS = Object.fromEntries(SITES.list.map((s) => [s.id, s.limits])) as Record<
  Platform,
  Readonly<Record<BoxKind, number>>
>;

const weighted = (platform: Platform) => SITES.byId[platform].counting === 'x-weighted';

/** Longer than this, a comment is an essay: the person answered gets lost. */
const LONG_COMMENT = 600;

/** Length as people and counters see it: code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The length the site counts against its limit (X: weighted, links as 23). */
export function siteLength(text: string, platform: Platform): number {
  return weighted(platform) ? xWeightedLength(text) : codePointLength(text);
}

/** The draft's code point length, counted by the normaliser: no second pass over the text. */
const draftLength = (ctx: Context) => ctx.norm.codePoints;

function tooLong(ctx: Context): RawFinding[] {
  const limit = LIMITS[ctx.platform][ctx.kind];
  // X counts links as 23 whatever their length: only then can a long draft still fit.
  const xWeighted = weighted(ctx.platform);
  if (!xWeighted && ctx.original.length <= limit) return [];
  const count = xWeighted ? xWeightedLength(ctx.original) : draftLength(ctx);
  return count > limit ? [{ rule: 'site-rules/too-long', confidence: 0.95, data: { count, limit } }] : [];
}

/** A post on a site that folds it ("see more", LinkedIn) whose first lines give no reason to click. */
function fold(ctx: Context): RawFinding[] {
  const at = SITES.byId[ctx.platform].fold;
  if (at === undefined || ctx.kind !== 'post') return [];
  // A code point is at most two units: past twice the bar there is nothing to count.
  if (ctx.original.length <= 4 * at && draftLength(ctx) <= 2 * at) return [];
  const foldAt = toNormalized(ctx.norm, at);
  const firstLine = ctx.sentences[0];
  if (firstLine?.terminator.includes('?')) return [];
  const hooked = computeSignals(ctx).strengths.some((s) => s.span[0] < foldAt);
  return hooked
    ? []
    : [{ rule: 'site-rules/fold', confidence: 0.5, span: [0, Math.min(foldAt, ctx.norm.text.length)] }];
}

function longComment(ctx: Context): RawFinding[] {
  if (ctx.kind === 'post') return [];
  const count = draftLength(ctx);
  return count > LONG_COMMENT && count <= LIMITS[ctx.platform][ctx.kind]
    ? [{ rule: 'site-rules/long-comment', confidence: 0.5, data: { count } }]
    : [];
}

export const siteRules: Analyzer = {
  id: 'site-rules',
  category: 'site-rules',
  run: (ctx) => [...tooLong(ctx), ...fold(ctx), ...longComment(ctx)],
};

export const siteRulesModule = defineAnalyzer({
  id: 'site-rules',
  category: 'site-rules',
  texts: { en, fr },
  rules: {
    'site-rules/too-long': { severity: 'warning', options: { limits: LIMITS } },
    'site-rules/fold': {
      severity: 'hint',
      options: { foldAt: Object.fromEntries(SITES.list.map((site) => [site.id, site.fold])) },
    },
    'site-rules/long-comment': { severity: 'hint', options: { longerThan: LONG_COMMENT } },
  },
  analyzers: [siteRules],
});
