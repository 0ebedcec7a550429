/**
 * begging: requests for engagement as an end in itself (likes, shares, follows,
 * tags, votes by reaction, empty comments, pleas for reach, swap hashtags,
 * engagement contests, "join our other page"). Mostly phrase data; two small
 * detectors read emoji votes and contests.
 */
import { words } from '../kit/words';
import { dropOverlaps, isWrittenInCapitals, type Analyzer, type Context, type RawFinding } from '../kit/engine';
import { buildGroupIndex, guardedFindings, isNegated } from '../kit/phrase-analyzer';
import { matchesOf, PhraseIndex } from '../kit/phrases';
import { beggingEn } from './phrases.en';
import { beggingFr } from './phrases.fr';

export const beggingGroups = [...beggingEn, ...beggingFr];
/** Both languages at once: French posts borrow "like", "follow" and "RT". */
export const beggingIndex = buildGroupIndex(beggingGroups);

/** Sentences with these words discuss the practice ("likes are a vanity metric"). */
const TOPIC_WORDS = new Set(
  words(
    'vanity vanite metric metrics metrique metriques indicateur indicateurs bait beg begging begs mendier mendient mendicite quemander quemandent asking reclamer reclament spammy',
  ),
);

/** A share asked for a lost pet, a missing person or a safety alert serves the reader: not begging. */
const PURPOSE_WORDS = new Set(
  words(
    'lost missing perdu perdue perdus disparu disparue disparition stolen urgent urgence alert alerte emergency evacuation amber donneur donneurs donors blood',
  ),
);
/** The verbs that ask for a code word, found by the draft's single phrase scan. */
const codeWordIndex = new PhraseIndex([
  {
    pattern: 'comment|type|reply|write|commentez|commente|tapez|tape|ecrivez|ecris|repondez|reponds|mettez {any}',
    meta: null,
  },
]);

/** "Comment GUIDE and I'll send it", "Commentez « OUI »": a code word as the price of a resource. */
function codeWordComments(ctx: Context): RawFinding[] {
  const { tokens, norm } = ctx;
  const out: RawFinding[] = [];
  for (const m of matchesOf(ctx, codeWordIndex)) {
    const i = m.firstToken;
    const verb = tokens[i]!;
    const word = tokens[i + 1]!;
    if (word.kind !== 'word') continue;
    const shout = isWrittenInCapitals(ctx, word);
    const quoted = /["]\s*$/.test(norm.text.slice(verb.end, word.start));
    if ((shout || quoted) && !isNegated(tokens, i))
      out.push({ rule: 'begging/empty-comment', confidence: 0.85, span: [verb.start, word.end] });
  }
  return out;
}

const CONTEST_WORDS = new Set(
  words('giveaway contest concours tirage sweepstakes gagner gagnez win prize lot lots cadeau cadeaux gift'),
);
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
  const marker = ctx.tokens.find((t) => (t.kind === 'word' || t.kind === 'hashtag') && CONTEST_WORDS.has(t.text));
  return marker ? [{ rule: 'begging/contest', confidence: 0.85, span: [marker.start, marker.end] }] : [];
}

export const begging: Analyzer = {
  id: 'begging',
  category: 'begging',
  run(ctx) {
    let found = guardedFindings(ctx, beggingIndex, TOPIC_WORDS);
    found.push(...reactionVotes(ctx), ...codeWordComments(ctx));
    // Only drafts that ask for shares need the walk over every word.
    const asksForShares = found.some((f) => f.rule === 'begging/share');
    if (asksForShares && ctx.tokens.some((t) => PURPOSE_WORDS.has(t.text)))
      found = found.filter((f) => f.rule !== 'begging/share');
    found.push(...contests(ctx, found));
    return dropOverlaps(found);
  },
};
