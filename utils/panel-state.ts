import { z } from './zod';
import { ComposerReportSchema } from './message-schemas';
import type { PanelState } from './messages';

export const PanelStateSchema = z.object({
  tabId: z.number().int(),
  entry: ComposerReportSchema.nullable(),
}) satisfies z.ZodType<PanelState>;
