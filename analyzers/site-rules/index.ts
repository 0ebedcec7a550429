/**
 * site-rules: each site's limits and habits. A draft over the site's limit
 * (X counted its own weighted way), a LinkedIn post whose first lines give no
 * reason to click "see more", and comments that run long.
 */
import type { Analyzer, Context, RawFinding } from '../kit/engine';
import { toNormalized } from '../kit/text';
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

/** Characters each site accepts, per kind of box (X: weighted length). */
export const LIMITS: Record<Platform, Record<BoxKind, number>> = {
  x: { post: 280, reply: 280, comment: 280 },
  linkedin: { post: 3000, comment: 1250, reply: 1250 },
  facebook: { post: 63206, comment: 8000, reply: 8000 },
};

/** LinkedIn folds a post after roughly 140 to 210 characters, by device: the hook must come first. */
const FOLD = 180;
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
  return platform === 'x' ? xWeightedLength(text) : codePointLength(text);
}

/** The draft's code point length, counted by the normaliser: no second pass over the text. */
const draftLength = (ctx: Context) => ctx.norm.codePoints;

function tooLong(ctx: Context): RawFinding[] {
  const limit = LIMITS[ctx.platform][ctx.kind];
  // X counts links as 23 whatever their length: only then can a long draft still fit.
  if (ctx.platform !== 'x' && ctx.original.length <= limit) return [];
  const count = ctx.platform === 'x' ? xWeightedLength(ctx.original) : draftLength(ctx);
  return count > limit ? [{ rule: 'site-rules/too-long', confidence: 0.95, data: { count, limit } }] : [];
}

function fold(ctx: Context): RawFinding[] {
  if (ctx.platform !== 'linkedin' || ctx.kind !== 'post') return [];
  // A code point is at most two units: past twice the bar there is nothing to count.
  if (ctx.original.length <= 4 * FOLD && draftLength(ctx) <= 2 * FOLD) return [];
  const foldAt = toNormalized(ctx.norm, FOLD);
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
    'site-rules/fold': { severity: 'hint', options: { foldAt: FOLD } },
    'site-rules/long-comment': { severity: 'hint', options: { longerThan: LONG_COMMENT } },
  },
  analyzers: [siteRules],
});
