/**
 * How an analyzer folder describes itself, the way an ESLint rule carries its
 * `meta`: its category, its rules (id, severity, options) and, per language,
 * one file (`en.ts`, `fr.ts`) where each rule's label, message, why,
 * suggestions and phrases stand together. `registry.ts` lists the folders;
 * categories, rule ids, catalogues and UI labels all derive from it.
 */
import { severityFor, type Analyzer } from './engine';
import type { PhraseGroup } from './phrase-analyzer';
import { LANGS, type Category, type Lang, type Severity } from './vocabulary';

/** What a rule says in one language. Placeholders: `{name}`. */
export interface RuleText {
  /** The rule's name in the settings, the muted list and the mute button. */
  label: string;
  /** One line, shown in the list. */
  message: string;
  /** The principle behind the hint, in a sentence or two. */
  why: string;
  /** Better ways to say it; at least one. */
  suggestions: string[];
}

/** Patterns said with one confidence, and the guards they keep (see PhraseGroup). */
export type Phrases = Omit<PhraseGroup, 'rule' | 'lang' | 'borrowed'>;

/** One rule in one language: its texts and, for a phrase rule, its patterns in that language. */
export interface RuleEntry extends RuleText {
  phrases?: readonly Phrases[];
}

/** One folder's texts in one language: its rules by full id (`begging/like`), and "what works" lines by id. */
export interface FolderTexts {
  rules?: Readonly<Record<string, RuleEntry>>;
  strengths?: Readonly<Record<string, string>>;
}

/** Checks a language file's shape; returns it unchanged. */
export const defineTexts = <T extends FolderTexts>(texts: T): T => texts;

export interface RuleMeta {
  /** `category/name`; settings, tests and the UI key on it. */
  readonly id: string;
  readonly category: Category;
  /** What it raises at normal sensitivity when sure: a phrase rule's follows from its confidences. */
  readonly severity: Severity;
  /** The rule's tunable settings, as its detector reads them (limits, thresholds). */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** What the engine renders a finding from. */
export type Catalogue = {
  rules: Record<string, RuleText>;
  strengths: Record<string, string>;
};

export interface AnalyzerModule<C extends Category = Category> {
  /** The folder's name. */
  readonly id: string;
  /** The category it owns; none for folders that add rules to others (judgement) or only texts (signals). */
  readonly category?: C;
  /** One of the three core categories (begging, self-centred, missing-value), scored on the gauge. */
  readonly core?: boolean;
  readonly rules: readonly RuleMeta[];
  readonly texts: Readonly<Record<Lang, Catalogue>>;
  /** Every phrase of its language files, as groups (not tied to a language): for checks over all phrase data. */
  readonly phrases: readonly PhraseGroup[];
  /** Run on every draft, in registry order (house rules and repetition are added per call). */
  readonly analyzers: readonly Analyzer[];
}

export interface AnalyzerSpec<C extends Category> {
  id: string;
  category?: C;
  core?: boolean;
  texts: Readonly<Record<Lang, FolderTexts>>;
  /** Severity and options by rule id; a phrase rule may leave out its severity, a rule without phrases may not. */
  rules?: Readonly<Record<string, { severity?: Severity; options?: Readonly<Record<string, unknown>> }>>;
  analyzers?: readonly Analyzer[];
}

/** The strongest severity a rule's phrases can reach at normal sensitivity. */
function phraseSeverity(entries: readonly (RuleEntry | undefined)[]): Severity | undefined {
  const confidences = entries.flatMap((e) => e?.phrases?.map((p) => p.confidence) ?? []);
  return confidences.length ? severityFor(Math.max(...confidences), 'normal') : undefined;
}

/**
 * One analyzer folder as the registry sees it. Throws when the folder
 * contradicts itself (a rule in one language only, a rule of another category,
 * meta for a rule without texts): a mistake shows on the first import.
 */
export function defineAnalyzer<const C extends Category = never>(spec: AnalyzerSpec<C>): AnalyzerModule<C> {
  const ids = Object.keys(spec.texts.en.rules ?? {});
  for (const lang of LANGS) {
    const here = Object.keys(spec.texts[lang].rules ?? {});
    const missing = [...ids.filter((id) => !here.includes(id)), ...here.filter((id) => !ids.includes(id))];
    if (missing.length) throw new Error(`${spec.id}: ${missing.join(', ')} not in both languages (${lang})`);
  }
  for (const id of Object.keys(spec.rules ?? {})) {
    if (!ids.includes(id)) throw new Error(`${spec.id}: meta for ${id}, which has no texts`);
  }
  const rules = ids.map((id): RuleMeta => {
    const category = id.slice(0, id.indexOf('/')) as Category;
    if (spec.category && category !== spec.category) throw new Error(`${spec.id}: ${id} is not in ${spec.category}`);
    const meta = spec.rules?.[id];
    const severity = meta?.severity ?? phraseSeverity(LANGS.map((lang) => spec.texts[lang].rules?.[id]));
    if (!severity) throw new Error(`${spec.id}: ${id} has no phrases, so it declares its severity`);
    return { id, category, severity, ...(meta?.options && { options: meta.options }) };
  });
  const catalogue = (lang: Lang): Catalogue => ({
    rules: Object.fromEntries(
      Object.entries(spec.texts[lang].rules ?? {}).map(([id, { label, message, why, suggestions }]) => [
        id,
        { label, message, why, suggestions },
      ]),
    ),
    strengths: { ...spec.texts[lang].strengths },
  });
  return {
    id: spec.id,
    ...(spec.category && { category: spec.category }),
    ...(spec.core && { core: true }),
    rules,
    texts: Object.fromEntries(LANGS.map((lang) => [lang, catalogue(lang)])) as Record<Lang, Catalogue>,
    phrases: LANGS.flatMap((lang) => phraseGroups(spec.texts[lang])),
    analyzers: spec.analyzers ?? [],
  };
}

/** A language file's phrases as the phrase index reads them, rule by rule, in the file's order. */
export function phraseGroups(texts: FolderTexts): PhraseGroup[] {
  return Object.entries(texts.rules ?? {}).flatMap(([rule, entry]) =>
    (entry.phrases ?? []).map((p) => ({ rule, ...p })),
  );
}

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
