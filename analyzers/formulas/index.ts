/**
 * formulas: posting formulas and ranking games. Hashtag stuffing (with each
 * site's sense of normal: X itself advises at most two), shouting in capitals,
 * runs of exclamation marks, walls of emoji.
 */
import { isWrittenInCapitals, type Analyzer, type Context, type RawFinding } from '../kit/engine';
import { defineAnalyzer } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    formulas: true;
  }
}
import { SITES } from '../kit/sites';

function hashtagStuffing(ctx: Context): RawFinding[] {
  const tags = ctx.positions.hashtag.map((i) => ctx.tokens[i]!);
  // Hashtags a post carries before it reads as stuffing: [hint from, warning from], per site.
  const [hint, warning] = SITES.byId[ctx.platform].hashtags;
  if (tags.length < hint) return [];
  const first = tags[0]!;
  const last = tags[tags.length - 1]!;
  return [
    {
      rule: 'formulas/hashtag-stuffing',
      confidence: tags.length >= warning ? 0.85 : 0.6,
      span: [first.start, last.end],
      data: { count: tags.length, normal: hint - 1 },
    },
  ];
}

/** Three or more words in a row written in capitals (acronyms alone are fine). */
function shouting(ctx: Context): RawFinding[] {
  const out: RawFinding[] = [];
  const { tokens } = ctx;
  const isShouted = (i: number) => isWrittenInCapitals(ctx, tokens[i]!);
  for (let i = 0; i < tokens.length; i++) {
    if (!isShouted(i)) continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.sentence === tokens[i]!.sentence && isShouted(j + 1)) j++;
    if (j - i + 1 >= 3)
      out.push({
        rule: 'formulas/shouting',
        confidence: j - i + 1 >= 6 ? 0.8 : 0.6,
        span: [tokens[i]!.start, tokens[j]!.end],
      });
    i = j;
  }
  return out;
}

/** "!!!", "?!?!": one is enough. */
const PUNCTUATION_RUN = /[!?]{3,}/g;

function exclamations(ctx: Context): RawFinding[] {
  const out: RawFinding[] = [];
  // A regular expression scans for the runs faster than a loop over every character.
  for (const m of ctx.norm.text.matchAll(PUNCTUATION_RUN)) {
    if (!m[0].includes('!')) continue; // "???" is a question, not shouting
    out.push({ rule: 'formulas/exclamations', confidence: 0.5, span: [m.index, m.index + m[0].length] });
    if (out.length === 20) break;
  }
  return out;
}

/** Six or more emoji in a row stand in for words the reader needed. */
function emojiWall(ctx: Context): RawFinding[] {
  const out: RawFinding[] = [];
  const { tokens } = ctx;
  const emoji = ctx.positions.emoji;
  for (let k = 0; k < emoji.length; k++) {
    // A run of emoji tokens is a run of consecutive indexes.
    let end = k;
    while (end + 1 < emoji.length && emoji[end + 1] === emoji[end]! + 1) end++;
    if (end - k + 1 >= 6)
      out.push({
        rule: 'formulas/emoji-wall',
        confidence: 0.6,
        span: [tokens[emoji[k]!]!.start, tokens[emoji[end]!]!.end],
      });
    k = end;
  }
  return out;
}

export const formulas: Analyzer = {
  id: 'formulas',
  category: 'formulas',
  run: (ctx) => [...hashtagStuffing(ctx), ...shouting(ctx), ...exclamations(ctx), ...emojiWall(ctx)],
};

export const formulasModule = defineAnalyzer({
  id: 'formulas',
  category: 'formulas',
  texts: { en, fr },
  rules: {
    'formulas/hashtag-stuffing': {
      severity: 'warning',
      options: { hashtags: Object.fromEntries(SITES.list.map((site) => [site.id, site.hashtags])) },
    },
    'formulas/shouting': { severity: 'warning' },
    'formulas/exclamations': { severity: 'hint' },
    'formulas/emoji-wall': { severity: 'hint' },
  },
  analyzers: [formulas],
});
