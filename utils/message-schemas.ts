/** zod schemas for every message, used by receivers (background, pages). Kept out of the content script. */
import { z } from './zod';
import { BoxKindSchema, PlatformSchema, ReportSchema } from '@/analyzers/kit/schema';
import { SignatureSchema } from './draft-history';
import type { ComposerReport, ContentMessage, PageMessage, BroadcastMessage } from './messages';

const MAX_DRAFT = 2_000_000;

export const ComposerReportSchema = z.object({
  composerId: z.string().min(1).max(64),
  platform: PlatformSchema,
  kind: BoxKindSchema,
  text: z.string().max(MAX_DRAFT),
  report: ReportSchema,
  at: z.number(),
}) satisfies z.ZodType<ComposerReport>;

export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('coach/report'), entry: ComposerReportSchema }),
  z.object({ type: z.literal('coach/clear'), composerId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('coach/open-panel') }),
  z.object({ type: z.literal('coach/settings') }),
  z.object({ type: z.literal('coach/remember'), signature: SignatureSchema, platform: PlatformSchema }),
]) satisfies z.ZodType<ContentMessage>;

export const PageMessageSchema = z.object({
  type: z.literal('panel/get'),
  tabId: z.number().int().nonnegative(),
}) satisfies z.ZodType<PageMessage>;

export const BroadcastMessageSchema = z.object({
  type: z.literal('panel/changed'),
  tabId: z.number().int().nonnegative(),
}) satisfies z.ZodType<BroadcastMessage>;
