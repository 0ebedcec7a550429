/**
 * oversharing: personal data in a public post. E-mail addresses, phone numbers,
 * postal addresses, IBANs and payment card numbers (the last two checked with
 * their checksums, so an order number is not a card). Hints, never blocks: a
 * shop inviting calls may well want its number there. Works on the draft as
 * typed (these are formats, not words), with bounded, linear expressions. On
 * LinkedIn, also very personal details and political rants (phrases).
 */
import { dropOverlaps, type Analyzer, type Context, type RawFinding } from '../kit/engine';
import { toNormalized } from '../kit/text';
import { buildGroupIndex, guardedFindings } from '../kit/phrase-analyzer';
import { defineAnalyzer, phraseGroups } from '../kit/define';
import { en } from './en';
import { fr } from './fr';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    oversharing: true;
  }
}

/**
 * Only LinkedIn drafts need these, but they ride in the combined scan: a
 * separate pass cost LinkedIn drafts 0.3 ms at 30,000 characters, the shared
 * one costs the others a few hundredths.
 */
/** Both languages' patterns, untagged as when they shared one list: each matches in any sentence. */
const oversharingGroups = [...phraseGroups(en), ...phraseGroups(fr)];
const profileIndex = buildGroupIndex(oversharingGroups, true);

/** French numbers (06 12 34 56 78, +33 6 12 34 56 78) and international ones with a + prefix. */
const PHONE = /(?:\+33[ .-]?|\b0)[1-9](?:[ .-]?\d{2}){4}\b|\+(?:[1-9]\d{0,2})(?:[ .-]?\d{2,4}){3,5}\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const CARD = /\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b/g;
/** A number and a street word: "12 rue des Lilas", "221B Baker Street", "5 avenue Foch". */
const ADDRESS =
  /\b\d{1,4}(?: ?(?:bis|ter|[A-Z]))?,? (?:rue|avenue|av\.|boulevard|bd|place|allée|allee|chemin|impasse|quai|route|cours)\b[^\n,.]{0,40}|\b\d{1,4}[A-Z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard|Blvd\.?)\b/g;

/** IBAN check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function validIban(raw: string): boolean {
  const iban = raw.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Luhn check of a payment card number. */
export function validCard(raw: string): boolean {
  const digits = raw.replace(/[ -]/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** These formats are found in the draft as typed; findings are in normalised offsets (none if it folds away). */
function normalizedSpan(ctx: Context, start: number, end: number): [number, number] | null {
  const span: [number, number] = [toNormalized(ctx.norm, start), toNormalized(ctx.norm, end)];
  return span[1] > span[0] ? span : null;
}

function find(ctx: Context, re: RegExp, rule: string, confidence: number, accept: (m: string) => boolean = () => true) {
  const out: RawFinding[] = [];
  // Personal data is short: past the first 100,000 characters a draft is no post anyone publishes.
  const text = ctx.original.length > 100_000 ? ctx.original.slice(0, 100_000) : ctx.original;
  for (const m of text.matchAll(re)) {
    if (!accept(m[0])) continue;
    const span = normalizedSpan(ctx, m.index, m.index + m[0].length);
    if (span) out.push({ rule, confidence, span });
    if (out.length >= 20) break;
  }
  return out;
}

const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN_PART = /[A-Za-z0-9.-]/;

/** E-mail addresses, found from each "@" by walking out both ways: one pass, no backtracking. */
function emails(ctx: Context): RawFinding[] {
  const out: RawFinding[] = [];
  const text = ctx.original;
  for (let at = text.indexOf('@'); at >= 0 && out.length < 20; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_PART.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 255 && DOMAIN_PART.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    const dot = domain.lastIndexOf('.');
    // A mention (@marta) has no local part; a domain needs a dot and a top-level domain of letters.
    if (start === at || dot <= 0 || !/^[A-Za-z]{2,24}$/.test(domain.slice(dot + 1))) continue;
    const span = normalizedSpan(ctx, start, end);
    if (span) out.push({ rule: 'oversharing/email', confidence: 0.6, span });
  }
  return out;
}

/** ASCII digits in the text, counted up to `cap`. */
function digitsUpTo(text: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < cap; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

export const oversharing: Analyzer = {
  id: 'oversharing',
  category: 'oversharing',
  run(ctx) {
    // Each format needs some digits (an IBAN 2, an address 1, a phone 7, a card 13):
    // most posts have few or none, and skip those scans.
    const digits = digitsUpTo(ctx.original, 13);
    return [
      ...(digits >= 2 ? find(ctx, IBAN, 'oversharing/bank-details', 0.9, validIban) : []),
      ...(digits >= 13 ? find(ctx, CARD, 'oversharing/bank-details', 0.9, validCard) : []),
      ...emails(ctx),
      ...(digits >= 7 ? find(ctx, PHONE, 'oversharing/phone', 0.5) : []),
      ...(digits >= 1 ? find(ctx, ADDRESS, 'oversharing/address', 0.5) : []),
      // A profile meant for work relations: very personal details and political rants, as hints.
      ...(ctx.platform === 'linkedin' ? dropOverlaps(guardedFindings(ctx, profileIndex, undefined)) : []),
    ];
  },
};

export const oversharingModule = defineAnalyzer({
  id: 'oversharing',
  category: 'oversharing',
  texts: { en, fr },
  rules: {
    'oversharing/personal': { severity: 'hint' },
    'oversharing/political': { severity: 'hint' },
    'oversharing/email': { severity: 'hint' },
    'oversharing/phone': { severity: 'hint' },
    'oversharing/address': { severity: 'hint' },
    'oversharing/bank-details': { severity: 'warning' },
  },
  analyzers: [oversharing],
});
