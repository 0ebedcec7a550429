/**
 * Features of a draft that several analyzers and the score need: how much it
 * speaks of its author and of its reader, and what it gives the reader. Computed
 * once per draft through the context memo.
 */
import { words } from '../kit/words';
import type { Context } from '../kit/engine';
import type { Lang } from '../kit/vocabulary';
import { matchesOf, PhraseIndex } from '../kit/phrases';
import { FIRST_PERSON, ON_AS_WE_NEXT, OTHERS, READER, STRENGTH_PATTERNS, type StrengthId } from './phrases';
import { defineAnalyzer } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

export type { StrengthId };

export interface FoundStrength {
  readonly id: StrengthId;
  /** Span in the normalised text. */
  readonly span: readonly [number, number];
  /** A question found by its question mark alone (it may be rhetorical). */
  readonly byPunctuation?: boolean;
}

export interface Signals {
  /** Words where the author speaks of themselves (I, we, notre, on…). */
  readonly firstPerson: number;
  /** Words that address the reader (you, vous, ton…). */
  readonly reader: number;
  /** Words about other people (she, clients, l'équipe…): a post about others is not self-centred. */
  readonly others: number;
  /** Sentences that ask something. */
  readonly questions: number;
  /** Every value signal found, in order; the first of each kind is "what works". */
  readonly strengths: readonly FoundStrength[];
  /** Distinct kinds of value the draft offers (tip, figure, story…). */
  readonly valueKinds: ReadonlySet<StrengthId>;
}

interface Meta {
  readonly group: keyof typeof STRENGTH_PATTERNS;
  readonly lang: Lang | undefined;
}

const SELF = 1;
const READER_WORD = 2;
const OTHER = 3;
/** Who a word is about, in one lookup. */
const PERSON = new Map<string, number>([
  ...[...OTHERS].map((w) => [w, OTHER] as const),
  ...[...READER].map((w) => [w, READER_WORD] as const),
  ...[...FIRST_PERSON].map((w) => [w, SELF] as const),
]);

const OWN_POSSESSIVES = new Set(words('our my notre nos mon ma mes'));

const GROUP_TO_STRENGTH: Record<keyof typeof STRENGTH_PATTERNS, StrengthId> = {
  thanks: 'thanks',
  tip: 'tip',
  'tip-verb': 'tip',
  invite: 'question',
  story: 'story',
  event: 'event',
  explanation: 'explanation',
  benefit: 'benefit',
};

const strengthIndex = new PhraseIndex<Meta>(
  Object.entries(STRENGTH_PATTERNS).flatMap(([group, patterns]) =>
    patterns.map((raw) => {
      const m = /^(fr|en):(.*)$/.exec(raw);
      return {
        pattern: m ? m[2]! : raw,
        meta: { group: group as Meta['group'], lang: m ? (m[1] as Lang) : undefined },
      };
    }),
  ),
);

const CURRENCY = new Set([0x20ac, 0x24, 0xa3]); // € $ £
const FOLLOWER_WORDS = new Set(
  words('followers follower abonnes abonne abonnees fans likes subscribers abos connections relations vues views'),
);
const BULLET = /^\s*(?:[-*•·▪►→➡✅✔☑🔹🔸👉▶️]|\d{1,2}[.)]|[a-z][.)]\s)/u;

function countFigures(ctx: Context, found: FoundStrength[]) {
  const { tokens, norm } = ctx;
  for (const i of ctx.positions.number) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && FOLLOWER_WORDS.has(next.text)) continue;
    const before = norm.text.charCodeAt(t.start - 1);
    let after = norm.text.charCodeAt(t.end);
    if (after === 0x20) after = norm.text.charCodeAt(t.end + 1);
    const isDiscount = t.text.endsWith('%') && before === 0x2d;
    const isPrice = CURRENCY.has(after) || CURRENCY.has(before);
    const text = t.text;
    const isYear = text.length === 4 && (text.startsWith('19') || text.startsWith('20'));
    // 0 and 1 say nothing ("tapez 1"); 1% or 1k do.
    const isTrivial = text.length === 1 && (text === '0' || text === '1');
    if (isDiscount || isPrice || isYear || isTrivial) continue;
    found.push({ id: 'figure', span: [t.start, t.end] });
  }
}

/** "18h", "19h30", "7pm", "10am": a time of day in one word. */
const TIME_WORD = /^(?:[01]?\d|2[0-3])(?:h(?:[0-5]\d)?|[ap]m)$/;
const HOUR_AFTER = new Set(words('h am pm'));
/** "à 18h", "at 7pm", "dès 9h", "from 10:30": a time something happens, not a duration ("1 h 29", "35 h"). */
const AT_TIME = new Set(words('a at des vers from until till de'));

/**
 * When something happens ("demain à 12h", "live at 7pm", "starts at 8 a.m.",
 * "from 10:30"): a reader can act on it, as on an event's date.
 */
function countTimes(ctx: Context, found: FoundStrength[]) {
  const { tokens, norm } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let end = -1;
    if (t.kind === 'word' && TIME_WORD.test(t.text)) end = t.end;
    else if (t.kind === 'number' && t.text.length <= 2 && Number(t.text) <= 23) {
      const next = tokens[i + 1];
      if (!next || next.sentence !== t.sentence) continue;
      if (next.kind === 'word' && HOUR_AFTER.has(next.text)) end = next.end;
      // "8 a.m.", "10:30": the letters or the colon right after the hour.
      else if (next.text === 'a' || next.text === 'p') {
        if (tokens[i + 2]?.text === 'm' && tokens[i + 2]!.sentence === t.sentence) end = tokens[i + 2]!.end;
      } else if (next.kind === 'number' && next.text.length === 2 && norm.text.slice(t.end, next.start) === ':')
        end = next.end;
    }
    const before = tokens[i - 1];
    if (end > 0 && before && before.sentence === t.sentence && AT_TIME.has(before.text)) {
      found.push({ id: 'event', span: [t.start, end] });
      return; // one is enough: it says when
    }
  }
}

function countLists(ctx: Context, found: FoundStrength[]) {
  const text = ctx.norm.text;
  let bullets = 0;
  let firstSpan: [number, number] | null = null;
  let lineStart = 0;
  // Bounded: a list is judged on the first 200 lines.
  for (let line = 0; line < 200 && lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 8));
    if (BULLET.test(head)) {
      bullets++;
      firstSpan ??= [lineStart, lineEnd];
    }
    lineStart = lineEnd + 1;
  }
  if (bullets >= 2 && firstSpan && firstSpan[1] > firstSpan[0]) found.push({ id: 'list', span: firstSpan });
}

export function computeSignals(ctx: Context): Signals {
  return ctx.memo('signals', () => {
    const { tokens, sentences } = ctx;
    let firstPerson = 0;
    let reader = 0;
    let others = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const w = t.text;
      const who = PERSON.get(w);
      if (who === SELF) firstPerson++;
      else if (who === READER_WORD) reader++;
      else if (who === OTHER) others++;
      else if (w === 'j' && tokens[i + 1]?.glued) firstPerson++;
      else if (w === 'on' && ctx.lang === 'fr' && ON_AS_WE_NEXT.has(tokens[i + 1]?.text ?? '')) firstPerson++;
    }

    const found: FoundStrength[] = [];
    let questions = 0;
    for (const s of sentences) {
      if (!s.terminator.includes('?')) continue;
      questions++;
      if (s.endToken - s.firstToken >= 3) found.push({ id: 'question', span: [s.start, s.end], byPunctuation: true });
    }
    for (const m of matchesOf(ctx, strengthIndex)) {
      if (m.meta.lang && m.meta.lang !== ctx.lang) continue;
      const first = tokens[m.firstToken]!;
      if (m.meta.group === 'tip-verb') {
        const sentence = sentences[first.sentence];
        const lead = sentence ? m.firstToken - sentence.firstToken : 1;
        const afterBullet = lead === 0 || (lead === 1 && tokens[m.firstToken - 1]!.kind !== 'word');
        // "Read our new case study" points at the author's own content: not advice.
        const next = tokens[m.firstToken + 1];
        if (!afterBullet || (next && OWN_POSSESSIVES.has(next.text))) continue;
      }
      found.push({ id: GROUP_TO_STRENGTH[m.meta.group], span: [first.start, tokens[m.lastToken]!.end] });
    }
    countFigures(ctx, found);
    countTimes(ctx, found);
    countLists(ctx, found);
    found.sort((a, b) => a.span[0] - b.span[0]);
    return { firstPerson, reader, others, questions, strengths: found, valueKinds: new Set(found.map((f) => f.id)) };
  });
}

/** No rules and no category: the "what works" lines every report lists. */
export const signalsModule = defineAnalyzer({ id: 'signals', texts: { en, fr } });
