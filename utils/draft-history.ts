/**
 * Fingerprints of the user's recent drafts, for the repetition hints: a MinHash
 * signature (32 numbers), the site and the time, never the text. Kept in
 * storage.local, capped by count and age, validated entry by entry on every
 * read, cleared from the options page, and not kept at all when switched off.
 */
import { storage } from 'wxt/utils/storage';
import { PLATFORMS } from '@/analyzers/kit/types';
import { SIGNATURE_SIZE, similarity, type DraftFingerprint } from '@/analyzers/repetition';
import { z } from './zod';

export const MAX_FINGERPRINTS = 200;
export const MAX_AGE_MS = 30 * 24 * 3_600_000;
/** The same draft remembered again within this time (a second blur, a retry) is one entry. */
const SAME_DRAFT_MS = 10 * 60_000;

export const SignatureSchema = z.array(z.number().int().min(0).max(0xffffffff)).length(SIGNATURE_SIZE);

const EntrySchema = z.object({
  signature: SignatureSchema,
  platform: z.enum(PLATFORMS),
  at: z.number().int().nonnegative(),
}) satisfies z.ZodType<DraftFingerprint>;

export const draftHistoryItem = storage.defineItem<unknown>('local:draftHistory', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** The remembered fingerprints, newest last; unreadable entries are dropped (they hold nothing but numbers). */
export async function readHistory(now = Date.now()): Promise<DraftFingerprint[]> {
  const raw = await draftHistoryItem.getValue().catch(() => []);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = EntrySchema.safeParse(entry);
    return parsed.success && now - parsed.data.at <= MAX_AGE_MS ? [parsed.data] : [];
  });
}

export async function rememberDraft(entry: DraftFingerprint): Promise<void> {
  const history = await readHistory(entry.at);
  const kept = history.filter(
    (old) =>
      !(
        old.platform === entry.platform &&
        entry.at - old.at < SAME_DRAFT_MS &&
        similarity(old.signature, entry.signature) === 1
      ),
  );
  await draftHistoryItem.setValue([...kept, entry].slice(-MAX_FINGERPRINTS));
}

export async function clearHistory(): Promise<void> {
  await draftHistoryItem.setValue([]);
}
