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

/** A slot's alternatives, parsed on first use: most slots are never reached on a given draft. */
interface Alternatives {
  alts: Alt[];
  /** The plain one-word alternatives, for a single lookup; `rest` holds the others, in order. */
  words: ReadonlySet<string>;
  rest: Alt[];
}

/** Parsed alternatives; the word set and the rest are split on first use (most slots never match). */
interface LazyAlternatives {
  alts: Alt[];
  split?: Alternatives;
}

interface WithAlternatives {
  /** The slot as written (`like|likez|#f4f`). */
  spec: string;
  source: string;
  parsed: LazyAlternatives | undefined;
}

/**
 * One slot of a pattern. Every slot has every field, so the matcher's reads see
 * a single object shape (a union of shapes makes them megamorphic, and slower).
 */
interface Slot extends WithAlternatives {
  type: 'token' | 'gap' | 'not' | 'notBefore';
  /** `token`: may be skipped. */
  optional: boolean;
  /** `not`: how many tokens must hold none of the alternatives. */
  within: number;
  /** `gap`: how many tokens may be skipped. */
  max: number;
}

function slotOf(type: Slot['type'], spec: string, source: string, optional = false, within = 0, max = 0): Slot {
  return { spec, source, parsed: undefined, type, optional, within, max };
}

/** Patterns repeat the same long lists (`<!i|we|they…`): each distinct slot is parsed once. */
const parsedSlots = new Map<string, LazyAlternatives>();
const isWord = (a: Alt) => a.kind === 'plain' && !a.prefix && a.more.length === 0;

function parsedSpec(spec: string, source: string): LazyAlternatives {
  let parsed = parsedSlots.get(spec);
  if (!parsed) parsedSlots.set(spec, (parsed = { alts: parseAlts(spec, source) }));
  return parsed;
}

function parsedAlternatives(slot: WithAlternatives): LazyAlternatives {
  return (slot.parsed ??= parsedSpec(slot.spec, slot.source));
}

function alternatives(slot: WithAlternatives): Alternatives {
  const parsed = parsedAlternatives(slot);
  if (!parsed.split) {
    const { alts } = parsed;
    parsed.split = {
      alts,
      words: new Set(alts.filter(isWord).map((a) => a.text)),
      rest: alts.filter((a) => !isWord(a)),
    };
  }
  return parsed.split;
}

/**
 * A pattern ready for the index: its anchor (the first word slot) is known, the
 * other slots are parsed when a draft first holds the anchor. Start-up is time
 * the user waits for, and a draft reaches few of the patterns.
 */
export class CompiledPattern<M> {
  private parsed: readonly Slot[] | undefined;

  constructor(
    readonly source: string,
    readonly meta: M,
    /** Index of the anchor slot (after the `<!` slots). */
    readonly anchorAt: number,
    /** The anchor slot as written. */
    readonly anchorSpec: string,
    slots?: readonly Slot[],
  ) {
    this.parsed = slots;
  }

  get slots(): readonly Slot[] {
    return (this.parsed ??= parseSlots(this.source));
  }

  /** The same pattern with other metadata (the combined scan), parsed on its own first use. */
  withMeta<N>(meta: N): CompiledPattern<N> {
    return new CompiledPattern(this.source, meta, this.anchorAt, this.anchorSpec, this.parsed);
  }
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

const NO_MORE: string[] = [];

// Runs for every slot of the phrase data on the first analysis: written for cold code
// (no keyed lookups of fresh strings, no rest destructuring, no regular expressions).
function parseAlts(spec: string, source: string): Alt[] {
  const raws = spec.split('|');
  const alts: Alt[] = [];
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    if (!raw) throw new PatternError(`empty alternative in "${source}"`);
    const cls = raw.charCodeAt(0) === 0x7b ? CLASS_KINDS[raw] : undefined; // {emoji}…
    if (cls) {
      alts.push({ text: '', more: NO_MORE, prefix: true, kind: cls });
      continue;
    }
    const hashtag = raw.charCodeAt(0) === 0x23;
    const body = hashtag ? raw.slice(1) : raw;
    // Most alternatives are one plain word: no array for their (absent) further words.
    const underscore = body.indexOf('_');
    const more = underscore < 0 ? NO_MORE : body.slice(underscore + 1).split('_');
    let text = underscore < 0 ? body : body.slice(0, underscore);
    const prefix = more.length === 0 && text.charCodeAt(text.length - 1) === 0x2a; // *
    if (prefix) text = text.slice(0, -1);
    if (hashtag && more.length > 0) throw new PatternError(`hashtag "${raw}" in "${source}" cannot span words`);
    if (!text || more.includes('')) throw new PatternError(`"${raw}" in "${source}" has an empty word`);
    if (prefix && text.length < 3) throw new PatternError(`prefix "${raw}" in "${source}" is shorter than 3 letters`);
    alts.push({ text, more, prefix, kind: hashtag ? 'hashtag' : 'plain' });
  }
  return alts;
}

function parseSlots(source: string): Slot[] {
  const slots: Slot[] = [];
  /** Set by `!~N`: the next part lists what must not follow within N tokens. */
  let pendingWithin = 0;
  const parts = source.split(' ');
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part) continue;
    const c0 = part.charCodeAt(0);
    const digitAt = (i: number) => part.length === i + 1 && part.charCodeAt(i) >= 0x30 && part.charCodeAt(i) <= 0x39;
    if (pendingWithin === 0 && c0 === 0x7e && digitAt(1))
      slots.push(slotOf('gap', '', source, false, 0, Number(part.slice(1))));
    else if (part.startsWith('<!')) slots.push(slotOf('notBefore', part.slice(2), source));
    else if (c0 === 0x21 && part.charCodeAt(1) === 0x7e && digitAt(2)) pendingWithin = Number(part.slice(2));
    else if (pendingWithin > 0) {
      slots.push(slotOf('not', part, source, false, pendingWithin));
      pendingWithin = 0;
    } else if (part.startsWith('!')) slots.push(slotOf('not', part.slice(1), source, false, 1));
    else if (part.startsWith('?')) slots.push(slotOf('token', part.slice(1), source, true));
    else slots.push(slotOf('token', part, source));
  }
  return slots;
}

/** Optional leading slots are expanded so that every pattern starts on a required token. */
function expandLeadingOptionals(slots: Slot[]): Slot[][] {
  let leading = 0;
  while (slots[leading]?.type === 'notBefore') leading++;
  const before = slots.slice(0, leading);
  const rest = slots.slice(leading);
  const first = rest[0];
  if (!first || first.type !== 'token') {
    throw new PatternError('a pattern must start with a word slot');
  }
  if (!first.optional) return [slots];
  return [
    [...before, slotOf('token', first.spec, first.source), ...rest.slice(1)],
    ...expandLeadingOptionals([...before, ...rest.slice(1)]),
  ];
}

/**
 * Throws unless every word of the pattern is written the way drafts are folded
 * (lowercase, no accents, letters and digits only); such a word could never
 * match. Run over all shipped data by the tests, and on imported house rules,
 * rather than on every page load.
 */
export function assertFolded(source: string): void {
  for (const part of source.trim().split(/\s+/)) {
    if (/^!?~\d$/.test(part)) continue;
    for (const raw of part.replace(/^(\?|!|<!)/, '').split('|')) {
      if (CLASS_KINDS[raw]) continue;
      for (const word of raw.replace(/^#/, '').replace(/\*$/, '').split('_')) {
        const folded = word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
        if (!/^[\p{L}\p{N}%]+$/u.test(word) || folded !== word) {
          throw new PatternError(`"${raw}" in "${source}" must be written folded (lowercase, no accents)`);
        }
      }
    }
  }
}

export function compilePattern<M>(source: string, meta: M): CompiledPattern<M>[] {
  // The usual pattern starts, after its `<!` slots, on a required word slot: read only that.
  let anchorAt = 0;
  for (let start = 0; start < source.length;) {
    let end = source.indexOf(' ', start);
    if (end < 0) end = source.length;
    const c0 = source.charCodeAt(start);
    if (end === start) start++;
    else if (c0 === 0x3c && source.charCodeAt(start + 1) === 0x21) {
      anchorAt++; // <!
      start = end + 1;
    } else {
      const plainWordSlot = c0 !== 0x3f && c0 !== 0x21 && c0 !== 0x7e; // not ? ! ~
      if (plainWordSlot) return [new CompiledPattern(source, meta, anchorAt, source.slice(start, end))];
      break;
    }
  }
  // Anything else (a leading optional to expand, or an error to report) is parsed in full now.
  const slots = parseSlots(source);
  if (!slots.some((s) => s.type === 'token')) throw new PatternError(`"${source}" has no word slot`);
  return expandLeadingOptionals(slots).map((expanded) => {
    let at = 0;
    while (expanded[at]!.type !== 'token') at++;
    return new CompiledPattern(source, meta, at, expanded[at]!.spec, expanded);
  });
}

/** Parses every slot now (tests, imported data): loading defers all but the first. */
export function validatePattern(source: string): void {
  for (const compiled of compilePattern(source, null)) {
    for (const slot of compiled.slots) if (slot.type !== 'gap') alternatives(slot);
  }
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
    case 'not': {
      const { alts } = parsedAlternatives(slot);
      for (let k2 = 0; k2 < slot.within; k2++) if (anyAlt(alts, tokens, at + k2, sentence)) return -1;
      return matchFrom(slots, tokens, k + 1, at, sentence);
    }
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
      const { rest, words } = alternatives(slot);
      for (const alt of rest) {
        const length = altLength(alt, tokens, at, sentence);
        if (length === 0) continue;
        const end = matchFrom(slots, tokens, k + 1, at + length, sentence);
        if (end >= 0) return end;
      }
      const token = tokens[at];
      const plain = token && token.sentence === sentence && (token.kind === 'word' || token.kind === 'number');
      if (plain && words.has(token.text)) {
        const end = matchFrom(slots, tokens, k + 1, at + 1, sentence);
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
  /**
   * What a plain word anchors, in one lookup per token: its entries, and those that a
   * single check of the following words can rule out together (the gate).
   */
  private readonly plainWords = new Map<string, WordEntries<M>>();
  private readonly plainPrefix = new Map<number, Entry<M>[]>();
  private readonly tagExact = new Map<string, Entry<M>[]>();
  private readonly tagPrefix = new Map<number, Entry<M>[]>();
  /** Patterns anchored on a token class (`{number} like`), by kind: read per token without a lookup. */
  private readonly byKind: Record<TokenKind | 'any', Entry<M>[] | undefined> = {
    word: undefined,
    number: undefined,
    hashtag: undefined,
    mention: undefined,
    url: undefined,
    emoji: undefined,
    any: undefined,
  };
  readonly patterns: CompiledPattern<M>[] = [];

  /** Lookup maps are built on first use: registered indices are usually only read by the combined scan. */
  private built = false;

  constructor(entries: readonly { pattern: string; meta: M }[], register = true) {
    for (let e = 0; e < entries.length; e++) {
      const compiled = compilePattern(entries[e]!.pattern, entries[e]!.meta);
      for (let k = 0; k < compiled.length; k++) this.patterns.push(compiled[k]!);
    }
    if (register) registry.push(this as PhraseIndex<unknown>);
  }

  /** An index over patterns already compiled (the combined scan). */
  static ofCompiled<M>(patterns: readonly CompiledPattern<M>[]): PhraseIndex<M> {
    const index = new PhraseIndex<M>([], false);
    for (let k = 0; k < patterns.length; k++) index.patterns.push(patterns[k]!);
    return index;
  }

  private build() {
    this.built = true;
    // Indexed loops here and in `add`: this runs once, in the interpreter, where
    // for-of allocates an iterator result per step (hundreds of KB at start-up).
    for (let id = 0; id < this.patterns.length; id++) this.add(this.patterns[id]!, id);
  }

  private add(p: CompiledPattern<M>, id: number) {
    const { alts } = parsedSpec(p.anchorSpec, p.source);
    for (let a = 0; a < alts.length; a++) {
      const alt = alts[a]!;
      if (alt.kind === 'plain' && !alt.prefix) {
        // Common words ("a", "on", "the") anchor many patterns; their entries, and the gate
        // (one check of what follows rules them all out), are made on the word's first
        // appearance in a draft. Until then: pattern and alternative numbers, in pairs.
        const word = this.plainWords.get(alt.text);
        if (word) word.pending!.push(id, a);
        else this.plainWords.set(alt.text, { pending: [id, a], exact: undefined, gate: undefined });
        continue;
      }
      const entry = entryOf(p, id, alt);
      if (alt.kind !== 'plain' && (alt.kind !== 'hashtag' || alt.text === '')) {
        // A class ({emoji}, {hashtag}…); `plain` never is one (`{any}` is `any`).
        (this.byKind[alt.kind] ??= []).push(entry);
      } else if (alt.kind === 'plain') fileUnder(this.plainPrefix, headKey(alt.text), entry);
      else if (alt.prefix) fileUnder(this.tagPrefix, headKey(alt.text), entry);
      else fileUnder(this.tagExact, alt.text, entry);
    }
  }

  /** Every match in the draft, in token order. */
  findAll({ tokens }: Tokenized): PhraseMatch<M>[] {
    if (!this.built) this.build();
    const matches: PhraseMatch<M>[] = [];
    // A pattern reachable through two keys of one token matches once.
    const triedAt = new Int32Array(this.patterns.length).fill(-1);
    const { byKind } = this;
    // The shipped data has no prefix pattern: skip empty lookups.
    const prefixes = this.plainPrefix.size > 0;
    const tagPrefixes = this.tagPrefix.size > 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const { kind, text } = token;
      if (kind === 'word' || kind === 'number') {
        const anchored = this.plainWords.get(text);
        if (anchored) {
          if (anchored.pending) splitGate(anchored, this.patterns);
          this.tryAll(anchored.exact, tokens, i, triedAt, matches);
          const gate = anchored.gate;
          if (gate && nextWithin(gate.words, gate.within, tokens, i + 1, token.sentence))
            this.tryAll(gate.entries, tokens, i, triedAt, matches);
        }
        if (prefixes && text.length >= 3) this.tryAll(this.plainPrefix.get(headKey(text)), tokens, i, triedAt, matches);
      } else if (kind === 'hashtag') {
        this.tryAll(this.tagExact.get(text), tokens, i, triedAt, matches);
        if (tagPrefixes && text.length >= 3)
          this.tryAll(this.tagPrefix.get(headKey(text)), tokens, i, triedAt, matches);
      }
      this.tryAll(ofKind(byKind, kind), tokens, i, triedAt, matches);
      this.tryAll(byKind.any, tokens, i, triedAt, matches);
    }
    return matches;
  }

  private tryAll(
    entries: Entry<M>[] | undefined,
    tokens: readonly Token[],
    i: number,
    triedAt: Int32Array,
    matches: PhraseMatch<M>[],
  ) {
    if (!entries) return;
    const token = tokens[i]!;
    for (const entry of entries) {
      const { pattern: p, anchorAt, alt, id } = entry;
      if (triedAt[id] === i) continue;
      // The key only says the first word fits: a prefix or a multi-word alternative needs a real check.
      const length = altLength(alt, tokens, i, token.sentence);
      if (length === 0) continue;
      const next = gateOf(entry);
      if (next && !nextWithin(next, entry.within, tokens, i + length, token.sentence)) continue;
      if (anchorAt > 0 && this.blockedBefore(p.slots, anchorAt, tokens, i)) continue;
      // Each anchor alternative has its own entry; once one leads to a match the pattern is done here.
      const last = matchFrom(p.slots, tokens, anchorAt + 1, i + length, token.sentence);
      if (last < i) continue;
      triedAt[id] = i;
      matches.push({ meta: p.meta, source: p.source, firstToken: i, lastToken: last });
    }
  }

  private blockedBefore(slots: readonly Slot[], anchorAt: number, tokens: readonly Token[], i: number): boolean {
    const before = tokens[i - 1];
    if (!before || before.sentence !== tokens[i]!.sentence) return false;
    for (let k = 0; k < anchorAt; k++) {
      const slot = slots[k]!;
      if (slot.type === 'notBefore' && anyAlt(parsedAlternatives(slot).alts, tokens, i - 1, before.sentence))
        return true;
    }
    return false;
  }
}

interface Entry<M> {
  readonly pattern: CompiledPattern<M>;
  /** Index of the first word slot, where matching starts. */
  readonly anchorAt: number;
  /** The anchor alternative this entry is filed under. */
  readonly alt: Alt;
  /** The pattern's number, shared by the entries of its alternatives. */
  readonly id: number;
  /**
   * The words the next token must be, when that is all the next slot allows
   * (`undefined` until worked out by `gateOf`).
   */
  next: ReadonlySet<string> | null | undefined;
  /** How many tokens after the anchor may hold `next` (1, or a gap's length plus 1). */
  within: number;
}

/**
 * When the anchor is followed (maybe after a gap) by a required list of plain words,
 * set lookups reject most candidates before any matching ("un" is everywhere, "un
 * like" is not). Worked out when the anchor first turns up in a draft, not when the
 * index is built: a draft holds few of the anchors, and start-up is parsing time.
 */
function gateOf<M>(entry: Entry<M>): ReadonlySet<string> | null {
  if (entry.next !== undefined) return entry.next;
  const { slots } = entry.pattern;
  const gap = slots[entry.anchorAt + 1];
  entry.within = gap?.type === 'gap' ? gap.max + 1 : 1;
  const after = slots[gap?.type === 'gap' ? entry.anchorAt + 2 : entry.anchorAt + 1];
  const following = after?.type === 'token' && !after.optional ? alternatives(after) : null;
  return (entry.next = following?.rest.length === 0 ? following.words : null);
}

/** Entries that each need one of `words` among the `within` tokens after the anchor. */
interface Gate<M> {
  readonly entries: Entry<M>[];
  readonly words: ReadonlySet<string>;
  readonly within: number;
}

function nextWithin(next: ReadonlySet<string>, within: number, tokens: readonly Token[], at: number, sentence: number) {
  for (let k = at; k < at + within; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if ((t.kind === 'word' || t.kind === 'number') && next.has(t.text)) return true;
  }
  return false;
}

interface WordEntries<M> {
  /** Until the word is first met: the patterns it anchors, as (pattern, alternative) number pairs. */
  pending: number[] | undefined;
  exact: Entry<M>[] | undefined;
  gate: Gate<M> | undefined;
}

function entryOf<M>(pattern: CompiledPattern<M>, id: number, alt: Alt): Entry<M> {
  return { pattern, anchorAt: pattern.anchorAt, alt, id, next: undefined, within: 1 };
}

function splitGate<M>(w: WordEntries<M>, patterns: readonly CompiledPattern<M>[]): void {
  const pending = w.pending!;
  w.pending = undefined;
  const entries: Entry<M>[] = [];
  for (let k = 0; k < pending.length; k += 2) {
    const pattern = patterns[pending[k]!]!;
    entries.push(entryOf(pattern, pending[k]!, parsedSpec(pattern.anchorSpec, pattern.source).alts[pending[k + 1]!]!));
  }
  const gated = entries.filter((e) => gateOf(e) && e.alt.more.length === 0);
  if (gated.length > 0) {
    const words = new Set<string>();
    let within = 0;
    for (const e of gated) {
      for (const word of gateOf(e)!) words.add(word);
      within = Math.max(within, e.within);
    }
    w.gate = { entries: gated, words, within };
  }
  const rest = entries.filter((e) => !(e.next && e.alt.more.length === 0));
  w.exact = rest.length > 0 ? rest : undefined;
}

/** A switch rather than `byKind[kind]`: a keyed read with a new key per token measured 3 % slower at 30,000 characters. */
function ofKind<E>(byKind: Record<TokenKind, E>, kind: TokenKind): E {
  switch (kind) {
    case 'word':
      return byKind.word;
    case 'number':
      return byKind.number;
    case 'emoji':
      return byKind.emoji;
    case 'hashtag':
      return byKind.hashtag;
    case 'mention':
      return byKind.mention;
    case 'url':
      return byKind.url;
  }
}

function fileUnder<K, M>(map: Map<K, Entry<M>[]>, key: K, entry: Entry<M>) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * The first three UTF-16 units of a word as a small integer: prefix lookups without a
 * string per token. Unique below U+0400; above, words may share a key, which costs a
 * candidate check and nothing else (every candidate's prefix is checked).
 */
function headKey(text: string): number {
  return ((text.charCodeAt(0) & 0x3ff) << 20) | ((text.charCodeAt(1) & 0x3ff) << 10) | (text.charCodeAt(2) & 0x3ff);
}

/**
 * Every analyzer keeps its own index, but a draft is scanned once for all of
 * them: the first request per draft runs one combined index and hands each
 * index its own matches.
 */
const registry: PhraseIndex<unknown>[] = [];
interface Owned {
  readonly owner: number;
  readonly meta: unknown;
}
let combined: { size: number; index: PhraseIndex<Owned> } | null = null;

function combinedIndex(): PhraseIndex<Owned> {
  if (combined?.size !== registry.length) {
    const patterns: CompiledPattern<Owned>[] = [];
    for (let owner = 0; owner < registry.length; owner++) {
      const own = registry[owner]!.patterns;
      for (let k = 0; k < own.length; k++) patterns.push(own[k]!.withMeta<Owned>({ owner, meta: own[k]!.meta }));
    }
    combined = { size: registry.length, index: PhraseIndex.ofCompiled(patterns) };
  }
  return combined.index;
}

/** Every pattern of every registered index, as written: the tests check them all. */
export function registeredPatterns(): string[] {
  return [...new Set(registry.flatMap((index) => index.patterns.map((p) => p.source)))];
}

export interface Memo {
  memo<T>(key: string, compute: () => T): T;
}

/** The matches of one index in a draft, from the draft's single combined scan. */
export function matchesOf<M>(draft: Tokenized & Memo, index: PhraseIndex<M>): PhraseMatch<M>[] {
  const byOwner = draft.memo('kit/phrase-scan', () => {
    const grouped = registry.map((): PhraseMatch<unknown>[] => []);
    for (const m of combinedIndex().findAll(draft)) {
      grouped[m.meta.owner]!.push({
        meta: m.meta.meta,
        source: m.source,
        firstToken: m.firstToken,
        lastToken: m.lastToken,
      });
    }
    return grouped;
  });
  const owner = registry.indexOf(index as PhraseIndex<unknown>);
  return owner < 0 ? index.findAll(draft) : (byOwner[owner] as PhraseMatch<M>[]);
}
