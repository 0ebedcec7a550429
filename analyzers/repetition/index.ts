/**
 * repetition: the same, or nearly the same, text as one of the user's recent
 * drafts, and the same text cross-posted to another site. The engine only ever
 * sees fingerprints of those drafts (MinHash signatures of word triples), never
 * their text: the extension stores nothing else.
 */
import type { Analyzer, Context, RawFinding } from '../kit/engine';
import { SITES } from '../kit/sites';
import { normalize, tokenize, type Token } from '../kit/text';
import { defineAnalyzer, fill } from '../kit/define';
import type { Lang, Platform } from '../kit/vocabulary';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    repetition: true;
  }
}

/** A past draft, as remembered: its signature, where it was written, when (ms since epoch). */
export interface DraftFingerprint {
  signature: readonly number[];
  platform: Platform;
  at: number;
  /** Where it is, when that says more than how long ago ("on line 4 of this calendar"). */
  where?: Partial<Record<'en' | 'fr', string>>;
}

export const SIGNATURE_SIZE = 32;
/** Fewer words than this and two drafts alike say nothing ("Thanks everyone!"). */
export const MIN_WORDS = 12;
/** Share of equal signature slots from which two drafts count as "nearly the same". */
export const NEAR_SAME = 0.6;
/** Only the start of a draft is fingerprinted: no post is longer, and typing a 1 MB text stays cheap. */
const FINGERPRINT_CHARS = 20_000;

/**
 * A per-install secret: the first number starts the word hash, the others seed
 * the signature slots. Fingerprints made with one key cannot be compared with
 * another key's, so a stored signature tells nothing to someone who can hash
 * guesses but does not hold the key (a page, another install).
 */
export type FingerprintKey = readonly number[];
export const KEY_SIZE = SIGNATURE_SIZE + 1;

// Fixed seeds, for the tools that have no key (tests, the bench).
const UNKEYED: FingerprintKey = [
  0x811c9dc5,
  ...Array.from({ length: SIGNATURE_SIZE }, (_, k) => Math.imul(0x9e3779b1, k + 1) >>> 0),
];

function fnv1a(text: string, start: number): number {
  let h = start;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const wordsOf = (tokens: readonly Token[]) =>
  tokens.filter((t) => t.kind !== 'emoji' && t.kind !== 'url').map((t) => t.text);

/** The MinHash signature of a list of words (folded), or null when too short to compare. */
export function signatureOfWords(words: readonly string[], key: FingerprintKey = UNKEYED): number[] | null {
  if (words.length < MIN_WORDS) return null;
  if (key.length !== KEY_SIZE) throw new TypeError(`a fingerprint key holds ${KEY_SIZE} numbers`);
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + 2 < words.length; i++) {
    // The key enters twice: as the hash's start and through the slot seeds.
    const h = mix(fnv1a(`${words[i]} ${words[i + 1]} ${words[i + 2]}`, key[0]!) ^ key[0]!);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h ^ key[k + 1]!);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

/** A draft's fingerprint, the only thing ever remembered of it. */
export function fingerprint(text: string, key?: FingerprintKey): number[] | null {
  const head = text.length > FINGERPRINT_CHARS ? text.slice(0, FINGERPRINT_CHARS) : text;
  return signatureOfWords(wordsOf(tokenize(normalize(head).text).tokens), key);
}

/** Estimated Jaccard similarity of the two drafts' word triples. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== SIGNATURE_SIZE || b.length !== SIGNATURE_SIZE) return 0;
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * A draft on the same site from the last half hour is most likely this very
 * draft, restored by the site (LinkedIn and Facebook bring back an unsent post
 * when the dialog is opened again), not a repeat.
 */
export const RESTORED_WITHIN_MS = 30 * 60_000;

const AGO = { en: en.ago, fr: fr.ago } as const;

/** "2 d ago" as message data, in the language the message is shown in. */
function agoOf(at: number, now: number, lang: Lang): string {
  const ms = Math.max(0, now - at);
  const ago = AGO[lang];
  if (ms < HOUR) return ago.underAnHour;
  return ms < DAY ? fill(ago.hours, { n: Math.round(ms / HOUR) }) : fill(ago.days, { n: Math.round(ms / DAY) });
}

export function repetitionFindings(
  ctx: Context,
  history: readonly DraftFingerprint[],
  now: number,
  key?: FingerprintKey,
): RawFinding[] {
  if (history.length === 0 || ctx.kind !== 'post') return [];
  const words = ctx.original.length > FINGERPRINT_CHARS ? null : wordsOf(ctx.tokens);
  const signature = words ? signatureOfWords(words, key) : fingerprint(ctx.original, key);
  return signature ? repetitionOf(signature, ctx.platform, history, now, ctx.messageLang ?? ctx.lang) : [];
}

/** The repetition finding for a post's signature, if one of the remembered drafts is (nearly) the same; `lang`: the message's. */
export function repetitionOf(
  signature: readonly number[],
  platform: Platform,
  history: readonly DraftFingerprint[],
  now: number,
  lang: Lang,
): RawFinding[] {
  let best: { entry: DraftFingerprint; score: number } | null = null;
  for (const entry of history) {
    if (entry.platform === platform && now - entry.at < RESTORED_WITHIN_MS) continue;
    const score = similarity(signature, entry.signature);
    // Same score: the most recent says most.
    if (score >= NEAR_SAME && (!best || score > best.score || (score === best.score && entry.at > best.entry.at))) {
      best = { entry, score };
    }
  }
  if (!best) return [];
  const ago = best.entry.where?.[lang] ?? agoOf(best.entry.at, now, lang);
  const cross = best.entry.platform !== platform;
  return [
    {
      rule: cross ? 'repetition/cross-post' : 'repetition/repeat',
      // Word for word is a warning; nearly the same, a hint.
      confidence: best.score >= 0.95 ? 0.85 : 0.6,
      data: cross ? { site: SITES.byId[best.entry.platform].name, ago } : { ago },
    },
  ];
}

/** The analyzer for one set of remembered drafts, fingerprinted with their key. */
export function repetitionAnalyzer(history: readonly DraftFingerprint[], now: number, key?: FingerprintKey): Analyzer {
  return { id: 'repetition', category: 'repetition', run: (ctx) => repetitionFindings(ctx, history, now, key) };
}

/** Not in ANALYZERS: analyze() adds it when the call brings a history (AnalyzeOptions.history). */
export const repetitionModule = defineAnalyzer({
  id: 'repetition',
  category: 'repetition',
  texts: { en, fr },
  rules: {
    'repetition/repeat': { severity: 'warning', options: { nearSame: NEAR_SAME, minWords: MIN_WORDS } },
    'repetition/cross-post': { severity: 'warning', options: { nearSame: NEAR_SAME, minWords: MIN_WORDS } },
  },
});
