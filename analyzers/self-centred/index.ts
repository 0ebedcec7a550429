/**
 * self-centred: posts about the author or brand for its own sake. Bragging
 * phrases count less when the post also speaks to the reader; vanity metrics
 * are follower or like counts celebrated as news; self-focus weighs first-person
 * words against words, questions and value aimed at the reader, so a personal
 * story with a lesson is never a fault.
 */
import { words } from '../kit/words';
import { dropOverlaps, sentenceAt, type Analyzer, type Context, type RawFinding } from '../kit/engine';
import { buildGroupIndex, guardedFindings, inLanguage, isNegated, sentenceHasAny } from '../kit/phrase-analyzer';
import { computeSignals, type Signals } from '../signals';
import { FIRST_PERSON } from '../signals/phrases';
import { defineAnalyzer, phraseGroups } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    'self-centred': true;
  }
}

export const selfCentredGroups = [...inLanguage('en', phraseGroups(en)), ...inLanguage('fr', phraseGroups(fr))];
export const selfCentredIndex = buildGroupIndex(selfCentredGroups);

const TOPIC_WORDS = new Set(
  words(
    'vanity vanite metric metrics metrique metriques indicateur indicateurs meaningless nothing rien matter matters compte comptent importe obsess obsessed obsession chase chasing courir',
  ),
);
const AUDIENCE_WORDS = new Set(
  words(
    'followers follower abonnes abonnees abonne fans likes subscribers abos members membres connections relations views vues impressions follows likers downloads telechargements installs users utilisateurs utilisatrices customers clients listeners auditeurs readers lecteurs visitors visiteurs',
  ),
);
const REACH_VERBS = new Set(['help', 'helps', 'aidez', 'aide', 'aider']);
/** What makes a number a celebrated milestone rather than context ("a Discord of 40,000 members"). */
const MILESTONE_WORDS = new Set([
  'hit',
  'reached',
  'crossed',
  'passed',
  'surpassed',
  'topped',
  'celebrate',
  'celebrating',
  'thanks',
  'thank',
  'officially',
  'just',
  'merci',
  'atteint',
  'passe',
  'passes',
  'franchi',
  'depasse',
  'fete',
  'feter',
  'celebrons',
  'officiellement',
  'vient',
  'venons',
  'counting',
  'barre',
  'cap',
  'milestone',
]);
const ON = new Set(['on']);
const SCALE_WORDS: Record<string, number> = {
  k: 1000,
  thousand: 1000,
  mille: 1000,
  milliers: 1000,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
};

/**
 * How much the draft turns to the reader: words addressing them, questions and
 * the kinds of value it gives. 0 means none at all.
 */
export function readerAngle(signals: Signals): number {
  return signals.reader + 2 * signals.questions + 2 * valueGiven(signals);
}

const TEACHING = ['story', 'tip', 'list', 'explanation', 'benefit'] as const;

/** Kinds of value the draft gives, leaving out bare numbers. */
function valueGiven(signals: Signals): number {
  let value = 0;
  for (const id of signals.valueKinds) if (id !== 'figure') value++;
  return value;
}

/** "Help us reach 10k followers": the number is a goal asked for (begging), not a boast. */
function reachVerbBefore(ctx: Context, numberToken: number): boolean {
  const { tokens } = ctx;
  const sentence = tokens[numberToken]!.sentence;
  const from = Math.max(0, numberToken - REACH_WINDOW);
  for (let i = numberToken - 1; i >= from && tokens[i]!.sentence === sentence; i--) {
    if (REACH_VERBS.has(tokens[i]!.text)) return true;
  }
  return false;
}

/** "Help us get to 1,000 subscribers": the verb is never far from the number. */
const REACH_WINDOW = 8;

function sentenceHasEmoji(ctx: Context, sentenceIndex: number): boolean {
  const withEmoji = ctx.memo('self-centred/emoji-sentences', () => {
    const sentences = new Set<number>();
    for (const i of ctx.positions.emoji) sentences.add(ctx.tokens[i]!.sentence);
    return sentences;
  });
  return withEmoji.has(sentenceIndex);
}

/** One bragging hint per sentence: "Proud to announce we won the best award" is one boast, not two. */
function mergeBySentence(ctx: Context, findings: RawFinding[]): RawFinding[] {
  const bySentence = new Map<number, RawFinding>();
  const out: RawFinding[] = [];
  for (const f of findings) {
    if (!f.span) {
      out.push(f);
      continue;
    }
    const sentence = sentenceAt(ctx, f.span[0]);
    const prev = bySentence.get(sentence);
    if (prev?.span) {
      prev.span = [Math.min(prev.span[0], f.span[0]), Math.max(prev.span[1], f.span[1])];
      prev.confidence = Math.max(prev.confidence, f.confidence);
    } else {
      const copy = { ...f };
      bySentence.set(sentence, copy);
      out.push(copy);
    }
  }
  return out;
}

/** "We just hit 50k followers", "10 000 abonnés !" */
function vanityMetrics(ctx: Context): RawFinding[] {
  const { tokens } = ctx;
  const out: RawFinding[] = [];
  for (const i of ctx.positions.number) {
    const t = tokens[i]!;
    let j = i + 1;
    let scale = /k$/.test(t.text) ? 1000 : /m$/.test(t.text) ? 1_000_000 : 1;
    const scaleWord = SCALE_WORDS[tokens[j]?.text ?? ''];
    if (scaleWord) {
      scale = scaleWord;
      j++;
      if (tokens[j]?.text === 'de' || tokens[j]?.text === 'd' || tokens[j]?.text === 'of') j++;
    }
    if (tokens[j]?.text === 'new' || tokens[j]?.text === 'nouveaux' || tokens[j]?.text === 'nouvelles') j++;
    const noun = tokens[j];
    if (!noun || noun.sentence !== t.sentence || !AUDIENCE_WORDS.has(noun.text)) continue;
    if (sentenceHasAny(ctx, t.sentence, TOPIC_WORDS) || reachVerbBefore(ctx, i)) continue;
    const sentence = ctx.sentences[t.sentence];
    if (!sentence || sentence.terminator.includes('?')) continue;
    const celebrated =
      sentence.terminator.includes('!') ||
      sentence.firstToken === i ||
      sentenceHasAny(ctx, t.sentence, MILESTONE_WORDS) ||
      sentenceHasEmoji(ctx, t.sentence);
    if (!celebrated) continue;
    if (isNegated(tokens, i)) continue;
    if (Number(t.text.replace(/[^\d]/g, '')) * scale < 100) continue;
    const ours =
      sentenceHasAny(ctx, t.sentence, FIRST_PERSON) || (ctx.lang === 'fr' && sentenceHasAny(ctx, t.sentence, ON));
    // A milestone followed by what it taught is a story, not a boast.
    const { valueKinds } = computeSignals(ctx);
    const teaches = TEACHING.some((id) => valueKinds.has(id));
    out.push({
      rule: 'self-centred/vanity-metric',
      confidence: teaches ? 0.4 : ours ? 0.8 : 0.65,
      span: [t.start, noun.end],
    });
  }
  return out;
}

/** Confidence that the whole draft is about its author, with no angle for the reader. */
function selfFocus(ctx: Context, signals: Signals): RawFinding | null {
  if (ctx.wordCount < 15) return null;
  const self = signals.firstPerson;
  if (self < 4) return null;
  const strong = ['story', 'thanks', 'question', 'tip', 'event'] as const;
  if (strong.some((id) => signals.valueKinds.has(id))) return null;
  const angle = readerAngle(signals);
  const ratio = self / (angle + signals.others + 1);
  const density = self / ctx.wordCount;
  let confidence = 0;
  // Shown only at strict sensitivity, and only when overwhelming: on real posts even an overwhelming count was
  // wrong two times in three (a politician's "nous", a complaint, a quote). Below every bar, the count is the
  // model's evidence (the model reads the confidence as the feature's value).
  if (ratio >= 5 && density >= 0.12) confidence = 0.3;
  else if (ratio >= 2 && density >= 0.07) confidence = 0.2;
  if (!confidence) return null;
  return {
    rule: 'self-centred/self-focus',
    confidence,
    data: { self, reader: signals.reader },
  };
}

export const selfCentred: Analyzer = {
  id: 'self-centred',
  category: 'self-centred',
  run(ctx) {
    const signals = computeSignals(ctx);
    const angle = readerAngle(signals);
    // An announcement framed around the reader is not bragging; one with no angle at all is.
    const weight = angle >= 2 ? 0.5 : angle === 0 ? 1.35 : 1;
    const brags = guardedFindings(ctx, selfCentredIndex, TOPIC_WORDS, (m) => {
      const sentence = ctx.sentences[ctx.tokens[m.firstToken]!.sentence];
      return !sentence?.terminator.includes('?');
    }).map((f) => ({ ...f, confidence: Math.min(0.95, f.confidence * weight) }));
    const found = [...mergeBySentence(ctx, brags), ...vanityMetrics(ctx)];
    const focus = selfFocus(ctx, signals);
    if (focus) {
      // Bragging on top of a self-centred draft makes the judgement surer.
      if (brags.length > 0) focus.confidence = Math.min(0.9, focus.confidence + 0.15);
      found.push(focus);
    }
    return dropOverlaps(found);
  },
};

export const selfCentredModule = defineAnalyzer({
  id: 'self-centred',
  category: 'self-centred',
  core: true,
  texts: { en, fr },
  // Brags weigh more in a draft mostly about its author: up to a warning.
  rules: {
    'self-centred/brag': { severity: 'warning' },
    'self-centred/vanity-metric': { severity: 'warning' },
    'self-centred/self-focus': { severity: 'warning' },
  },
  analyzers: [selfCentred],
});
