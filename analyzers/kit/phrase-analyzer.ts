/**
 * Builds an analyzer from phrase data: groups of patterns that share a rule id
 * and a confidence, with guards that keep quiet when the words are quoted,
 * negated ("don't ask for likes") or discussed as a topic.
 */
import { words } from './words';
import type { Context, RawFinding } from './engine';
import { TokenLanguage } from './language';
import type { Lang } from './vocabulary';
import { matchesOf, PhraseIndex, type PhraseMatch } from './phrases';
import { countBelow, type Token } from './text';

export interface PhraseGroup {
  /** Full rule id, `category/name`. */
  readonly rule: string;
  /** 0–1, see CONFIDENCE_BAR. */
  readonly confidence: number;
  readonly patterns: readonly string[];
  /** Fire even inside quotes (`comment "YES"` quotes the word it begs for). */
  readonly inQuotes?: boolean;
  /** Fire even after a negation. */
  readonly ignoreNegation?: boolean;
  /**
   * The language the patterns are written in: they are matched only on
   * sentences that are not clearly in the other language ("sale" is dirty in
   * French, "lot" a prize, "primé" is not "Prime Minister").
   */
  readonly lang?: Lang;
  /** With `lang`: also match on sentences whose language is unclear (French posts borrow "like", "RT"). */
  readonly borrowed?: boolean;
}

/** Above this, a sentence is clearly in its detected language. */
const CLEAR_LANGUAGE = 0.5;

/**
 * The language of one sentence when its words make it clear, else undefined.
 * Worked out once per sentence, only for sentences that hold a candidate match.
 */
export function sentenceLanguage(ctx: Context, sentenceIndex: number): Lang | undefined {
  const langs = ctx.memo('kit/sentence-langs', () => new Map<number, Lang | null>());
  const known = langs.get(sentenceIndex);
  if (known !== undefined) return known ?? undefined;
  const s = ctx.sentences[sentenceIndex];
  let lang: Lang | null = null;
  if (s && s.endToken > s.firstToken) {
    const language = ctx.memo('kit/token-language', () => new TokenLanguage(ctx.tokens));
    const guess = language.guess(s.firstToken, Math.min(s.endToken, s.firstToken + 60), '', ctx.lang);
    if (guess.confidence >= CLEAR_LANGUAGE) lang = guess.lang;
  }
  langs.set(sentenceIndex, lang);
  return lang ?? undefined;
}

/** Whether a group written in one language may match in this sentence. */
function speaksGroupLanguage(ctx: Context, group: PhraseGroup, sentenceIndex: number): boolean {
  if (!group.lang) return true;
  const lang = sentenceLanguage(ctx, sentenceIndex) ?? (group.borrowed ? group.lang : ctx.lang);
  return lang === group.lang;
}

/** Tags every group with the language its patterns are written in. */
export function inLanguage(lang: Lang, groups: readonly PhraseGroup[], borrowed = false): PhraseGroup[] {
  return groups.map((g) => ({ ...g, lang, ...(borrowed && { borrowed }) }));
}

export interface GroupMeta {
  readonly group: PhraseGroup;
}

const NEGATORS = new Set(
  words(
    'not never no stop without avoid instead ne n pas jamais sans arretez arrete arreter arretons evitez evite plutot nor ni',
  ),
);
/** "don't forget to like", "n'oubliez pas de partager": the negation asks all the same. */
const NEGATION_OVERRIDES = new Set(
  words('forget hesitate miss oubliez oublie oubliez hesitez hesite manquez ratez rate manque'),
);
const CONTRACTION_HEADS = new Set(words('don doesn didn won can shouldn wouldn isn aren'));

function isNegator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === 't' && t.glued) return CONTRACTION_HEADS.has(tokens[i - 1]?.text ?? '');
  return NEGATORS.has(t.text);
}

/** A negation inside the match ("je ne suis pas le meilleur"), unless it is "n'oubliez pas". */
export function isNegatedWithin(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) {
    if (!isNegator(tokens, i)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((prev && NEGATION_OVERRIDES.has(prev.text)) || (next && NEGATION_OVERRIDES.has(next.text))) continue;
    return true;
  }
  return false;
}

/** A negation in the few words before the match, unless it is "don't forget to…". */
export function isNegated(tokens: readonly Token[], first: number, window = 5): boolean {
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1; i >= Math.max(0, first - window); i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (NEGATION_OVERRIDES.has(t.text)) return false;
    if (isNegator(tokens, i)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      if (next && NEGATION_OVERRIDES.has(next.text)) return false;
      if (prev && NEGATION_OVERRIDES.has(prev.text)) return false;
      return true;
    }
  }
  return false;
}

/** Positions of the quote marks in the folded draft, found once per draft. */
function quotePositions(ctx: Context): number[] {
  return ctx.memo('kit/quotes', () => {
    const found: number[] = [];
    const text = ctx.norm.text;
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) found.push(i);
    return found;
  });
}

/** Inside a quotation in its sentence (an odd number of quote marks before it). */
export function isQuoted(ctx: Context, first: Token): boolean {
  const quotes = quotePositions(ctx);
  if (quotes.length === 0) return false;
  const from = ctx.sentences[first.sentence]?.start ?? 0;
  return (countBelow(quotes, first.start) - countBelow(quotes, from)) % 2 === 1;
}

/**
 * Whether a sentence holds any of these words ("likes are a vanity metric"
 * discusses the practice). Answered once per sentence and word list, so a
 * draft that is one endless sentence stays linear.
 */
export function sentenceHasAny(ctx: Context, sentenceIndex: number, words: ReadonlySet<string>): boolean {
  const byList = ctx.memo('kit/sentence-words', () => new Map<ReadonlySet<string>, Map<number, boolean>>());
  let answers = byList.get(words);
  if (!answers) byList.set(words, (answers = new Map()));
  const known = answers.get(sentenceIndex);
  if (known !== undefined) return known;
  const s = ctx.sentences[sentenceIndex];
  let found = false;
  if (s) for (let i = s.firstToken; i < s.endToken && !found; i++) found = words.has(ctx.tokens[i]!.text);
  answers.set(sentenceIndex, found);
  return found;
}

/** `shared`: scanned with every draft in the combined scan; off for rules that only some drafts need. */
export function buildGroupIndex(groups: readonly PhraseGroup[], shared = true): PhraseIndex<GroupMeta> {
  return new PhraseIndex(
    groups.flatMap((group) => group.patterns.map((pattern) => ({ pattern, meta: { group } }))),
    shared,
  );
}

/** Matches that survive the guards, as raw findings. */
export function guardedFindings(
  ctx: Context,
  index: PhraseIndex<GroupMeta>,
  topicWords: ReadonlySet<string> | undefined,
  accept: (m: PhraseMatch<GroupMeta>) => boolean = () => true,
): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of matchesOf(ctx, index)) {
    const { group } = m.meta;
    const first = ctx.tokens[m.firstToken]!;
    const last = ctx.tokens[m.lastToken]!;
    if (
      !group.ignoreNegation &&
      (isNegated(ctx.tokens, m.firstToken) || isNegatedWithin(ctx.tokens, m.firstToken, m.lastToken))
    ) {
      continue;
    }
    if (!group.inQuotes && isQuoted(ctx, first)) continue;
    if (topicWords && sentenceHasAny(ctx, first.sentence, topicWords)) continue;
    if (!speaksGroupLanguage(ctx, group, first.sentence)) continue;
    if (!accept(m)) continue;
    out.push({ rule: group.rule, confidence: group.confidence, span: [first.start, last.end] });
  }
  return out;
}
