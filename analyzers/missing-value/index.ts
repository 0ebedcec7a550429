/**
 * missing-value: the reader gets nothing. A whole-draft judgement: promotion,
 * filler, bare teasers and "find us elsewhere" count only when the draft offers
 * no value signal (information, tip, story, question, event…) and little else
 * to read. Drafts too short to judge are left alone while they are typed.
 */
import { beggingGroups, beggingIndex } from '../begging';
import { endsClosed, sentenceAt, type Analyzer, type Context, type RawFinding } from '../kit/engine';
import { buildGroupIndex, guardedFindings, inLanguage } from '../kit/phrase-analyzer';
import { matchesOf } from '../kit/phrases';
import { computeSignals } from '../signals';
import { defineAnalyzer, phraseGroups } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    'missing-value': true;
  }
}

export const missingValueGroups = [
  ...inLanguage('en', phraseGroups(en)),
  ...inLanguage('fr', phraseGroups(fr)),
  ...beggingGroups
    .filter((g) => g.rule === 'begging/cross-promo')
    .map((g) => ({ ...g, rule: 'missing-value/cross-promo' })),
];
export const missingValueIndex = buildGroupIndex(missingValueGroups);

/** Function words that carry no content of their own (folded). */
const STOPWORDS = new Set(
  `a an the and or but if so to of in on at for with from by is are was were be been am it its this that these those
  i me my we us our you your he she they them their his her what which who when where how all any some no not just very
  too also more most now today here there out up down then than as do does did done have has had will would can could
  s t m re ve ll d oh wow yes yay ok okay lol
  le la les l un une des du de d et ou mais si a au aux en dans sur pour par avec sans ce cet cette ces c est sont etait
  je j me m moi nous vous tu te t toi il elle on ils elles leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos
  qui que qu quoi ne n pas plus tres tout tous toute toutes y ici la voila voici ca cela deja encore aussi bien trop
  aujourd hui maintenant vite ah oh oui non super top genial trop`.split(/\s+/),
);

/** Value that still counts inside a sentence that sells: thanks, a story, a reason. */
const KEPT_NEAR_OFFERS = new Set(['thanks', 'story', 'explanation']);

const MAX_JUDGED_WORDS = 300;

const DISCOUNT_NEXT = new Set(['off', 'de', 'sur', 'reduction', 'remise']);

/** "-20 %", "20% off": a discount, which is promotion, not information. */
function discounts(ctx: Context): RawFinding[] {
  const out: RawFinding[] = [];
  for (const i of ctx.positions.number) {
    const t = ctx.tokens[i]!;
    if (!t.text.endsWith('%')) continue;
    const minus = ctx.norm.text.charCodeAt(t.start - 1) === 0x2d;
    const next = ctx.tokens[i + 1];
    const off = next?.sentence === t.sentence && (next.text === 'off' || (minus && DISCOUNT_NEXT.has(next.text)));
    if (minus || off)
      out.push({
        rule: 'missing-value/promo-only',
        confidence: 0.85,
        span: [minus ? t.start - 1 : t.start, off ? next!.end : t.end],
      });
  }
  return out;
}

export const missingValue: Analyzer = {
  id: 'missing-value',
  category: 'missing-value',
  run(ctx) {
    const words = ctx.wordCount;
    const last = ctx.tokens[ctx.tokens.length - 1];
    if (!last) return [];
    // A short draft is judged only once it looks finished: closing punctuation,
    // or the emoji, hashtags and link people put last. Until then: wait.
    const looksFinished = endsClosed(ctx) || last.kind === 'url' || last.kind === 'hashtag' || last.kind === 'emoji';
    if (words < 6 && !looksFinished && ctx.stage === 'typing') return [];
    // Every verdict below needs at most 20 words of content outside promotional
    // phrases; a draft of hundreds of words cannot be that empty.
    if (words > MAX_JUDGED_WORDS) return [];

    const signals = ctx.memo('missing-value/signals', () => [
      ...guardedFindings(ctx, missingValueIndex, undefined),
      ...discounts(ctx),
    ]);
    const count = (rule: string) => signals.filter((s) => s.rule === rule).length;
    const promo = count('missing-value/promo-only');
    const teaser = count('missing-value/teaser');
    const filler = count('missing-value/filler');
    const cross = count('missing-value/cross-promo');
    const urls = ctx.positions.url.length;

    // What the draft gives. Around an offer, a bare question mark or a price is not value.
    // ("Use code SAVE20" is not advice, "-20 %" is not a fact, "Looking for a gift?" is a pitch.)
    const promoSentences = new Set(
      signals.filter((s) => s.rule === 'missing-value/promo-only' && s.span).map((s) => sentenceAt(ctx, s.span![0])),
    );
    const selling = promo + teaser > 0;
    const insideSignal = (span: readonly [number, number]) =>
      signals.some((s) => s.span && span[0] < s.span[1] && s.span[0] < span[1]);
    const givesValue = computeSignals(ctx).strengths.some(
      (s) =>
        !(selling && s.byPunctuation) &&
        !(!KEPT_NEAR_OFFERS.has(s.id) && promoSentences.has(sentenceAt(ctx, s.span[0]))) &&
        !insideSignal(s.span),
    );
    if (givesValue) return [];

    // Words left once the promotional and filler phrases are set aside.
    const spans = signals.flatMap((s) => (s.span ? [s.span] : [])).sort((a, b) => a[0] - b[0]);
    let content = 0;
    let next = 0;
    let coveredUntil = -1;
    for (const t of ctx.tokens) {
      while (next < spans.length && spans[next]![0] <= t.start)
        coveredUntil = Math.max(coveredUntil, spans[next++]![1]);
      const covered = t.start < coveredUntil;
      if ((t.kind === 'word' || t.kind === 'number') && !STOPWORDS.has(t.text) && !covered) content++;
      if (content > 20) return [];
    }

    const whole = (rule: string, confidence: number): RawFinding[] => [{ rule, confidence }];
    // Past seven content words a link post usually says what it holds ("I explain five ways you might be doing
    // this, and what to do instead"): on real posts a teaser that long was wrong one time in two.
    if (teaser > 0 && teaser >= promo && content <= 7) return whole('missing-value/teaser', content <= 6 ? 0.85 : 0.6);
    // A reply is conversation: a "👍", a "Happy Friday!" under someone else's post, or a link to where the
    // answer is ("You can begin your claim online here": on real replies, never the empty post these are about).
    if (ctx.kind !== 'post') return [];
    if (promo > 0 && content <= 14) return whole('missing-value/promo-only', content <= 8 ? 0.85 : 0.6);
    if (urls > 0 && content <= 4) return whole('missing-value/teaser', 0.7);
    if (cross > 0 && content <= 8) return whole('missing-value/cross-promo', 0.8);
    if (filler > 0 && content <= 4) return whole('missing-value/filler', content <= 2 ? 0.9 : 0.7);
    // A finished draft of two content words or fewer ("Proud of our team! #success") says nothing yet;
    // when those words beg ("Like and share!"), the begging hint already says it.
    if (content <= 2 && looksFinished && !matchesOf(ctx, beggingIndex).length)
      return whole('missing-value/filler', 0.6);
    return [];
  },
};

export const missingValueModule = defineAnalyzer({
  id: 'missing-value',
  category: 'missing-value',
  core: true,
  texts: { en, fr },
  // The phrases are signals only: the verdict on the whole draft sets the confidence.
  rules: {
    'missing-value/promo-only': { severity: 'warning', options: { maxJudgedWords: MAX_JUDGED_WORDS } },
    'missing-value/filler': { severity: 'warning', options: { maxJudgedWords: MAX_JUDGED_WORDS } },
    'missing-value/teaser': { severity: 'warning', options: { maxJudgedWords: MAX_JUDGED_WORDS } },
    'missing-value/cross-promo': { severity: 'warning', options: { maxJudgedWords: MAX_JUDGED_WORDS } },
  },
  analyzers: [missingValue],
});
