/** zod schemas for every message, used by receivers (background, pages). Kept out of the content script. */
import { z } from './zod';
import { BoxKindSchema, FindingSchema, PlatformSchema, ReportSchema } from '@/analyzers/kit/schema';
import type { ComposerReport, ContentMessage, PageMessage, BroadcastMessage } from './messages';

const MAX_DRAFT = 2_000_000;
/** Content scripts number their composers (`c12`); the background prefixes the frame id. */
const ComposerId = z.string().min(1).max(80);

export const ComposerReportSchema = z.object({
  composerId: ComposerId,
  platform: PlatformSchema,
  kind: BoxKindSchema,
  text: z.string().max(MAX_DRAFT),
  report: ReportSchema,
  at: z.number(),
}) satisfies z.ZodType<ComposerReport>;

export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('coach/report'), entry: ComposerReportSchema }),
  z.object({ type: z.literal('coach/clear'), composerId: ComposerId }),
  z.object({ type: z.literal('coach/open-panel') }),
  z.object({ type: z.literal('coach/settings') }),
  z.object({ type: z.literal('coach/remember'), text: z.string().max(MAX_DRAFT), platform: PlatformSchema }),
  z.object({ type: z.literal('coach/dismiss'), composerId: ComposerId, key: z.string().min(1).max(2000) }),
  z.object({ type: z.literal('coach/mute'), rule: FindingSchema.shape.rule }),
]) satisfies z.ZodType<ContentMessage>;

export const PageMessageSchema = z.object({
  type: z.literal('panel/get'),
  tabId: z.number().int().nonnegative(),
}) satisfies z.ZodType<PageMessage>;

export const BroadcastMessageSchema = z.object({
  type: z.literal('panel/changed'),
  tabId: z.number().int().nonnegative(),
}) satisfies z.ZodType<BroadcastMessage>;
