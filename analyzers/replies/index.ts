/**
 * replies: answers to unhappy customers (boxes of kind reply or comment). Being
 * nice does not fix the product; telling people what will be done and when
 * does. Flags defensive answers, copy-paste apologies with no action or
 * time in them, and sales pitches dropped into someone else's thread.
 */
import { dropOverlaps, type Analyzer } from '../kit/engine';
import { buildGroupIndex, guardedFindings } from '../kit/phrase-analyzer';
import { matchesOf, PhraseIndex } from '../kit/phrases';
import { ACTION } from './phrases';
import { defineAnalyzer, phraseGroups } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    replies: true;
  }
}

/** Both languages' patterns, untagged as when they shared one list: each matches in any sentence. */
export const repliesGroups = [...phraseGroups(en), ...phraseGroups(fr)];
// Posts never need these, so they stay out of the combined scan and run on replies alone.
const repliesIndex = buildGroupIndex(repliesGroups, false);
const actionIndex = new PhraseIndex(
  ACTION.map((pattern) => ({ pattern, meta: null })),
  false,
);

export const replies: Analyzer = {
  id: 'replies',
  category: 'replies',
  run(ctx) {
    if (ctx.kind === 'post') return [];
    const found = dropOverlaps(guardedFindings(ctx, repliesIndex, undefined));
    const acts = matchesOf(ctx, actionIndex).length > 0;
    // An apology that also says what happens next is a good answer.
    return found.filter((f) => f.rule !== 'replies/boilerplate' || !acts);
  },
};

export const repliesModule = defineAnalyzer({
  id: 'replies',
  category: 'replies',
  texts: { en, fr },
  rules: {
    'replies/pitch': { severity: 'hint' },
    'replies/defensive': { severity: 'hint' },
    'replies/boilerplate': { severity: 'hint' },
  },
  analyzers: [replies],
});
