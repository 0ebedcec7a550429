/**
 * zod schemas for the engine's output, for trust boundaries (messages between
 * extension contexts, imported files) and tests. The engine itself never loads
 * zod; the compile-time checks at the end keep these schemas and `types.ts`
 * saying exactly the same thing.
 */
import { z } from 'zod';
import {
  BOX_KINDS,
  CATEGORIES,
  LANGS,
  PLATFORMS,
  SENSITIVITIES,
  SEVERITIES,
  STAGES,
  type Finding,
  type Report,
  type ScoreReason,
  type Strength,
} from './types';

export const PlatformSchema = z.enum(PLATFORMS);
export const LangSchema = z.enum(LANGS);
export const BoxKindSchema = z.enum(BOX_KINDS);
export const SeveritySchema = z.enum(SEVERITIES);
export const SensitivitySchema = z.enum(SENSITIVITIES);
export const CategorySchema = z.enum(CATEGORIES);

const Offset = z.number().int().nonnegative().optional();

export const FindingSchema = z
  .object({
    rule: z.string().regex(/^[a-z-]+\/[a-z0-9.-]+$/),
    category: CategorySchema,
    severity: SeveritySchema,
    start: Offset,
    end: Offset,
    messageId: z.string().min(1),
    data: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string().min(1),
    why: z.string().min(1),
    suggestions: z.array(z.string().min(1)).min(1),
    rewrite: z.object({ text: z.string().min(1), start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
    source: z.string().optional(),
    covers: z
      .array(z.object({ rule: z.string().min(1), category: CategorySchema, severity: SeveritySchema }))
      .optional(),
  })
  .refine((f) => (f.start === undefined) === (f.end === undefined), { message: 'start and end go together' })
  .refine((f) => f.start === undefined || f.end === undefined || f.start < f.end, { message: 'a span is never empty' });

export const StrengthSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  start: Offset,
  end: Offset,
  message: z.string().min(1),
});

export const ScoreReasonSchema = z.object({
  delta: z.number().int(),
  category: CategorySchema.optional(),
  message: z.string().min(1),
});

const Score = z.number().int().min(0).max(100);
const Count = z.number().int().nonnegative();

export const ReportSchema = z.object({
  language: LangSchema,
  languageConfidence: z.number().min(0).max(1),
  platform: PlatformSchema,
  kind: BoxKindSchema,
  stage: z.enum(STAGES),
  score: Score,
  subScores: z.object({
    begging: Score,
    'self-centred': Score,
    'missing-value': Score,
    'site-rules': Score,
    formulas: Score,
    sharing: Score,
    repetition: Score,
    oversharing: Score,
    replies: Score,
    'house-rules': Score,
  }),
  scoreReasons: z.array(ScoreReasonSchema),
  counts: z.object({
    characters: Count,
    words: Count,
    sentences: Count,
    findings: Count,
    warnings: Count,
    hints: Count,
  }),
  findings: z.array(FindingSchema),
  truncated: z.boolean(),
  strengths: z.array(StrengthSchema),
  errors: z.array(z.object({ analyzer: z.string(), message: z.string() })),
});

// Compile-time: the schemas describe exactly the engine's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(): T => true as T;
same<Same<z.infer<typeof FindingSchema>, Finding>>();
same<Same<z.infer<typeof StrengthSchema>, Strength>>();
same<Same<z.infer<typeof ScoreReasonSchema>, ScoreReason>>();
same<Same<z.infer<typeof ReportSchema>, Report>>();
