/** English rewrites: questions from bait, the news from a boast, the shapes of a teaser and of an apology. */
import { calm, usableTopic } from './text';

/** Requests a rewritten question must not carry over ("…and share it"). */
const BAIT_WORD =
  /\b(like|likes|share|repost|retweet|rt|comment|tag|follow|subscribe|react|type|drop|vote|save|double[- ]tap)\b/i;
const TAIL = /\s+(too|as well|as much as (we|i) do|like (we|i) do)$/i;

/** The clause after "if you": "miss summer" → "What do you miss most about summer?" */
export function questionFromClause(clause: string): string | null {
  const words = calm(clause).replace(TAIL, '').trim();
  if (!usableTopic(words) || BAIT_WORD.test(words)) return null;
  const m = /^(miss|love|loved|like|liked|enjoy|enjoyed|adore|remember|agree)\b\s*(.*)$/i.exec(words);
  if (!m) return null;
  const verb = m[1]!.toLowerCase().replace(/d$/, '');
  const rest = m[2]!.trim();
  if (verb === 'agree') {
    if (!rest) return 'Do you agree? What would you add?';
    return /^(with|that)\b/i.test(rest) ? `Do you agree ${rest}? Why, or why not?` : null;
  }
  if (!rest || /^(that|to|when|if|how|because)\b/i.test(rest)) return null;
  const base =
    verb === 'enjoye' ? 'enjoy' : verb === 'love' || verb === 'lov' ? 'love' : verb === 'lik' ? 'like' : verb;
  return `What do you ${base} most about ${rest}?`;
}

export const BAIT_CLAUSE = /\b(?:if|when)\s+(?:you|u)\s+/i;
/** What may come before the request in its sentence and still be dropped with it. */
export const BAIT_LEAD = /^(?:(?:please|pls|plz|so|and|now|go|guys|everyone|friends)\b[\s,!]*)*$/i;

/** "We are so proud to announce our new bakery…": the subject, the pride, the verb; the news follows. */
export const BRAG_LEAD =
  /^(?:(?:we|i)\s+(?:are|am)|we're|i'm|we’re|i’m)?\s*(?:(?:so|very|really|super|extremely|incredibly|truly|beyond)\s+)*(?:proud|thrilled|excited|delighted|honou?red|humbled|pleased|overjoyed|stoked|ecstatic|happy)\s+(?:(?:and|&)\s+\w+\s+)?to\s+(?:announce|share|unveil|introduce|present|reveal|say)\s+(?:(?:with|to)\s+you\s+)?(?:that\s+)?/i;

export const READER_SLOT = '[What it brings your readers]';

export const TEASER_SLOT = '[in one sentence: what the reader will learn or get from it]';
/** Calls to click that say nothing about the link; dropped, the slot says what to write instead. */
export const TEASER_CALLS: RegExp[] = [
  /[,;:\-–—]?\s*\b(?:go\s+)?check\s+(?:it|this|them|us)\s+out\b/gi,
  /[,;:\-–—]?\s*\b(?:take|have)\s+a\s+look\b/gi,
  /[,;:\-–—]?\s*\b(?:click|tap)\s+(?:here|the\s+link|below)\b/gi,
  /[,;:\-–—]?\s*\b(?:read|watch|listen|see)\s+(?:it|more|all\s+about\s+it)(?:\s+(?:here|below|now))?\b/gi,
  /[,;:\-–—]?\s*\bdon'?t\s+miss\s+it\b/gi,
  /[,;:\-–—]?\s*\bgo\s+(?:read|watch|see|listen)(?:\s+it)?\b/gi,
];
/** Where the link is, when the draft points to one without giving it. */
export const LINK_POINTER =
  /\blink\s+(?:is\s+)?(?:in|on)\s+(?:the\s+|my\s+|our\s+)?(?:bio|comments?|profile|description)\b/i;

export const GREETING = /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+\p{Lu}[\p{L}'’-]*|@[\p{L}\p{N}_.]+)\s*[,!]?\s*/u;
export function apology(greeting: string | null): string {
  return `${greeting ? `${greeting}, sorry` : 'Sorry'} about [what went wrong]. We are [what we are doing about it] and will [fix it / write back here] by [date].`;
}
