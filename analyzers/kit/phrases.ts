/**
 * The phrase kind: most rules are data. A pattern is a line of slots matched
 * token by token on the normalised draft, so there is no regular expression to
 * backtrack and a draft is scanned once whatever the number of phrases.
 *
 * Slot syntax (space separated):
 *   like           a word (folded: lowercase, no accents, look-alikes mapped)
 *   abonn*         a word starting with "abonn"
 *   like|likez|lk  any of these
 *   make_sure      several words in a row, as one alternative (`make_sure|be_sure`)
 *   #f4f  #like*   a hashtag (exact, or by prefix)
 *   {emoji} {number} {url} {mention} {hashtag} {any}   a token of that kind
 *   ?please|pls    optional slot
 *   ~2             skip up to 2 tokens
 *   !up|to         the next token is none of these (or there is none)
 *   !~3 vos|your   none of the next 3 tokens is one of these
 *   <!i|we|you     the token before the match is none of these
 * A match never crosses a sentence boundary.
 */
import type { Token, TokenKind, Tokenized } from './text';

interface Alt {
  text: string;
  /** Further words for a multi-word alternative (`make_sure`). */
  more: string[];
  prefix: boolean;
  /** Restricts the token kind; plain words match `word` and `number` tokens. */
  kind: TokenKind | 'plain' | 'any';
}

type Slot =
  | { type: 'token'; alts: Alt[]; optional: boolean }
  | { type: 'gap'; max: number }
  | { type: 'not'; alts: Alt[]; within: number }
  | { type: 'notBefore'; alts: Alt[] };

export interface CompiledPattern<M> {
  readonly source: string;
  readonly slots: readonly Slot[];
  readonly meta: M;
}

const CLASS_KINDS: Record<string, TokenKind | 'any'> = {
  '{emoji}': 'emoji',
  '{number}': 'number',
  '{url}': 'url',
  '{mention}': 'mention',
  '{hashtag}': 'hashtag',
  '{any}': 'any',
};

export class PatternError extends Error {}

function parseAlts(spec: string, source: string): Alt[] {
  return spec.split('|').map((raw) => {
    if (!raw) throw new PatternError(`empty alternative in "${source}"`);
    const cls = CLASS_KINDS[raw];
    if (cls) return { text: '', more: [], prefix: true, kind: cls };
    const hashtag = raw.startsWith('#');
    const [first = '', ...more] = (hashtag ? raw.slice(1) : raw).split('_');
    let text = first;
    const prefix = text.endsWith('*') && more.length === 0;
    if (prefix) text = text.slice(0, -1);
    if (hashtag && more.length > 0) throw new PatternError(`hashtag "${raw}" in "${source}" cannot span words`);
    for (const word of [text, ...more]) {
      if (!/^[\p{L}\p{N}%]+$/u.test(word)) throw new PatternError(`"${raw}" in "${source}" is not a folded word`);
    }
    if (text !== text.toLowerCase() || text !== text.normalize('NFKD').replace(/\p{M}/gu, '')) {
      throw new PatternError(`"${raw}" in "${source}" must be written folded (lowercase, no accents)`);
    }
    if (prefix && text.length < 3) throw new PatternError(`prefix "${raw}" in "${source}" is shorter than 3 letters`);
    return { text, more, prefix, kind: hashtag ? 'hashtag' : 'plain' };
  });
}

function parseSlots(source: string): Slot[] {
  const slots: Slot[] = [];
  /** Set by `!~N`: the next part lists what must not follow within N tokens. */
  let pendingWithin = 0;
  for (const part of source.trim().split(/\s+/)) {
    if (pendingWithin === 0 && /^~\d$/.test(part)) slots.push({ type: 'gap', max: Number(part.slice(1)) });
    else if (part.startsWith('<!')) slots.push({ type: 'notBefore', alts: parseAlts(part.slice(2), source) });
    else if (/^!~\d$/.test(part)) pendingWithin = Number(part.slice(2));
    else if (pendingWithin > 0) {
      slots.push({ type: 'not', alts: parseAlts(part, source), within: pendingWithin });
      pendingWithin = 0;
    } else if (part.startsWith('!')) slots.push({ type: 'not', alts: parseAlts(part.slice(1), source), within: 1 });
    else if (part.startsWith('?'))
      slots.push({ type: 'token', alts: parseAlts(part.slice(1), source), optional: true });
    else slots.push({ type: 'token', alts: parseAlts(part, source), optional: false });
  }
  return slots;
}

/** Optional leading slots are expanded so that every pattern starts on a required token. */
function expandLeadingOptionals(slots: Slot[]): Slot[][] {
  const before = slots.filter(
    (s, i) => s.type === 'notBefore' && slots.slice(0, i).every((p) => p.type === 'notBefore'),
  );
  const rest = slots.slice(before.length);
  const first = rest[0];
  if (!first || first.type !== 'token') {
    throw new PatternError('a pattern must start with a word slot');
  }
  if (!first.optional) return [slots];
  return [
    [...before, { ...first, optional: false }, ...rest.slice(1)],
    ...expandLeadingOptionals([...before, ...rest.slice(1)]),
  ];
}

export function compilePattern<M>(source: string, meta: M): CompiledPattern<M>[] {
  const slots = parseSlots(source);
  if (slots.filter((s) => s.type === 'token').length === 0) throw new PatternError(`"${source}" has no word slot`);
  return expandLeadingOptionals(slots).map((s) => ({ source, slots: s, meta }));
}

function tokenMatches(alt: Alt, token: Token): boolean {
  if (alt.kind === 'any') return true;
  if (alt.kind === 'plain') {
    if (token.kind !== 'word' && token.kind !== 'number') return false;
  } else if (alt.kind !== token.kind) return false;
  if (alt.kind !== 'plain' && alt.kind !== 'hashtag') return true; // class slot
  return alt.prefix ? token.text.startsWith(alt.text) : token.text === alt.text;
}

/** How many tokens the alternative covers at `at` (0 when it does not match). */
function altLength(alt: Alt, tokens: readonly Token[], at: number, sentence: number): number {
  const token = tokens[at];
  if (!token || token.sentence !== sentence || !tokenMatches(alt, token)) return 0;
  for (let k = 0; k < alt.more.length; k++) {
    const next = tokens[at + 1 + k];
    if (!next || next.sentence !== sentence || next.text !== alt.more[k]) return 0;
  }
  return 1 + alt.more.length;
}

const anyAlt = (alts: readonly Alt[], tokens: readonly Token[], at: number, sentence: number) =>
  alts.some((a) => altLength(a, tokens, at, sentence) > 0);

/** Index of the last token of a match starting at `at`, or -1. */
function matchFrom(slots: readonly Slot[], tokens: readonly Token[], k: number, at: number, sentence: number): number {
  const slot = slots[k];
  if (!slot) return at - 1;
  switch (slot.type) {
    case 'not':
      for (let k2 = 0; k2 < slot.within; k2++) if (anyAlt(slot.alts, tokens, at + k2, sentence)) return -1;
      return matchFrom(slots, tokens, k + 1, at, sentence);
    case 'notBefore':
      return -1; // only valid before the anchor; handled by the caller
    case 'gap':
      for (let skip = 0; skip <= slot.max; skip++) {
        const t = tokens[at + skip];
        if (skip > 0 && (!t || t.sentence !== sentence)) break;
        const end = matchFrom(slots, tokens, k + 1, at + skip, sentence);
        if (end >= 0) return end;
      }
      return -1;
    case 'token': {
      for (const alt of slot.alts) {
        const length = altLength(alt, tokens, at, sentence);
        if (length === 0) continue;
        const end = matchFrom(slots, tokens, k + 1, at + length, sentence);
        if (end >= 0) return end;
      }
      return slot.optional ? matchFrom(slots, tokens, k + 1, at, sentence) : -1;
    }
  }
}

export interface PhraseMatch<M> {
  readonly meta: M;
  readonly source: string;
  /** Token indexes, inclusive. */
  readonly firstToken: number;
  readonly lastToken: number;
}

/**
 * Many patterns compiled into one index keyed on their first word, so a draft
 * costs one lookup per token plus the few candidates that start there.
 */
export class PhraseIndex<M> {
  private readonly exact = new Map<string, CompiledPattern<M>[]>();
  private readonly prefixes = new Map<string, CompiledPattern<M>[]>();
  readonly patterns: CompiledPattern<M>[] = [];

  constructor(entries: Iterable<{ pattern: string; meta: M }>) {
    for (const { pattern, meta } of entries) {
      for (const compiled of compilePattern(pattern, meta)) this.add(compiled);
    }
  }

  private add(p: CompiledPattern<M>) {
    this.patterns.push(p);
    const anchor = p.slots.find((s) => s.type === 'token');
    if (anchor?.type !== 'token') return;
    for (const alt of anchor.alts) {
      const push = (map: Map<string, CompiledPattern<M>[]>, key: string) => {
        const list = map.get(key);
        if (list) list.push(p);
        else map.set(key, [p]);
      };
      if (alt.kind !== 'plain' && alt.kind !== 'hashtag') push(this.exact, `c:${alt.kind}`);
      else if (alt.prefix) push(this.prefixes, `${alt.kind}:${alt.text.slice(0, 3)}`);
      else push(this.exact, `${alt.kind}:${alt.text}`);
    }
  }

  private candidates(token: Token): CompiledPattern<M>[] {
    const plainOrTag =
      token.kind === 'hashtag' ? 'hashtag' : token.kind === 'word' || token.kind === 'number' ? 'plain' : null;
    const found: CompiledPattern<M>[] = [];
    const take = (list: CompiledPattern<M>[] | undefined) => {
      if (list) for (const p of list) if (!found.includes(p)) found.push(p);
    };
    if (plainOrTag) {
      take(this.exact.get(`${plainOrTag}:${token.text}`));
      if (token.text.length >= 3) take(this.prefixes.get(`${plainOrTag}:${token.text.slice(0, 3)}`));
    }
    take(this.exact.get(`c:${token.kind}`));
    take(this.exact.get('c:any'));
    return found;
  }

  /** Every match in the draft, in token order. */
  findAll({ tokens }: Tokenized): PhraseMatch<M>[] {
    const matches: PhraseMatch<M>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      for (const p of this.candidates(token)) {
        const anchorAt = p.slots.findIndex((s) => s.type === 'token');
        const before = tokens[i - 1];
        const blocked =
          before?.sentence === token.sentence &&
          p.slots
            .slice(0, anchorAt)
            .some((s) => s.type === 'notBefore' && anyAlt(s.alts, tokens, i - 1, token.sentence));
        if (blocked) continue;
        const last = matchFrom(p.slots, tokens, anchorAt, i, token.sentence);
        if (last >= i) matches.push({ meta: p.meta, source: p.source, firstToken: i, lastToken: last });
      }
    }
    return matches;
  }
}
