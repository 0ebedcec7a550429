/**
 * Fingerprints of the user's recent drafts, for the repetition hints: a MinHash
 * signature (32 numbers) made with a secret key of this install, the site and
 * the time, never the text. Kept in storage.local, capped by count and age,
 * validated entry by entry on every read, cleared from the options page, and
 * not kept at all when switched off. Only the background reads or writes it:
 * no page and no content script ever sees a fingerprint or the key.
 */
import { storage } from 'wxt/utils/storage';
import { PLATFORMS, type AnalyzeOptions, type Platform, type Report } from '@/analyzers/kit/types';
import { withRepetition } from '@/analyzers';
import {
  fingerprint,
  KEY_SIZE,
  SIGNATURE_SIZE,
  similarity,
  type DraftFingerprint,
  type FingerprintKey,
} from '@/analyzers/repetition';
import { z } from './zod';

export const MAX_FINGERPRINTS = 200;
export const MAX_AGE_MS = 30 * 24 * 3_600_000;
/** The same draft remembered again within this time (a second blur, a retry) is one entry. */
const SAME_DRAFT_MS = 10 * 60_000;
/** At most this many drafts remembered in a row, then one per `REFILL_MS`: nobody posts faster. */
export const REMEMBER_BURST = 5;
export const REFILL_MS = 60_000;

export const SignatureSchema = z.array(z.number().int().min(0).max(0xffffffff)).length(SIGNATURE_SIZE);
const KeySchema = z.array(z.number().int().min(0).max(0xffffffff)).length(KEY_SIZE);

const EntrySchema = z.object({
  signature: SignatureSchema,
  platform: z.enum(PLATFORMS),
  at: z.number().int().nonnegative(),
}) satisfies z.ZodType<DraftFingerprint>;

export const draftHistoryItem = storage.defineItem<unknown>('local:draftHistory', {
  fallback: [],
  // Version 2: keyed fingerprints. Those made with the old fixed seeds cannot be
  // compared with keyed ones, and the text to redo them is not kept: they go.
  version: 2,
  migrations: { 2: () => [] },
});

/** The install's secret: random, made on first use, never leaves the background. */
export const fingerprintKeyItem = storage.defineItem<unknown>('local:fingerprintKey', { fallback: null });

function randomKey(): number[] {
  return Array.from(crypto.getRandomValues(new Uint32Array(KEY_SIZE)));
}

/**
 * The key, made on first use. A damaged key cannot be repaired: a new one is
 * made, and the fingerprints made with the old one are forgotten (they could
 * never match again), which the caller is told.
 */
export function readFingerprintKey(): Promise<{ key: FingerprintKey; renewed: boolean }> {
  // Two first uses at once share one new key.
  pendingKey ??= loadKey().finally(() => (pendingKey = null));
  return pendingKey;
}
let pendingKey: Promise<{ key: FingerprintKey; renewed: boolean }> | null = null;

async function loadKey(): Promise<{ key: FingerprintKey; renewed: boolean }> {
  const raw = await fingerprintKeyItem.getValue().catch(() => null);
  const parsed = KeySchema.safeParse(raw);
  if (parsed.success) return { key: parsed.data, renewed: false };
  const key = randomKey();
  await fingerprintKeyItem.setValue(key);
  if (raw !== null) await clearHistory();
  return { key, renewed: raw !== null };
}

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

/** A token bucket: `REMEMBER_BURST` at once, then one more per `REFILL_MS`. */
export class RememberLimit {
  private tokens = REMEMBER_BURST;
  private last: number | null = null;

  take(now: number): boolean {
    if (this.last !== null) {
      this.tokens = Math.min(REMEMBER_BURST, this.tokens + Math.max(0, now - this.last) / REFILL_MS);
    }
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Fingerprints a gone draft with the install's key and remembers it, within
 * the rate limit. Says what happened, for the tests and the console.
 */
export async function rememberText(
  text: string,
  platform: Platform,
  limit: RememberLimit,
  now = Date.now(),
): Promise<'remembered' | 'too-short' | 'rate-limited'> {
  const { key } = await readFingerprintKey();
  const signature = fingerprint(text, key);
  if (!signature) return 'too-short';
  if (!limit.take(now)) return 'rate-limited';
  await rememberDraft({ signature, platform, at: now });
  return 'remembered';
}

export async function clearHistory(): Promise<void> {
  await draftHistoryItem.setValue([]);
}

export interface RepetitionSettings {
  rememberDrafts: boolean;
  /** From `analysisOptions`, as the content script's own analysis. */
  options: Pick<AnalyzeOptions, 'messageLang' | 'settings'>;
}

/**
 * The background's repetition check: adds the repetition finding to a report
 * made without it (see `withRepetition`). The key and the history are read
 * once and kept until they change in storage (`invalidate`).
 */
export class RepetitionCheck {
  private loaded: Promise<{ key: FingerprintKey; history: DraftFingerprint[] }> | null = null;
  private settingsRead: Promise<RepetitionSettings> | null = null;

  constructor(private readonly readSettings: () => Promise<RepetitionSettings>) {}

  /** Storage changed: `settings` for the settings, anything else for the key and the history. */
  invalidate(what: 'settings' | 'history'): void {
    if (what === 'settings') this.settingsRead = null;
    else this.loaded = null;
  }

  async apply(report: Report, text: string, now = Date.now()): Promise<Report> {
    this.settingsRead ??= this.readSettings();
    const settings = await this.settingsRead;
    if (!settings.rememberDrafts || report.kind !== 'post') return report;
    this.loaded ??= Promise.all([readFingerprintKey(), readHistory(now)]).then(([{ key }, history]) => ({
      key,
      history,
    }));
    const { key, history } = await this.loaded;
    return withRepetition(report, text, {
      history,
      historyKey: key,
      now,
      messageLang: settings.options.messageLang,
      settings: settings.options.settings,
    });
  }
}
