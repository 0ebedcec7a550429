/**
 * house-rules: a team's own norms, compiled from its packs into one analyzer.
 * Phrases are matched word by word on the same normalised tokens as every other
 * rule: no regular expression is ever built from a user's text, so no pack can
 * make the engine backtrack, and "Cheap", "CHEAP" and "chéap" match alike.
 */
import type { Analyzer, Context, RawFinding } from '../kit/engine';
import { normalize, tokenize, type Token, type TokenKind } from '../kit/text';
import type { Lang, Platform } from '../kit/types';
import type { HousePack, HouseRule, Localized, LocalizedList } from './types';

export type { HousePack, HouseRule } from './types';

export const HOUSE_CATEGORY = 'house-rules';

interface PhraseWord {
  text: string;
  kind: TokenKind;
}

interface CompiledRule {
  pack: HousePack;
  rule: HouseRule;
  /** Rule id as findings carry it: `house-rules/<pack>.<rule>`. */
  ruleId: string;
  phrases: PhraseWord[][];
  when: PhraseWord[][];
}

/** A phrase as the tokenizer sees it: the same folding as the draft. */
function phraseWords(phrase: string): PhraseWord[] {
  const { tokens } = tokenize(normalize(phrase).text);
  return tokens.filter((t) => t.kind !== 'emoji').map((t) => ({ text: t.text, kind: t.kind }));
}

const compilePhrases = (list: readonly string[] | undefined) =>
  (list ?? []).map(phraseWords).filter((words) => words.length > 0);

export const houseRuleId = (pack: HousePack, rule: HouseRule) => `${HOUSE_CATEGORY}/${pack.id}.${rule.id}`;

/** A hashtag in a phrase only matches a hashtag, a mention a mention; words match words and numbers. */
function sameWord(word: PhraseWord, token: Token): boolean {
  if (word.text !== token.text) return false;
  if (word.kind === 'hashtag' || word.kind === 'mention') return token.kind === word.kind;
  return token.kind === 'word' || token.kind === 'number';
}

/**
 * Every match of these phrases in the draft, as token ranges, in one pass:
 * phrases are looked up by their first word, so the cost is the draft's length
 * times the few phrases that share a first word.
 */
function findPhrases(
  tokens: readonly Token[],
  phrases: readonly PhraseWord[][],
  firstOnly: boolean,
): [number, number][] {
  if (phrases.length === 0) return [];
  const byFirst = new Map<string, PhraseWord[][]>();
  for (const p of phrases) {
    const list = byFirst.get(p[0]!.text) ?? [];
    list.push(p);
    byFirst.set(p[0]!.text, list);
  }
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirst.get(tokens[i]!.text);
    if (!candidates) continue;
    for (const p of candidates) {
      if (i + p.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = sameWord(p[k]!, tokens[i + k]!);
      if (!ok) continue;
      found.push([i, i + p.length - 1]);
      if (firstOnly) return found;
      i += p.length - 1; // no overlapping matches of the same rule
      break;
    }
  }
  return found;
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

/** One analyzer for all enabled packs. */
export function compileHouseRules(packs: readonly HousePack[]): Analyzer {
  const compiled: CompiledRule[] = packs
    .filter((pack) => pack.enabled)
    .flatMap((pack) =>
      pack.rules.map((rule) => ({
        pack,
        rule,
        ruleId: houseRuleId(pack, rule),
        phrases: compilePhrases(rule.type === 'avoid' ? rule.phrases : rule.anyOf),
        when: compilePhrases(rule.type === 'require' ? rule.when : undefined),
      })),
    );
  return {
    id: HOUSE_CATEGORY,
    category: HOUSE_CATEGORY,
    run(ctx) {
      const out: RawFinding[] = [];
      for (const c of compiled) {
        if (!applies(c.rule, ctx.platform, ctx.kind)) continue;
        const severity = c.rule.severity ?? 'hint';
        const base = {
          rule: c.ruleId,
          confidence: CONFIDENCE[severity],
          source: c.pack.name,
        };
        if (c.rule.type === 'avoid') {
          for (const [first, last] of findPhrases(ctx.tokens, c.phrases, false)) {
            out.push({
              ...base,
              span: [ctx.tokens[first]!.start, ctx.tokens[last]!.end],
              text: textOf(c.rule, ctx.lang, pickList(c.rule.instead, ctx.lang)),
            });
          }
        } else {
          const triggers = c.when.length ? findPhrases(ctx.tokens, c.when, true) : null;
          if (triggers && triggers.length === 0) continue;
          if (findPhrases(ctx.tokens, c.phrases, true).length > 0) continue;
          const at = triggers?.[0];
          out.push({
            ...base,
            ...(at && { span: [ctx.tokens[at[0]]!.start, ctx.tokens[at[1]]!.end] as const }),
            text: textOf(c.rule, ctx.lang, c.rule.anyOf),
          });
        }
      }
      return out;
    },
  };
}

function textOf(rule: HouseRule, lang: Lang, instead: readonly string[]) {
  const suggestions = [...pickList(rule.suggestions, lang), ...instead];
  const message = pick(rule.message, lang) ?? rule.id;
  return { message, why: pick(rule.why, lang) ?? message, suggestions: suggestions.length ? suggestions : [message] };
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
