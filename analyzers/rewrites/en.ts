/** English rewrites: questions from bait, the news from a boast, the shapes of a teaser and of an apology. */
import { calm, usableTopic, type BragShape } from './text';

/** Requests a rewritten question must not carry over ("…and share it"). */
const BAIT_WORD =
  /\b(like|likes|share|repost|retweet|rt|comment|tag|follow|subscribe|react|type|drop|vote|save|double[- ]tap)\b/i;
const TAIL = / +(too|as well|as much as (we|i) do|like (we|i) do)$/i;

/** The clause after "if you": "miss summer" → "What do you miss most about summer?" */
export function questionFromClause(clause: string): string | null {
  const words = calm(clause).replace(TAIL, '').trim();
  if (!usableTopic(words) || BAIT_WORD.test(words)) return null;
  const m = /^(miss|love|loved|like|liked|enjoy|enjoyed|adore|remember|agree)\b *(.*)$/i.exec(words);
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
/** "We are so proud to announce (that) …": the boast's words in order; the news follows them. */
export const BRAG: BragShape = {
  subjects: [
    ['we', 'are'],
    ['i', 'am'],
    ["we'", 're'],
    ["i'", 'm'],
  ],
  intensifiers: ['so', 'very', 'really', 'super', 'extremely', 'incredibly', 'truly', 'beyond'],
  feelings: [
    'proud',
    'thrilled',
    'excited',
    'delighted',
    'honored',
    'honoured',
    'humbled',
    'pleased',
    'overjoyed',
    'stoked',
    'ecstatic',
    'happy',
  ],
  and: 'and',
  of: [['to']],
  verbs: [['announce'], ['share'], ['unveil'], ['introduce'], ['present'], ['reveal'], ['say']],
  you: [
    ['with', 'you'],
    ['to', 'you'],
  ],
  that: [['that']],
};

export const READER_SLOT = '[What it brings your readers]';

export const TEASER_SLOT = '[in one sentence: what the reader will learn or get from it]';
/** Between the writer's words and a slot. */
export const SEP = ': ';
/** Calls to click that say nothing about the link; dropped, the slot says what to write instead. */
export const TEASER_CALLS: RegExp[] = [
  /\b(?:go +)?check +(?:it|this|them|us) +out\b/gi,
  /\b(?:take|have) +a +look\b/gi,
  /\b(?:click|tap) +(?:here|the +link|below)\b/gi,
  /\b(?:read|watch|listen|see) +(?:it|more|all +about +it)(?: +(?:here|below|now))?\b/gi,
  /\bdon'?t +miss +it\b/gi,
  /\bgo +(?:read|watch|see|listen)(?: +it)?\b/gi,
];
/** Where the link is, when the draft points to one without giving it. */
export const LINK_POINTER =
  /\blink\s+(?:is\s+)?(?:in|on)\s+(?:the\s+|my\s+|our\s+)?(?:bio|comments?|profile|description)\b/i;

export const GREETING = /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+\p{Lu}[\p{L}'’-]*|@[\p{L}\p{N}_.]+)\s*[,!]?\s*/u;
export function apology(greeting: string | null): string {
  return `${greeting ? `${greeting}, sorry` : 'Sorry'} about [what went wrong]. We are [what we are doing about it] and will [fix it / write back here] by [date].`;
}
