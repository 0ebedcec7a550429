/**
 * What an analyzer is, what it sees, and how its raw output becomes findings.
 * Analyzers return raw findings in normalised offsets with a confidence; the
 * engine filters by sensitivity, maps spans back to the draft, renders the
 * messages and isolates failures.
 */
import type { BoxKind, Category, Lang, Platform, Sensitivity, Severity, Stage } from './vocabulary';
import type { Normalized, Sentence, Token, TokenKind } from './text';

/** Indexes of the tokens of each kind but words, in order. */
export type TokenPositions = Readonly<Record<Exclude<TokenKind, 'word'>, readonly number[]>>;

export interface Context {
  readonly original: string;
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly lang: Lang;
  readonly platform: Platform;
  readonly kind: BoxKind;
  readonly sensitivity: Sensitivity;
  readonly stage: Stage;
  /** Words, numbers, hashtags and mentions: what a reader would count as words. */
  readonly wordCount: number;
  /** Where the numbers, hashtags, mentions, links and emoji are: one pass instead of one per analyzer. */
  readonly positions: TokenPositions;
  /** The author's own domains, lowercase, without `www.`. */
  readonly ownDomains: readonly string[];
  /** Raw findings (before the confidence bar) of the analyzers that already ran, by analyzer id. */
  readonly raw: ReadonlyMap<string, readonly RawFinding[]>;
  /** Per-draft memo shared by analyzers (features several of them need). */
  memo<T>(key: string, compute: () => T): T;
  /** The language messages are shown in, when an analyzer writes its own texts (house rules). */
  readonly messageLang?: Lang;
  /** Rule ids and categories the writer turned off: what they disagree with is no evidence for another rule. */
  readonly disabled?: ReadonlySet<string>;
  /** An analyzer stopped collecting at a bound: the report says it is truncated. */
  noteTruncated?(): void;
}

export interface RawFinding {
  rule: string;
  /** 0–1: how sure the analyzer is. Sensitivity sets the bar; ≥ 0.8 is a warning. */
  confidence: number;
  /** Span in the normalised text; omitted for whole-draft findings. */
  span?: readonly [number, number];
  /** Defaults to the rule id. */
  messageId?: string;
  data?: Record<string, string | number>;
  /** Texts given with the finding (house rules), instead of the catalogue's. */
  text?: { message: string; why: string; suggestions: string[] };
  /** The house-rule pack it comes from. */
  source?: string;
}

export interface Analyzer {
  readonly id: string;
  readonly category: Category;
  run(ctx: Context): RawFinding[];
}

/** The confidence a finding needs to be shown, per sensitivity. */
export const CONFIDENCE_BAR: Record<Sensitivity, number> = { gentle: 0.7, normal: 0.45, strict: 0.25 };
const WARNING_AT: Record<Sensitivity, number> = { gentle: 0.9, normal: 0.8, strict: 0.7 };

export function severityFor(confidence: number, sensitivity: Sensitivity): Severity {
  return confidence >= WARNING_AT[sensitivity] ? 'warning' : 'hint';
}

/** Keep the strongest of overlapping matches, earliest first. */
export function dropOverlaps(findings: RawFinding[]): RawFinding[] {
  const spanned = findings.filter((f) => f.span).sort((a, b) => a.span![0] - b.span![0] || b.confidence - a.confidence);
  const kept: RawFinding[] = [];
  for (const f of spanned) {
    const prev = kept[kept.length - 1];
    if (prev?.span && f.span![0] < prev.span[1]) {
      if (f.confidence > prev.confidence)
        kept[kept.length - 1] = { ...f, span: [prev.span[0], Math.max(prev.span[1], f.span![1])] };
      else prev.span = [prev.span[0], Math.max(prev.span[1], f.span![1])] as const;
      continue;
    }
    kept.push({ ...f });
  }
  return [...kept, ...findings.filter((f) => !f.span)];
}

/** Index of the sentence holding a normalised offset, or -1 (binary search). */
export function sentenceAt(ctx: Pick<Context, 'sentences'>, pos: number): number {
  const { sentences } = ctx;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

/** A word of two letters or more typed in capitals in the draft ("YES", "ÉNORME"). */
export function isWrittenInCapitals(ctx: Pick<Context, 'norm' | 'original'>, token: Token): boolean {
  if (token.kind !== 'word' || token.end - token.start < 2) return false;
  const { norm, original } = ctx;
  const start = norm.starts[token.start]!;
  // Most words start, or go on, in ASCII lowercase: no need to slice them.
  if (isAsciiLower(original.charCodeAt(start)) || isAsciiLower(original.charCodeAt(start + 1))) return false;
  const word = original.slice(start, norm.ends[token.end - 1]!);
  return UPPER.test(word) && !LOWER.test(word);
}

const CLOSING_END = /[.!?…)\]"»\p{Extended_Pictographic}\uFE0F]\s*$/u;

/** The draft ends as finished sentences do: closing punctuation or an emoji. */
export function endsClosed(ctx: Pick<Context, 'original'>): boolean {
  return CLOSING_END.test(ctx.original.slice(-16));
}
