/**
 * Rewrites: the writer's own sentence done better, for the rules where that can
 * be done safely from their words (bait → a real question on the same topic, a
 * boast → the news led by what it brings the reader, a teaser → what to say
 * about the link, a copy-paste apology → the action-and-date shape). Always in
 * the draft's language, whatever language the messages are shown in. Where no
 * safe rewrite can be made there is none: never a broken sentence.
 */
import type { Finding, Lang } from '../kit/types';
import * as en from './en';
import * as fr from './fr';
import { normalize, toOriginal, tokenize } from '../kit/text';
import { afterBrag, clauseAfter, MAX_SENTENCE, sentenceAround, trimEdges } from './text';

export type Rewrite = NonNullable<Finding['rewrite']>;

const LANGS = { en, fr } as const;
const BAIT_RULES = new Set(['begging/like', 'begging/share', 'begging/empty-comment']);
/** Teasers and apologies are short; past this, replacing the whole draft would lose too much. */
const MAX_WHOLE = 600;

/** The rewrite for one finding, or undefined. Never throws. */
export function rewriteFor(
  rule: string,
  text: string,
  span: { start?: number | undefined; end?: number | undefined },
  lang: Lang,
): Rewrite | undefined {
  try {
    const l = LANGS[lang];
    const { start, end } = span;
    const spanned = start !== undefined && end !== undefined && start < end && end <= text.length;
    let out: Rewrite | null = null;
    if (BAIT_RULES.has(rule) && spanned) out = bait(text, start, end, l);
    else if (rule === 'self-centred/brag' && spanned) out = brag(text, start, end, l);
    else if (rule === 'missing-value/teaser') out = teaser(text, l);
    else if (rule === 'replies/boilerplate') out = apology(text, l);
    return out && out.text.trim() && out.start < out.end ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Adds a rewrite to the findings that can have one; the same rewrite is offered once. */
export function addRewrites(findings: Finding[], text: string, lang: Lang): void {
  const offered = new Set<string>();
  for (const f of findings) {
    if (f.source !== undefined) continue;
    const rewrite = rewriteFor(f.rule, text, f, lang);
    if (!rewrite) continue;
    const key = `${rewrite.start}:${rewrite.end}:${rewrite.text}`;
    if (offered.has(key)) continue;
    offered.add(key);
    f.rewrite = rewrite;
  }
}

type Rewriter = typeof en | typeof fr;

const LEADING_SEPARATOR = (c: string) => /[\s,;:\-–—]/.test(c);
const CLOSING = (c: string) => /[.!?…]/.test(c);
const TRAILING_NOISE = (c: string) => /[\s,;:\-–—!.…\uFE0F]/.test(c) || /\p{Extended_Pictographic}/u.test(c);

/** Where the first link starts, as the engine's tokenizer sees links; -1 when there is none. */
function firstLink(text: string): number {
  const norm = normalize(text);
  const url = tokenize(norm.text).tokens.find((t) => t.kind === 'url');
  return url ? toOriginal(norm, url.start, url.end)[0] : -1;
}

/** "LIKE if you miss summer" → "What do you miss most about summer?" */
function bait(text: string, start: number, end: number, l: Rewriter): Rewrite | null {
  const sentence = sentenceAround(text, start, end);
  if (!sentence) return null;
  // Only the request and its clause are replaced: anything the writer says before it stays theirs.
  const lead = text
    .slice(sentence.start, start)
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .trim();
  if (!l.BAIT_LEAD.test(lead)) return null;
  const body = text.slice(start, sentence.end);
  const clause = l.BAIT_CLAUSE.exec(body);
  if (!clause) return null;
  let from = start + clause.index + clause[0].length;
  while (from < sentence.end && /\s/.test(text[from]!)) from++;
  const topic = clauseAfter(text, from, sentence.end);
  if (!topic) return null;
  const question = l.questionFromClause(topic.words);
  return question ? { text: question, start: sentence.start, end: topic.end } : null;
}

/** "We are so proud to announce our new bakery in Lyon!" → "[What it brings your readers]: our new bakery in Lyon." */
function brag(text: string, start: number, end: number, l: Rewriter): Rewrite | null {
  const sentence = sentenceAround(text, start, end);
  if (!sentence) return null;
  const s = text.slice(sentence.start, sentence.end);
  const at = afterBrag(s, l.BRAG);
  // The boast must open the sentence, the finding inside it; the news that follows is kept, in the writer's words.
  if (at < 0 || start > sentence.start + at) return null;
  const clause = clauseAfter(text, sentence.start + at, sentence.end);
  if (!clause || !/\p{L}/u.test(clause.words) || clause.words.split(' ').length < 2) return null;
  const news = trimEdges(clause.words, () => false, CLOSING);
  return { text: `${l.READER_SLOT}${l.SEP}${news}.`, start: sentence.start, end: clause.end };
}

/** "New blog post, check it out: example.com/post" → "New blog post: [what the reader will learn]. example.com/post" */
function teaser(text: string, l: Rewriter): Rewrite | null {
  const lead = text.length - text.trimStart().length;
  const whole = text.trim();
  if (!whole || whole.length > MAX_WHOLE) return null;
  const link = firstLink(whole);
  const pointer = l.LINK_POINTER.exec(whole);
  const at = link >= 0 ? link : pointer ? pointer.index : -1;
  if (at < 0) return null;
  // Single spaces: the calls to click are matched word by word.
  let head = whole.slice(0, at).replace(/\s+/g, ' ');
  for (const call of l.TEASER_CALLS) head = head.replace(call, '');
  head = trimEdges(head, LEADING_SEPARATOR, TRAILING_NOISE);
  const tail = whole.slice(at);
  const slot = l.TEASER_SLOT;
  const body = head ? `${head}${l.SEP}${slot}.` : `${slot.charAt(0)}${slot.charAt(1).toUpperCase()}${slot.slice(2)}.`;
  return { text: `${body} ${tail}`, start: lead, end: lead + whole.length };
}

/** "Sorry for the inconvenience, please DM us" → "Sorry about […]. We are […] and will […] by [date]." */
function apology(text: string, l: Rewriter): Rewrite | null {
  const lead = text.length - text.trimStart().length;
  const whole = text.trim();
  if (!whole || whole.length > Math.min(MAX_WHOLE, MAX_SENTENCE)) return null;
  // The greeting stays as the writer wrote it ("Bonjour Marie"), the rest takes the answer's shape.
  const found = l.GREETING.exec(whole)?.[0];
  const greeting = found
    ? trimEdges(
        found,
        () => false,
        (c) => /[\s,!]/.test(c),
      )
    : null;
  return { text: l.apology(greeting), start: lead, end: lead + whole.length };
}
