/**
 * The house-rule file a community lead shares: zod schema, versioned, checked
 * in full before anything is stored, so a broken file changes nothing. No
 * browser API here: the CLI reads the same files.
 */
import { BOX_KINDS, PLATFORMS, SEVERITIES, type Platform } from '@/analyzers/kit/types';
import type { HousePack } from '@/analyzers/house-rules/types';
import { PHRASE_CLASSES, unknownClasses } from '@/analyzers/house-rules';
import { z } from './zod';
import { parseJsonFile, type FileProblem } from './file-problems';

export const HOUSE_RULES_FORMAT = 'post-coach-house-rules';
export const HOUSE_RULES_VERSION = 1;
/** A pack is a few dozen rules; a file past this is not one. */
export const MAX_HOUSE_RULES_FILE = 256_000;
export const MAX_PACKS = 20;
/** All packs together: well within the 10 MB of the browser's local storage, with room for the rest. */
export const MAX_PACKS_BYTES = 1_000_000;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'expected 1 to 40 characters: a-z, 0-9 and -');
const Text = (max: number) => z.string().trim().min(1).max(max);
const Localized = (max: number) =>
  z
    .strictObject({ en: Text(max).optional(), fr: Text(max).optional() })
    .refine((v) => v.en !== undefined || v.fr !== undefined, 'give at least "en" or "fr"');
const LocalizedList = z.strictObject({
  en: z.array(Text(300)).max(5).optional(),
  fr: z.array(Text(300)).max(5).optional(),
});
const Phrase = Text(120).superRefine((phrase, ctx) => {
  for (const name of unknownClasses(phrase)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown class {${name}}: use ${PHRASE_CLASSES.map((c) => `{${c}}`).join(', ')}`,
    });
  }
});
const Phrases = z.array(Phrase).min(1).max(100);

const RuleBase = {
  id: Id,
  message: Localized(300),
  why: Localized(1000).optional(),
  suggestions: LocalizedList.optional(),
  severity: z.enum(SEVERITIES).optional(),
  sites: z.array(z.enum(PLATFORMS)).min(1).optional(),
  kinds: z.array(z.enum(BOX_KINDS)).min(1).optional(),
};

const RuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...RuleBase, type: z.literal('avoid'), phrases: Phrases, instead: LocalizedList.optional() }),
  z.strictObject({ ...RuleBase, type: z.literal('require'), anyOf: Phrases, when: Phrases.optional() }),
]);

const OffList = z.strictObject({
  off: z
    .array(z.string().regex(/^[a-z0-9-]+(\/[a-z0-9.-]+)?$/, 'expected a rule id, a category or a rule of this pack'))
    .max(200),
});

const PackFields = {
  id: Id,
  name: Text(80),
  version: z.number().int().min(1),
  norms: Localized(2000).optional(),
  rules: z.array(RuleSchema).max(200),
  sites: z
    .strictObject(
      Object.fromEntries(PLATFORMS.map((p) => [p, OffList.optional()])) as Record<
        Platform,
        z.ZodOptional<typeof OffList>
      >,
    )
    .optional(),
};

const uniqueRuleIds = (pack: { rules: { id: string }[] }, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (seen.has(rule.id))
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `"${rule.id}" is used twice` });
    seen.add(rule.id);
  });
};

/** The file a team shares. */
export const HousePackFileSchema = z
  .strictObject({ format: z.literal(HOUSE_RULES_FORMAT), formatVersion: z.literal(HOUSE_RULES_VERSION), ...PackFields })
  .superRefine(uniqueRuleIds);

/** A stored pack: the file's content plus whether it is on. */
export const StoredPackSchema = z
  .strictObject({ ...PackFields, enabled: z.boolean() })
  .superRefine(uniqueRuleIds) satisfies z.ZodType<HousePack>;

export type ParsedPack = { ok: true; pack: HousePack } | { ok: false; problems: FileProblem[] };

/** Parse and check a pack file (or pasted text). Nothing is stored here. */
export function parseHousePack(text: string): ParsedPack {
  const file = parseJsonFile(text, MAX_HOUSE_RULES_FILE, HousePackFileSchema);
  if (!file.ok) return file;
  const { format: _format, formatVersion: _version, ...pack } = file.value;
  return { ok: true, pack: { ...pack, enabled: true } };
}

/** The file for a pack, as a lead would share it. */
export function exportHousePack(pack: HousePack): string {
  const { enabled: _enabled, ...rest } = pack;
  return `${JSON.stringify({ format: HOUSE_RULES_FORMAT, formatVersion: HOUSE_RULES_VERSION, ...rest }, null, 2)}\n`;
}
