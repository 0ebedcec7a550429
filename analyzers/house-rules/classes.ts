/**
 * Token classes a house-rule phrase may name: `{time}`, `{date}`, `{price}`…
 * Each is a fixed matcher over the draft's tokens (the expressions below are
 * the engine's own, on one short token each), so a pack still never builds a
 * regular expression. A matcher says how many tokens the class takes at `i`
 * ("9 h 30" is three), 0 when it does not match.
 */
import type { Token } from '../kit/text';

export const PHRASE_CLASSES = ['time', 'date', 'number', 'price', 'url', 'hashtag', 'mention'] as const;
export type PhraseClass = (typeof PHRASE_CLASSES)[number];

export const isPhraseClass = (name: string): name is PhraseClass =>
  (PHRASE_CLASSES as readonly string[]).includes(name);

type Matcher = (tokens: readonly Token[], i: number, text: string) => number;

const HOUR_H = /^(\d{1,2})h(\d{2})?$/; // 10h, 10h30
const HOUR_AMPM = /^(\d{1,2})(am|pm)$/; // 7pm
const MINUTES_H = /^h(\d{2})$/; // the "h30" of "9 h30"
const TWO_DIGITS = /^\d{2}$/;
const SMALL = /^\d{1,2}$/;
const YEAR = /^(\d{2}|\d{4})$/;
const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;
const ORDINAL_DAY = /^(\d{1,2})(er|e|st|nd|rd|th)$/;

const MONTHS = new Set(
  (
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'janv fevr fev avr juil sept oct nov dec ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep'
  ).split(' '),
);
const CURRENCY_WORDS = new Set(['eur', 'euro', 'euros', 'usd', 'dollar', 'dollars', 'chf', 'gbp']);
const CURRENCY_SIGNS = '€$£';

/** What lies between two tokens in the normalised text. */
const between = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
/** The next token, if it follows `t` with at most one space. */
function nextClose(tokens: readonly Token[], i: number, text: string): Token | undefined {
  const next = tokens[i + 1];
  if (!next || next.sentence !== tokens[i]!.sentence) return undefined;
  const gap = between(text, tokens[i]!, next);
  return gap === '' || gap === ' ' ? next : undefined;
}
const hours = (s: string) => Number(s) <= 24;

const time: Matcher = (tokens, i, text) => {
  const t = tokens[i]!;
  const h = HOUR_H.exec(t.text);
  if (h && t.kind === 'word') return hours(h[1]!) && Number(h[2] ?? 0) < 60 ? 1 : 0;
  const ampm = HOUR_AMPM.exec(t.text);
  if (ampm && t.kind === 'word') return Number(ampm[1]) <= 12 ? 1 : 0;
  if (t.kind !== 'number' || !SMALL.test(t.text) || !hours(t.text)) return 0;
  const next = tokens[i + 1];
  if (next && next.kind === 'number' && between(text, t, next) === ':' && TWO_DIGITS.test(next.text)) {
    return Number(next.text) < 60 ? 2 : 0; // 19:00
  }
  const unit = nextClose(tokens, i, text);
  if (!unit || unit.kind !== 'word') return 0;
  if (unit.text === 'am' || unit.text === 'pm') return 2; // 7 pm
  if (MINUTES_H.test(unit.text)) return 2; // 9 h30
  if (unit.text !== 'h') return 0;
  const minutes = nextClose(tokens, i + 1, text);
  return minutes && minutes.kind === 'number' && TWO_DIGITS.test(minutes.text) && Number(minutes.text) < 60 ? 3 : 2;
};

const dayOf = (t: Token | undefined) => {
  if (!t) return false;
  if (t.kind === 'number') return SMALL.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
  const ordinal = t.kind === 'word' ? ORDINAL_DAY.exec(t.text) : null;
  return ordinal !== null && Number(ordinal[1]) >= 1 && Number(ordinal[1]) <= 31;
};
const isMonth = (t: Token | undefined) => t !== undefined && t.kind === 'word' && MONTHS.has(t.text);

const date: Matcher = (tokens, i, text) => {
  const t = tokens[i]!;
  if (t.kind === 'number' && DOTTED_DATE.test(t.text)) return 1;
  // 12/03, 12/03/2026, 2026-03-12
  const b = tokens[i + 1];
  if (t.kind === 'number' && b?.kind === 'number') {
    const sep = between(text, t, b);
    if (sep === '/' || sep === '-' || sep === '.') {
      const c = tokens[i + 2];
      const third = c?.kind === 'number' && between(text, b, c) === sep ? c : undefined;
      if (/^\d{4}$/.test(t.text) && third && Number(b.text) <= 12 && Number(third.text) <= 31) return 3;
      if (SMALL.test(t.text) && SMALL.test(b.text) && Number(t.text) <= 31 && Number(b.text) <= 12) {
        if (Number(t.text) === 0 || Number(b.text) === 0) return 0;
        return third && YEAR.test(third.text) ? 3 : sep === '/' ? 2 : 0;
      }
    }
  }
  // 12 mars, 1er avril (2026)
  if (dayOf(t)) {
    const month = nextClose(tokens, i, text);
    if (!isMonth(month)) return 0;
    const year = nextClose(tokens, i + 1, text);
    return year?.kind === 'number' && /^\d{4}$/.test(year.text) ? 3 : 2;
  }
  // March 12, march 12th
  if (isMonth(t)) {
    const day = nextClose(tokens, i, text);
    return dayOf(day) ? 2 : 0;
  }
  return 0;
};

const price: Matcher = (tokens, i, text) => {
  const t = tokens[i]!;
  if (t.kind !== 'number') return 0;
  const before = text.slice(Math.max(0, t.start - 2), t.start).trimStart();
  if (before.length > 0 && CURRENCY_SIGNS.includes(before[0]!) && before.trim().length === 1) return 1; // €12, $5, € 12
  const after = text.slice(t.end, t.end + 2).trimStart();
  if (after.length > 0 && CURRENCY_SIGNS.includes(after[0]!)) return 1; // 12 €, 5,99€
  const unit = nextClose(tokens, i, text);
  return unit?.kind === 'word' && CURRENCY_WORDS.has(unit.text) ? 2 : 0; // 12 euros
};

const ofKind =
  (kind: Token['kind']): Matcher =>
  (tokens, i) =>
    tokens[i]!.kind === kind ? 1 : 0;

export const CLASS_MATCHERS: Readonly<Record<PhraseClass, Matcher>> = {
  time,
  date,
  number: ofKind('number'),
  price,
  url: ofKind('url'),
  hashtag: ofKind('hashtag'),
  mention: ofKind('mention'),
};

/** How a class reads inside a generic better way ("add one of: a time, #ad"). */
export const CLASS_NAMES: Readonly<Record<'en' | 'fr', Record<PhraseClass, string>>> = {
  en: {
    time: 'a time',
    date: 'a date',
    number: 'a number',
    price: 'a price',
    url: 'a link',
    hashtag: 'a hashtag',
    mention: 'a mention',
  },
  fr: {
    time: 'une heure',
    date: 'une date',
    number: 'un nombre',
    price: 'un prix',
    url: 'un lien',
    hashtag: 'un hashtag',
    mention: 'une mention',
  },
};
