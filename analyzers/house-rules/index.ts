/**
 * house-rules: a team's own norms, compiled from its packs into one analyzer.
 * Phrases are matched word by word on the same normalised tokens as every other
 * rule: no regular expression is ever built from a user's text, so no pack can
 * make the engine backtrack, and "Cheap", "CHEAP" and "chéap" match alike.
 *
 * Whatever the packs hold, the work per draft is bounded: every phrase of every
 * pack goes into one trie (identical phrases once), the draft is scanned once,
 * each phrase keeps at most MAX_MATCHES_PER_PHRASE matches, each rule reports at
 * most MAX_FINDINGS_PER_RULE, collecting stops at the report's cap, and a step
 * budget stops the scan itself.
 */
import type { Analyzer, Context, RawFinding } from '../kit/engine';
import { normalize, tokenize, type Token } from '../kit/text';
import type { Lang, Platform } from '../kit/vocabulary';
import { CLASS_MATCHERS, CLASS_NAMES, isPhraseClass, type PhraseClass } from './classes';
import { defineAnalyzer, fill } from '../kit/define';
import { en } from './en';
import { fr } from './fr';
import type { HousePack, HouseRule, Localized, LocalizedList } from './types';

export type { HousePack, HouseRule } from './types';

declare module '../kit/vocabulary' {
  interface CategoryNames {
    'house-rules': true;
  }
}

/** What a house rule says when its pack leaves something out. */
const HOUSE = { en: en.house, fr: fr.house } as const;

export { PHRASE_CLASSES } from './classes';

export const HOUSE_CATEGORY = 'house-rules';
/** A phrase found more often than this in one draft is reported this many times. */
export const MAX_MATCHES_PER_PHRASE = 20;
export const MAX_FINDINGS_PER_RULE = 20;
/** Trie nodes visited per draft, at most; a real draft with real packs needs a few thousand. */
export const MAX_SCAN_STEPS = 200_000;

type Element = { word: string; group: 'w' | 'h' | 'm' } | { cls: PhraseClass };

export interface ParsedPhrase {
  elements: Element[];
  /** `^Camille`: only at the start of the draft; `Camille$`: only at its end. */
  atStart: boolean;
  atEnd: boolean;
}

/**
 * A phrase as the tokenizer sees it: the same folding as the draft, `{class}`
 * parts kept as classes, a leading `^` and a trailing `$` as anchors (a `$`
 * after a figure is a dollar sign: write `{price}` for amounts).
 */
export function parsePhrase(phrase: string): ParsedPhrase {
  let rest = phrase.trim();
  const atStart = rest.startsWith('^');
  if (atStart) rest = rest.slice(1);
  const atEnd = rest.endsWith('$') && !/\d\s*\$$/.test(rest);
  if (atEnd) rest = rest.slice(0, -1);
  const elements: Element[] = [];
  for (const part of rest.split(/(\{[a-z]+\})/)) {
    const name = part.startsWith('{') && part.endsWith('}') ? part.slice(1, -1) : '';
    if (isPhraseClass(name)) {
      elements.push({ cls: name });
      continue;
    }
    for (const t of tokenize(normalize(part).text).tokens) {
      if (t.kind === 'emoji') continue;
      elements.push({ word: t.text, group: t.kind === 'hashtag' ? 'h' : t.kind === 'mention' ? 'm' : 'w' });
    }
  }
  return { elements, atStart, atEnd };
}

/** Class names in a phrase that the coach does not know (`{tme}`): the file check refuses them. */
export function unknownClasses(phrase: string): string[] {
  return [...phrase.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]!).filter((name) => !isPhraseClass(name));
}

interface TrieNode {
  words?: Map<string, TrieNode>;
  classes?: [PhraseClass, TrieNode][];
  /** Phrases ending here. */
  ends?: number[];
}

/** Which words a token can stand for: a hashtag only as a hashtag, words and numbers as words. */
function keyOf(token: Token): string | undefined {
  switch (token.kind) {
    case 'word':
    case 'number':
      return `w:${token.text}`;
    case 'hashtag':
      return `h:${token.text}`;
    case 'mention':
      return `m:${token.text}`;
    default:
      return undefined;
  }
}

function insert(root: TrieNode, elements: readonly Element[], id: number): void {
  let node = root;
  for (const e of elements) {
    if ('cls' in e) {
      node.classes ??= [];
      let next = node.classes.find(([c]) => c === e.cls)?.[1];
      if (!next) node.classes.push([e.cls, (next = {})]);
      node = next;
    } else {
      node.words ??= new Map();
      const key = `${e.group}:${e.word}`;
      let next = node.words.get(key);
      if (!next) node.words.set(key, (next = {}));
      node = next;
    }
  }
  (node.ends ??= []).push(id);
}

interface CompiledRule {
  pack: HousePack;
  rule: HouseRule;
  /** Rule id as findings carry it: `house-rules/<pack>.<rule>`. */
  ruleId: string;
  phrases: number[];
  when: number[];
}

/** All phrases of all packs, each once, in three tries: anywhere, at the start, at the end. */
class PhraseSet {
  readonly anywhere: TrieNode = {};
  readonly start: TrieNode = {};
  readonly end: TrieNode = {};
  readonly phrases: ParsedPhrase[] = [];
  private readonly ids = new Map<string, number>();
  /** The same phrase in many rules or packs is parsed once. */
  private readonly byText = new Map<string, number | null>();
  /** Longest phrase, in elements: how far from the end an end-anchored match can start. */
  maxElements = 0;

  add(list: readonly string[] | undefined): number[] {
    const out: number[] = [];
    for (const text of list ?? []) {
      let id = this.byText.get(text);
      if (id === undefined) {
        id = this.idOf(parsePhrase(text));
        this.byText.set(text, id);
      }
      if (id !== null && !out.includes(id)) out.push(id);
    }
    return out;
  }

  private idOf(parsed: ParsedPhrase): number | null {
    if (parsed.elements.length === 0) return null;
    const key = JSON.stringify(parsed);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.phrases.length;
      this.phrases.push(parsed);
      this.ids.set(key, id);
      insert(parsed.atStart ? this.start : parsed.atEnd ? this.end : this.anywhere, parsed.elements, id);
      this.maxElements = Math.max(this.maxElements, parsed.elements.length);
    }
    return id;
  }
}

/** Longest a class can take, in tokens ("9 h 30"). */
const MAX_CLASS_TOKENS = 3;

export interface ScanResult {
  /** Per phrase id: its matches as token ranges, at most MAX_MATCHES_PER_PHRASE. */
  matches: ([number, number][] | undefined)[];
  steps: number;
  /** The step budget ran out: later matches may be missing. */
  cut: boolean;
}

/** One pass over the draft for every phrase of every pack. */
export function scan(set: PhraseSet, tokens: readonly Token[], text: string): ScanResult {
  const matches: ScanResult['matches'] = new Array(set.phrases.length);
  let steps = 0;
  let cut = false;
  // Anchors ignore emoji around the draft ("Camille 🙂" is signed).
  let first = 0;
  while (first < tokens.length && tokens[first]!.kind === 'emoji') first++;
  let last = tokens.length - 1;
  while (last >= first && tokens[last]!.kind === 'emoji') last--;

  const record = (id: number, from: number, to: number) => {
    const phrase = set.phrases[id]!;
    if (phrase.atEnd && to !== last) return;
    const list = (matches[id] ??= []);
    if (list.length < MAX_MATCHES_PER_PHRASE) list.push([from, to]);
  };
  const stack: [TrieNode, number][] = [];
  const walk = (root: TrieNode, from: number) => {
    stack.push([root, from]);
    while (stack.length > 0) {
      const [node, at] = stack.pop()!;
      if (++steps > MAX_SCAN_STEPS) {
        cut = true;
        stack.length = 0;
        return;
      }
      if (node.ends && at > from) for (const id of node.ends) record(id, from, at - 1);
      if (at > last) continue;
      const token = tokens[at]!;
      const key = keyOf(token);
      const next = key === undefined ? undefined : node.words?.get(key);
      if (next) stack.push([next, at + 1]);
      for (const [cls, child] of node.classes ?? []) {
        const taken = CLASS_MATCHERS[cls](tokens, at, text);
        if (taken > 0 && at + taken - 1 <= last) stack.push([child, at + taken]);
      }
    }
  };
  if (first <= last) {
    walk(set.start, first);
    const endFrom = Math.max(first, last + 1 - set.maxElements * MAX_CLASS_TOKENS);
    for (let i = first; i <= last && !cut; i++) {
      walk(set.anywhere, i);
      if (i >= endFrom && !cut) walk(set.end, i);
    }
  }
  return { matches, steps, cut };
}

function applies(rule: HouseRule, platform: Platform, kind: Context['kind']): boolean {
  return (!rule.sites || rule.sites.includes(platform)) && (!rule.kinds || rule.kinds.includes(kind));
}

/** Text in the wanted language, else the other one. */
export function pick(text: Localized | undefined, lang: Lang): string | undefined {
  return text?.[lang] ?? text?.[lang === 'fr' ? 'en' : 'fr'];
}

function pickList(list: LocalizedList | undefined, lang: Lang): string[] {
  return list?.[lang] ?? list?.[lang === 'fr' ? 'en' : 'fr'] ?? [];
}

const CONFIDENCE = { warning: 0.9, hint: 0.6 } as const;

export interface HouseAnalyzer extends Analyzer {
  /** The last run's scan work, for tests and the bench (counted, never timed). */
  readonly lastScan: { steps: number; cut: boolean };
}

/** One analyzer for all enabled packs; it reports at most `maxFindings` findings per draft. */
export function compileHouseRules(packs: readonly HousePack[], maxFindings = 500): HouseAnalyzer {
  const set = new PhraseSet();
  const compiled: CompiledRule[] = packs
    .filter((pack) => pack.enabled)
    .flatMap((pack) =>
      pack.rules.map((rule) => ({
        pack,
        rule,
        ruleId: houseRuleId(pack, rule),
        phrases: set.add(rule.type === 'avoid' ? rule.phrases : rule.anyOf),
        when: set.add(rule.type === 'require' ? rule.when : undefined),
      })),
    );
  const lastScan = { steps: 0, cut: false };
  return {
    id: HOUSE_CATEGORY,
    category: HOUSE_CATEGORY,
    lastScan,
    run(ctx) {
      const out: RawFinding[] = [];
      const { matches, steps, cut } = scan(set, ctx.tokens, ctx.norm.text);
      lastScan.steps = steps;
      lastScan.cut = cut;
      let full = cut;
      const lang = ctx.messageLang ?? ctx.lang;
      const span = (range: readonly [number, number]) =>
        [ctx.tokens[range[0]]!.start, ctx.tokens[range[1]]!.end] as const;
      for (const c of compiled) {
        if (out.length >= maxFindings) {
          full = true;
          break;
        }
        if (!applies(c.rule, ctx.platform, ctx.kind)) continue;
        const severity = c.rule.severity ?? 'hint';
        const base = { rule: c.ruleId, confidence: CONFIDENCE[severity], source: c.pack.name };
        if (c.rule.type === 'avoid') {
          const found = rangesOf(c.phrases, matches);
          if (found.length === 0) continue;
          const text = avoidText(c.rule, c.pack, lang);
          for (const range of found.slice(0, Math.min(MAX_FINDINGS_PER_RULE, maxFindings - out.length))) {
            out.push({ ...base, span: span(range), text });
          }
          if (found.length > MAX_FINDINGS_PER_RULE) full = true;
        } else {
          const trigger = c.when.length ? rangesOf(c.when, matches)[0] : undefined;
          if (c.when.length && !trigger) continue;
          if (c.phrases.some((id) => matches[id] !== undefined)) continue;
          out.push({
            ...base,
            ...(trigger && { span: span(trigger) }),
            text: requireText(c.rule, c.pack, lang, c.rule.anyOf),
          });
        }
      }
      if (full) ctx.noteTruncated?.();
      return out;
    },
  };
}

/** A rule's matches in draft order, without overlaps (the longer match first at one place). */
function rangesOf(ids: readonly number[], matches: ScanResult['matches']): [number, number][] {
  const all: [number, number][] = [];
  for (const id of ids) for (const m of matches[id] ?? []) all.push(m);
  if (all.length === 0) return all;
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  let end = -1;
  for (const m of all) {
    if (m[0] <= end) continue;
    out.push(m);
    end = m[1];
  }
  return out;
}

export const houseRuleId = (pack: HousePack, rule: HouseRule) => `${HOUSE_CATEGORY}/${pack.id}.${rule.id}`;

/** A phrase as a person reads it in a better way: classes by name ("a time"). */
function shown(phrase: string, lang: Lang): string {
  return phrase
    .trim()
    .replace(/^\^/, '')
    .replace(/\{([a-z]+)\}/g, (whole, name: string) => (isPhraseClass(name) ? CLASS_NAMES[lang][name] : whole));
}

const quoteList = (phrases: readonly string[], lang: Lang) => {
  const shownList = phrases.slice(0, 3).map((p) => fill(HOUSE[lang].quote, { phrase: shown(p, lang) }));
  return phrases.length > 3 ? `${shownList.join(', ')}…` : shownList.join(', ');
};

function whyOf(rule: HouseRule, pack: HousePack, lang: Lang): string {
  return pick(rule.why, lang) ?? fill(HOUSE[lang].why, { pack: pack.name });
}

function avoidText(rule: HouseRule & { instead?: LocalizedList }, pack: HousePack, lang: Lang) {
  const given = [...pickList(rule.suggestions, lang), ...pickList(rule.instead, lang)];
  const message = pick(rule.message, lang) ?? rule.id;
  return {
    message,
    why: whyOf(rule, pack, lang),
    suggestions: given.length ? given : [HOUSE[lang].avoid],
  };
}

function requireText(rule: HouseRule, pack: HousePack, lang: Lang, anyOf: readonly string[]) {
  const given = pickList(rule.suggestions, lang);
  const message = pick(rule.message, lang) ?? rule.id;
  return {
    message,
    why: whyOf(rule, pack, lang),
    // The anyOf list is what the check looks for, not a better way: one generic line instead.
    suggestions: given.length ? given : [fill(HOUSE[lang].require, { list: quoteList(anyOf, lang) })],
  };
}

/** Built-in and pack rules the enabled packs turn off on this site. */
export function offByPacks(packs: readonly HousePack[], platform: Platform): string[] {
  return packs
    .filter((p) => p.enabled)
    .flatMap((pack) =>
      (pack.sites?.[platform]?.off ?? []).map((id) => {
        // A pack's own rule may be named by its short id.
        const own = pack.rules.find((r) => r.id === id);
        return own ? houseRuleId(pack, own) : id;
      }),
    );
}

/** The team's packs bring their own rules and texts: the folder registers only its category. */
export const houseRulesModule = defineAnalyzer({
  id: 'house-rules',
  category: 'house-rules',
  texts: { en: {}, fr: {} },
});
