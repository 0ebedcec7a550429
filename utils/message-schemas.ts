/** zod schemas for every message, used by receivers (background, pages). Kept out of the content script. */
import { z } from './zod';
import { BoxKindSchema, FindingSchema, PlatformSchema, ReportSchema } from '@/analyzers/kit/schema';
import type { ComposerReport, ContentMessage, PageMessage, PanelMessage } from './messages';

const MAX_DRAFT = 2_000_000;
/** Content scripts number their composers (`c12`); the background prefixes the frame id. */
const ComposerId = z.string().min(1).max(80);
const TabId = z.number().int().nonnegative();

export const ComposerReportSchema = z.object({
  composerId: ComposerId,
  platform: PlatformSchema,
  kind: BoxKindSchema,
  text: z.string().max(MAX_DRAFT),
  report: ReportSchema,
  at: z.number(),
}) satisfies z.ZodType<ComposerReport>;

/** The whole report is parsed here, once: a content script shares its page with the site's scripts. */
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
  tabId: TabId,
}) satisfies z.ZodType<PageMessage>;

/**
 * What pages accept from the background. Only the envelope is checked: the
 * entry was parsed when it reached the background (or came back from session
 * storage), and pages take it only from the extension's own contexts.
 */
export const PanelMessageSchema = z.object({
  type: z.literal('panel/report'),
  tabId: TabId,
  entry: z.custom<ComposerReport | null>((value) => typeof value === 'object'),
}) satisfies z.ZodType<PanelMessage>;
