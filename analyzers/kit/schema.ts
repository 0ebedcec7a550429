/**
 * The shapes the engine speaks in, defined once with zod. The engine itself only
 * imports the types (so zod stays out of the content script's hot path); the
 * schemas validate reports at trust boundaries and in tests.
 */
import { z } from 'zod';

export const PLATFORMS = ['x', 'linkedin', 'facebook'] as const;
export const LANGS = ['fr', 'en'] as const;
export const BOX_KINDS = ['post', 'reply', 'comment'] as const;
export const SEVERITIES = ['hint', 'warning'] as const;
export const SENSITIVITIES = ['gentle', 'normal', 'strict'] as const;
/** The three core ids come from PRINCIPLES.md; later analyzers add theirs here. */
export const CATEGORIES = ['begging', 'self-centred', 'missing-value'] as const;

export const PlatformSchema = z.enum(PLATFORMS);
export const LangSchema = z.enum(LANGS);
export const BoxKindSchema = z.enum(BOX_KINDS);
export const SeveritySchema = z.enum(SEVERITIES);
export const SensitivitySchema = z.enum(SENSITIVITIES);
export const CategorySchema = z.enum(CATEGORIES);

export type Platform = z.infer<typeof PlatformSchema>;
export type Lang = z.infer<typeof LangSchema>;
export type BoxKind = z.infer<typeof BoxKindSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Sensitivity = z.infer<typeof SensitivitySchema>;
export type Category = z.infer<typeof CategorySchema>;

const MessageData = z.record(z.string(), z.union([z.string(), z.number()]));

export const FindingSchema = z
  .object({
    /** Stable id, `category/name`; tests and settings key on it, never on prose. */
    rule: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/),
    category: CategorySchema,
    severity: SeveritySchema,
    /** UTF-16 offsets into the text as given; absent for whole-draft findings. */
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    messageId: z.string().min(1),
    data: MessageData,
    message: z.string().min(1),
    /** The principle behind the hint, in a sentence or two. */
    why: z.string().min(1),
    /** At least one better way to say it. */
    suggestions: z.array(z.string().min(1)).min(1),
  })
  .refine((f) => (f.start === undefined) === (f.end === undefined), {
    message: 'start and end go together',
  })
  .refine((f) => f.start === undefined || f.end === undefined || f.start < f.end, {
    message: 'a span is never empty',
  });
export type Finding = z.infer<typeof FindingSchema>;

/** Something the draft does well ("what works"). */
export const StrengthSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  message: z.string().min(1),
});
export type Strength = z.infer<typeof StrengthSchema>;

/** One line of "what moved the score". */
export const ScoreReasonSchema = z.object({
  delta: z.number().int(),
  category: CategorySchema.optional(),
  message: z.string().min(1),
});
export type ScoreReason = z.infer<typeof ScoreReasonSchema>;

const Score = z.number().int().min(0).max(100);

export const ReportSchema = z.object({
  language: LangSchema,
  /** How sure the detector was, 0–1; 0 when the language was given. */
  languageConfidence: z.number().min(0).max(1),
  platform: PlatformSchema,
  kind: BoxKindSchema,
  score: Score,
  subScores: z.object({
    begging: Score,
    'self-centred': Score,
    'missing-value': Score,
  }),
  scoreReasons: z.array(ScoreReasonSchema),
  counts: z.object({
    characters: z.number().int().nonnegative(),
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    findings: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    hints: z.number().int().nonnegative(),
  }),
  findings: z.array(FindingSchema),
  /** True when more findings were found than a report carries (see MAX_FINDINGS). */
  truncated: z.boolean(),
  strengths: z.array(StrengthSchema),
  /** Analyzers that threw: recorded here, never propagated. */
  errors: z.array(z.object({ analyzer: z.string(), message: z.string() })),
});
export type Report = z.infer<typeof ReportSchema>;

export const UserSettingsSchema = z.object({
  disabledRules: z.array(z.string()).default([]),
  sensitivity: SensitivitySchema.default('normal'),
});

export interface AnalyzeOptions {
  platform: Platform;
  /** The draft's language; detected when absent. */
  lang?: Lang;
  /** Used when detection has nothing to go on (an emoji-only draft); defaults to `en`. */
  fallbackLang?: Lang;
  kind?: BoxKind;
  /** Language of the messages; defaults to the draft's language ("auto"). */
  messageLang?: Lang | 'auto';
  settings?: {
    /** Rule ids (`begging/like-request`) or whole categories (`begging`). */
    disabledRules?: readonly string[];
    sensitivity?: Sensitivity;
  };
}
