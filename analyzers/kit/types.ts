import type { HousePack } from '../house-rules/types';
import type { DraftFingerprint } from '../repetition';

/**
 * The engine's vocabulary as plain TypeScript: what it accepts and returns.
 * No zod here, so the content script never loads it; `schema.ts` holds the zod
 * schemas for trust boundaries and tests, checked to match these types exactly.
 */

export const PLATFORMS = ['x', 'linkedin', 'facebook'] as const;
export const LANGS = ['fr', 'en'] as const;
export const BOX_KINDS = ['post', 'reply', 'comment'] as const;
export const SEVERITIES = ['hint', 'warning'] as const;
export const SENSITIVITIES = ['gentle', 'normal', 'strict'] as const;
/** A draft still being typed may wait to be judged; a finished one is judged whatever its length. */
export const STAGES = ['typing', 'finished'] as const;
/** The three core ids come from PRINCIPLES.md. */
export const CORE_CATEGORIES = ['begging', 'self-centred', 'missing-value'] as const;
/** Every category a finding can have: the core three, then the further signals, then the team's house rules. */
export const CATEGORIES = [
  ...CORE_CATEGORIES,
  'site-rules',
  'formulas',
  'sharing',
  'repetition',
  'oversharing',
  'replies',
  'house-rules',
] as const;

export type Platform = (typeof PLATFORMS)[number];
export type Lang = (typeof LANGS)[number];
export type BoxKind = (typeof BOX_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];
export type Stage = (typeof STAGES)[number];
export type Category = (typeof CATEGORIES)[number];

export interface Finding {
  /** Stable id, `category/name`; tests and settings key on it, never on prose. */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the text as given; absent for whole-draft findings. */
  start?: number | undefined;
  end?: number | undefined;
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  /** The principle behind the hint, in a sentence or two. */
  why: string;
  /** At least one better way to say it. */
  suggestions: string[];
  /** The writer's own words done better, in the draft's language: replace text[start, end) with `text`. Only where a safe rewrite exists. */
  rewrite?: { text: string; start: number; end: number } | undefined;
  /** The house-rule pack a finding comes from (its name); absent for built-in rules. */
  source?: string | undefined;
  /**
   * Built-in findings on the same words that this house-rule hint stands for
   * (one hint, not two): the checklist and the sub-scores still count them.
   */
  covers?: { rule: string; category: Category; severity: Severity }[] | undefined;
}

/** Something the draft does well ("what works"). */
export interface Strength {
  id: string;
  start?: number | undefined;
  end?: number | undefined;
  message: string;
}

/** One line of "what moved the score". */
export interface ScoreReason {
  delta: number;
  category?: Category | undefined;
  message: string;
}

export interface Report {
  language: Lang;
  /** How sure the detector was, 0–1; 0 when the language was given. */
  languageConfidence: number;
  platform: Platform;
  kind: BoxKind;
  /** Whether the draft was judged as still being typed or as finished (see AnalyzeOptions.stage). */
  stage: Stage;
  score: number;
  subScores: Record<Category, number>;
  scoreReasons: ScoreReason[];
  counts: {
    characters: number;
    words: number;
    sentences: number;
    /** All findings shown at this sensitivity, even past MAX_FINDINGS. */
    findings: number;
    warnings: number;
    hints: number;
  };
  findings: Finding[];
  /** True when more findings were found than a report carries (see MAX_FINDINGS). */
  truncated: boolean;
  strengths: Strength[];
  /** Analyzers that threw: recorded here, never propagated. */
  errors: { analyzer: string; message: string }[];
}

export interface AnalyzeOptions {
  platform: Platform;
  /** The draft's language; detected when absent. */
  lang?: Lang;
  /** Used when detection has nothing to go on (an emoji-only draft); defaults to `en`. */
  fallbackLang?: Lang;
  kind?: BoxKind;
  /**
   * `typing` while the writer is at it (a short draft without its end waits),
   * `finished` after a pause, in the checklist, the CLI and the paste-in checker.
   * Defaults to `finished`.
   */
  stage?: Stage;
  /**
   * Spans the editor itself marked as mentions or hashtags (UTF-16 offsets):
   * their words are names, never phrases ("Follow Us Studio" asks nothing).
   */
  marks?: readonly { start: number; end: number; kind: 'mention' | 'hashtag' }[];
  /** Language of the messages; defaults to the draft's language ("auto"). */
  messageLang?: Lang | 'auto';
  settings?: {
    /** Rule ids (`begging/like`) or whole categories (`begging`). */
    disabledRules?: readonly string[];
    sensitivity?: Sensitivity;
  };
  /** The team's house-rule packs (validated); the enabled ones are applied. */
  houseRules?: readonly HousePack[];
  /** The author's own sites (`atelier.fr`): a post that only links there pushes traffic. */
  ownDomains?: readonly string[];
  /** Fingerprints of the user's recent drafts (never their text), for repeats and cross-posts. */
  history?: readonly DraftFingerprint[];
  /** The install's secret the history was fingerprinted with (see repetition); none: the fixed seeds. */
  historyKey?: readonly number[];
  /** "Now" for how long ago a remembered draft was written; defaults to the clock. */
  now?: number;
}
