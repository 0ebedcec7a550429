/**
 * begging: requests for engagement as an end in itself (likes, shares, follows,
 * tags, votes by reaction, empty comments, pleas for reach, swap hashtags,
 * engagement contests, "join our other page"). Mostly phrase data; two small
 * detectors read emoji votes and contests.
 */
import { words } from '../kit/words';
import { dropOverlaps, isWrittenInCapitals, type Analyzer, type Context, type RawFinding } from '../kit/engine';
import {
  buildGroupIndex,
  guardedFindings,
  inLanguage,
  isNegated,
  isQuoted,
  sentenceLanguage,
} from '../kit/phrase-analyzer';
import { toNormalized } from '../kit/text';
import { matchesOf, PhraseIndex } from '../kit/phrases';
import { defineAnalyzer, phraseGroups } from '../kit/define';
import { computeSignals } from '../signals';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    begging: true;
  }
}

export const beggingGroups = [...inLanguage('en', phraseGroups(en), true), ...inLanguage('fr', phraseGroups(fr), true)];
/** Both languages at once: French posts borrow "like", "follow" and "RT". */
export const beggingIndex = buildGroupIndex(beggingGroups);

/** Sentences with these words discuss the practice ("likes are a vanity metric"). */
const TOPIC_WORDS = new Set(
  words(
    'vanity vanite metric metrics metrique metriques indicateur indicateurs bait beg begging begs mendier mendient mendicite quemander quemandent asking reclamer reclament spammy',
  ),
);

/**
 * A share asked for a lost or found pet, a missing person, a safety alert, a scam warning, a blood drive,
 * a petition or a fundraiser serves the reader: not begging.
 */
const PURPOSE_WORDS = new Set(
  words(
    'lost missing perdu perdue perdus disparu disparue disparition stolen vole volee urgent urgence alert alerte emergency evacuation amber canicule heatwave arnaque arnaques scam scams fraud fraude donneur donneurs donors blood sang donate donation donations fundraiser fundraising gofundme cagnotte petition petitions',
  ),
);
/** "Share it in the comments": what is shared there is the reader's own knowledge, not the post. */
const IN_THE_COMMENTS = new Set(words('commentaire commentaires comments'));
/** The verbs that ask for a code word, found by the draft's single phrase scan. */
const codeWordIndex = new PhraseIndex([
  {
    pattern: 'comment|type|reply|write|commentez|commente|tapez|tape|ecrivez|ecris|repondez|reponds|mettez {any}',
    meta: null,
  },
]);

/**
 * Whether token `i` opens a sentence or a clause: first in its sentence, or
 * after a comma, a colon, a dash or an emoji. A word glued on by a hyphen
 * ("machine-like") opens nothing.
 */
function clauseStart(ctx: Context, i: number): boolean {
  const { tokens, norm } = ctx;
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (!before || before.sentence !== t.sentence) return true;
  if (t.glued) return false;
  return before.kind === 'emoji' || /[,;:–—-]/.test(norm.text.slice(before.end, t.start));
}

/** A verb that opens its clause, maybe after a lead-in ("Just comment GUIDE", "…, then type YES"). */
function opensRequest(ctx: Context, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < 3 && LEAD_INS.has(ctx.tokens[start - 1]!.text)) start--;
  return clauseStart(ctx, start);
}

/** "Comment GUIDE and I'll send it", "Commentez « OUI »": a code word as the price of a resource. */
function codeWordComments(ctx: Context): RawFinding[] {
  const { tokens, norm } = ctx;
  const out: RawFinding[] = [];
  for (const m of matchesOf(ctx, codeWordIndex)) {
    const i = m.firstToken;
    const verb = tokens[i]!;
    const word = tokens[i + 1]!;
    if (word.kind !== 'word') continue;
    // "I meant to type “plague”" tells; only a verb that opens its clause asks.
    if (!opensRequest(ctx, i)) continue;
    const shout = isWrittenInCapitals(ctx, word);
    const quoted = /["]\s*$/.test(norm.text.slice(verb.end, word.start));
    if ((shout || quoted) && !isNegated(tokens, i))
      out.push({ rule: 'begging/empty-comment', confidence: 0.85, span: [verb.start, word.end] });
  }
  return out;
}

/** The first token starting at or after `offset`, by bisection: a 1 MB draft may hold thousands of requests. */
function firstTokenFrom(ctx: Context, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Partagez-le en commentaire", "share yours in the comments": the share verb, then the comments within a few words. */
function sharesIntoComments(ctx: Context, f: RawFinding): boolean {
  const { tokens } = ctx;
  const at = firstTokenFrom(ctx, f.span![0]);
  for (let j = at; j < tokens.length && j <= at + 6 && tokens[j]!.sentence === tokens[at]!.sentence; j++)
    if (IN_THE_COMMENTS.has(tokens[j]!.text)) return true;
  return false;
}

const TITLES_AFTER_RT = new Set(words('hon honourable honorable'));
/** "Rt. Hon. Paul Martin" is a title; "#RT Infotrafic : …" opening a post labels it, as traffic feeds do. */
function isTitleOrLabel(ctx: Context, f: RawFinding): boolean {
  if (!f.span) return false;
  const at = firstTokenFrom(ctx, f.span[0]);
  const t = ctx.tokens[at];
  if (!t || t.text !== 'rt') return false;
  if (t.kind === 'hashtag') return at === 0 && f.rule === 'begging/hashtag';
  return TITLES_AFTER_RT.has(ctx.tokens[at + 1]?.text ?? '');
}

function asksOnCondition(ctx: Context, f: RawFinding): boolean {
  const { tokens } = ctx;
  for (let j = firstTokenFrom(ctx, f.span![0]); j < tokens.length && tokens[j]!.end <= f.span![1]; j++)
    if (CONDITIONS.has(tokens[j]!.text)) return true;
  return false;
}

/** Per language: "a lot" is no prize, and "win" no French word. */
const CONTEST_WORDS = {
  en: new Set(words('giveaway contest sweepstakes win prize gift')),
  fr: new Set(words('concours tirage gagner gagnez lot lots cadeau cadeaux')),
} as const;
const CONTEST_ENTRIES = new Set(['begging/like', 'begging/share', 'begging/follow', 'begging/tag']);
const VOTE_LINKS = /^\s*(?:=|→|->|➡)\s*$/;
const VOTE_WORDS = new Set(['for', 'pour', 'if', 'si', 'means', 'egal']);

/** "👍 = oui, ❤️ = non", "❤️ for A, 😂 for B": two or more emoji standing for answers. */
function reactionVotes(ctx: Context): RawFinding[] {
  const { tokens, norm } = ctx;
  const votes: number[] = [];
  for (const i of ctx.positions.emoji) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const between = norm.text.slice(t.end, next.start);
    if (between.length > 4) continue;
    const linked = VOTE_LINKS.test(between) || (VOTE_WORDS.has(next.text) && between.trim() === '');
    if (linked && (next.kind === 'word' || next.kind === 'number')) votes.push(i);
  }
  if (votes.length < 2) return [];
  const first = tokens[votes[0]!]!;
  const last = tokens[votes[votes.length - 1]! + 1]!;
  if (isNegated(tokens, votes[0]!)) return [];
  return [{ rule: 'begging/reaction-vote', confidence: 0.9, span: [first.start, last.end] }];
}

/** A giveaway whose entry is a like, share, follow or tag is a contest for engagement. */
function contests(ctx: Context, found: readonly RawFinding[]): RawFinding[] {
  if (found.some((f) => f.rule === 'begging/contest')) return [];
  if (!found.some((f) => CONTEST_ENTRIES.has(f.rule))) return [];
  const marker = ctx.tokens.find((t) => {
    if (t.kind !== 'word' && t.kind !== 'hashtag') return false;
    // The word lists first: a sentence's language is worked out only for a word one of them holds.
    if (!CONTEST_WORDS.en.has(t.text) && !CONTEST_WORDS.fr.has(t.text)) return false;
    return t.kind === 'hashtag' || CONTEST_WORDS[sentenceLanguage(ctx, t.sentence) ?? ctx.lang].has(t.text);
  });
  return marker ? [{ rule: 'begging/contest', confidence: 0.85, span: [marker.start, marker.end] }] : [];
}

/** Engagement verbs, as the imperative that opens a request, with the rule each one asks for. */
const ENGAGEMENT_VERBS = new Map<string, string>([
  ...words('like likez aimez fav favorite heart react').map((w) => [w, 'begging/like'] as const),
  ...words('share reshare rt retweet repost partagez repartagez retweetez repostez relayez').map(
    (w) => [w, 'begging/share'] as const,
  ),
  ...words('follow subscribe suivez abonnez').map((w) => [w, 'begging/follow'] as const),
  // "Vote to protect our economy" is an election, not a reaction vote: votes are read by reactionVotes().
  // "Reply to this email if…", "Répondez à ce mail si…" ask for an answer: only "comment" is about the numbers.
  ...words('comment commentez').map((w) => [w, 'begging/empty-comment'] as const),
  ...words('tag taggez taguez identifiez mentionnez').map((w) => [w, 'begging/tag'] as const),
]);
/** What turns the bare verb into a request for the numbers: a condition or a purpose. */
const CONDITIONS = new Set(words('if when si quand'));
const PURPOSES = new Set(words('so to pour afin'));
/** Words that may stand before the opening verb of a request. */
const LEAD_INS = new Set(words('please pls plz kindly just now then so and et puis alors allez go svp'));
/** What the verb asks for when it is substance, not numbers ("share your best tip if…"). */
const SUBSTANCE = new Set(
  words(
    'your ur vos votre ton ta tes what how why which where whether tip tips thoughts experience experiences idea ideas advice story stories feedback opinion opinions views insights questions question avis astuce astuces experience idees conseil conseils histoire histoires question questions retour retours commentaire',
  ),
);
/** "… so you won't miss", "… pour ne rien rater": following for the numbers, said as a favour. */
const MISS_WORDS = new Set(words('miss missing rater manquer louper'));

/**
 * An engagement verb opening a sentence or a clause, then within a few words a
 * condition or a purpose, whatever the verb after it: "LIKE if you miss summer",
 * "RT to support", "Hit 'Share' if…", "…, and subscribe so you won't miss".
 */
function engagementRequests(ctx: Context): RawFinding[] {
  const { tokens, sentences } = ctx;
  const out: RawFinding[] = [];
  for (const s of sentences) {
    for (let start = s.firstToken; start < s.endToken; start++) {
      // A request opens on a lead-in or its verb (requestAt): any other word is passed over before the clause test.
      if (!REQUEST_OPENERS.has(tokens[start]!.text)) continue;
      if (!clauseStart(ctx, start)) continue;
      const found = requestAt(ctx, start, s.endToken);
      if (found) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}

function requestAt(ctx: Context, start: number, endToken: number): RawFinding | null {
  const { tokens } = ctx;
  let i = start;
  while (i < endToken && i < start + 3 && LEAD_INS.has(tokens[i]!.text)) i++;
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let verbAt = i;
  // "Hit like if…", "Smash that share button", "Tap the ❤️ if…"
  if (HIT_VERBS.has(t.text)) {
    let j = i + 1;
    if (tokens[j] && HIT_OBJECT_LEAD.has(tokens[j]!.text)) j++;
    if (j >= endToken || !ENGAGEMENT_VERBS.has(tokens[j]!.text)) return null;
    verbAt = j;
  }
  const rule = ENGAGEMENT_VERBS.get(tokens[verbAt]!.text);
  if (!rule) return null;
  // "…culture of smart, heart and courage to…": a noun in a list unless it opens the sentence.
  if (NOUN_FIRST_VERBS.has(tokens[verbAt]!.text) && tokens[verbAt - 1]?.sentence === tokens[verbAt]!.sentence)
    return null;
  // "Comment réagir quand…": in French, "comment" asks how.
  if (tokens[verbAt]!.text === 'comment' && (sentenceLanguage(ctx, tokens[verbAt]!.sentence) ?? ctx.lang) === 'fr')
    return null;
  const next = tokens[verbAt + 1];
  if (next && verbAt + 1 < endToken && SUBSTANCE.has(next.text)) return null;
  let end = -1;
  for (let j = verbAt + 1; j < endToken && j <= verbAt + 6; j++) {
    const w = tokens[j]!.text;
    // "Follow this link to read the report", "Suivez le lien pour…": the other sense of follow.
    if (rule === 'begging/follow' && FOLLOWED_NOT_ACCOUNTS.has(w)) return null;
    if (CONDITIONS.has(w) || (PURPOSES.has(w) && j <= verbAt + 3)) {
      end = Math.min(j + 2, endToken - 1);
      break;
    }
    if (MISS_WORDS.has(w)) {
      end = j;
      break;
    }
    if (rule === 'begging/follow' && j === verbAt + 1 && NOW_WORDS.has(w)) {
      // "Suivez maintenant la diffusion" follows a broadcast.
      const followed = tokens.slice(j + 1, Math.min(endToken, j + 4));
      if (followed.some((f) => FOLLOWED_NOT_ACCOUNTS.has(f.text))) return null;
      end = j;
      break;
    }
  }
  if (end < 0 || isNegated(tokens, i) || isQuoted(ctx, t)) return null;
  return { rule, confidence: 0.8, span: [tokens[start]!.start, tokens[end]!.end] };
}
/** "…, and subscribe today": a follow asked for now is a follow asked for. */
const NOW_WORDS = new Set(words('today now below here maintenant aujourd'));
/** Words an engagement verb shares with a noun: a request only when they open the sentence. */
const NOUN_FIRST_VERBS = new Set(words('heart fav favorite'));
/** What one follows that is no account: a link, steps, a recipe, a broadcast. */
const FOLLOWED_NOT_ACCOUNTS = new Set(
  words(
    'link links lien liens instructions steps step prompts directions guide recipe recette etapes consignes procedure diffusion emission retransmission coverage',
  ),
);
const HIT_OBJECT_LEAD = new Set(words('the that this le ce a un'));
const HIT_VERBS = new Set(words('hit smash tap press click appuyez cliquez'));
/** Every word a request may open on, for one lookup per token. */
const REQUEST_OPENERS = new Set([...LEAD_INS, ...HIT_VERBS, ...ENGAGEMENT_VERBS.keys()]);

/** "YES or NO?", "1 ou 2 ?", "Team A or team B?": a vote by comment, when nothing else is asked. */
const VOTE_PAIRS = [
  ['yes', 'no'],
  ['oui', 'non'],
] as const;
function commentVotes(ctx: Context): RawFinding[] {
  if (ctx.wordCount > 14) return [];
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    if (!s.terminator.includes('?') && !ctx.norm.text.slice(s.end, s.end + 2).includes(':')) continue;
    for (let i = s.firstToken; i + 2 < s.endToken; i++) {
      const a = tokens[i]!;
      const or = tokens[i + 1]!;
      const b = tokens[i + 2]!;
      if (or.text !== 'or' && or.text !== 'ou') continue;
      const pair = VOTE_PAIRS.some(([x, y]) => a.text === x && b.text === y);
      const numbers = a.kind === 'number' && b.kind === 'number' && a.text.length <= 2 && b.text.length <= 2;
      if (pair || numbers) return [{ rule: 'begging/reaction-vote', confidence: 0.8, span: [a.start, b.end] }];
    }
  }
  return [];
}

/** "My perfect Sunday is ____", "Caption this!", "Complétez la phrase": comments as the only purpose. */
const blankIndex = new PhraseIndex([
  { pattern: 'caption this|it', meta: null },
  // "Let me finish the sentence!" asks to be let speak.
  {
    pattern:
      '<!me|to|i|we|you|they|can|will|would|could|t finish|complete|fill ~1 the|this|in ~1 sentence|blank|blanks',
    meta: null,
  },
  { pattern: 'completez|complete|terminez|finissez ~1 la|cette ~1 phrase', meta: null },
  { pattern: 'legendez|legende ~1 cette|la ~1 photo|image', meta: null },
]);
function fillInTheBlank(ctx: Context): RawFinding[] {
  const blank = ctx.wordCount <= 40 ? ctx.original.indexOf('___') : -1;
  if (blank >= 0) {
    const start = toNormalized(ctx.norm, blank);
    // Underscores in a link or a handle ("twitter.com/Ann____/…") are no blank to fill.
    const inside = ctx.tokens.some(
      (t) => (t.kind === 'url' || t.kind === 'mention') && t.start <= start && start < t.end,
    );
    if (!inside) return [{ rule: 'begging/empty-comment', confidence: 0.8, span: [start, start + 3] }];
  }
  const m = matchesOf(ctx, blankIndex)[0];
  if (!m || isNegated(ctx.tokens, m.firstToken)) return [];
  return [
    {
      rule: 'begging/empty-comment',
      confidence: 0.8,
      span: [ctx.tokens[m.firstToken]!.start, ctx.tokens[m.lastToken]!.end],
    },
  ];
}

export const begging: Analyzer = {
  id: 'begging',
  category: 'begging',
  run(ctx) {
    let found = guardedFindings(ctx, beggingIndex, TOPIC_WORDS);
    found.push(...reactionVotes(ctx), ...codeWordComments(ctx));
    // The structural detectors catch what the phrase lists miss; where a phrase already matched, it says it.
    for (const f of [...engagementRequests(ctx), ...commentVotes(ctx), ...fillInTheBlank(ctx)])
      if (!found.some((g) => g.span && f.span && g.span[0] < f.span[1] && f.span[0] < g.span[1])) found.push(f);
    found = found.filter((f) => !isTitleOrLabel(ctx, f) && (f.rule !== 'begging/share' || !sharesIntoComments(ctx, f)));
    found.push(...contests(ctx, found));
    // Only drafts that ask for shares need the walk over every word. A real event (a time it happens) is
    // worth passing on too, as the guide says, unless sharing is a contest's entry.
    const asksForShares = found.some((f) => f.rule === 'begging/share');
    const asksToJoin = found.some((f) => f.rule === 'begging/cross-promo');
    const isContest = found.some((f) => f.rule === 'begging/contest');
    const isEvent = (asksForShares || asksToJoin) && !isContest && computeSignals(ctx).valueKinds.has('event');
    if (
      asksForShares &&
      (ctx.tokens.some((t) => PURPOSE_WORDS.has(t.text)) || ctx.norm.text.includes('avis de recherche') || isEvent)
    )
      // "Partagez si vous aimez vos animaux" still asks on a condition, for the numbers.
      found = found.filter((f) => f.rule !== 'begging/share' || asksOnCondition(ctx, f));
    // "Join our Twitter chat on Tuesday at 12 p.m.": an event elsewhere, with its time, is worth going to.
    if (isEvent) found = found.filter((f) => f.rule !== 'begging/cross-promo');
    return dropOverlaps(found);
  },
};

export const beggingModule = defineAnalyzer({
  id: 'begging',
  category: 'begging',
  core: true,
  texts: { en, fr },
  analyzers: [begging],
});
