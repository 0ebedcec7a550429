/**
 * The one list of analyzer folders. Categories, rule ids and their meta, the
 * engine's catalogues (messages, why, suggestions, "what works" lines) and the
 * UI's rule labels all derive from it; a new folder is added here and nowhere else.
 */
import { beggingModule } from './begging';
import { formulasModule } from './formulas';
import { houseRulesModule } from './house-rules';
import { judgementModule } from './judgement';
import type { AnalyzerModule, Catalogue, RuleMeta } from './kit/define';
import { frenchSpacing, mapStrings } from './kit/typography';
import type { Analyzer } from './kit/engine';
import { LANGS, type Category, type Lang } from './kit/vocabulary';
import { missingValueModule } from './missing-value';
import { oversharingModule } from './oversharing';
import { repetitionModule } from './repetition';
import { repliesModule } from './replies';
import { selfCentredModule } from './self-centred';
import { sharingModule } from './sharing';
import { signalsModule } from './signals';
import { siteRulesModule } from './site-rules';

/** In the order findings are reported and categories listed: the core three, the further signals, house rules. */
export const REGISTRY = [
  beggingModule,
  selfCentredModule,
  missingValueModule,
  judgementModule,
  siteRulesModule,
  formulasModule,
  sharingModule,
  repetitionModule,
  oversharingModule,
  repliesModule,
  houseRulesModule,
  signalsModule,
] as const satisfies readonly AnalyzerModule[];

export const CATEGORIES: readonly Category[] = REGISTRY.flatMap((m): Category[] => (m.category ? [m.category] : []));
/** The three core ids of the coach's principles, scored on the gauge. */
export const CORE_CATEGORIES: readonly Category[] = REGISTRY.flatMap((m): Category[] =>
  m.core && m.category ? [m.category] : [],
);
/** Every built-in rule, category by category (judgement's whole-post rules close their categories). */
export const RULES: readonly RuleMeta[] = REGISTRY.flatMap((m) => m.rules).sort(
  (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
);
/** Every rule id the analyzers can report, by category order: what the options page lists. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
/** The analyzers every draft goes through, in the order findings are reported. */
export const ANALYZERS: readonly Analyzer[] = REGISTRY.flatMap((m) => m.analyzers);

/** The folder that owns a rule id (its texts, its cases), or undefined. */
export const moduleOf = (rule: string): AnalyzerModule | undefined =>
  REGISTRY.find((m) => m.rules.some((r) => r.id === rule));

/** All folders' texts, one catalogue per language; a rule id or strength id appearing twice is a mistake. */
function merged(lang: Lang): Catalogue {
  const out: Catalogue = { rules: {}, strengths: {} };
  for (const m of REGISTRY) {
    for (const part of ['rules', 'strengths'] as const) {
      for (const [id, text] of Object.entries(m.texts[lang][part])) {
        if (id in out[part]) throw new Error(`${m.id}: ${id} is already defined by another folder`);
        // French spacing is applied here, once, so the folders' strings stay easy to type and to review.
        (out[part] as Record<string, unknown>)[id] = lang === 'fr' ? mapStrings(text, frenchSpacing) : text;
      }
    }
  }
  return out;
}
export const catalogues: Readonly<Record<Lang, Catalogue>> = Object.fromEntries(
  LANGS.map((lang) => [lang, merged(lang)]),
) as Record<Lang, Catalogue>;

/** A rule's name in the UI (the settings, the muted list), or undefined for an unknown id. */
export const ruleLabel = (id: string, lang: Lang): string | undefined => catalogues[lang].rules[id]?.label;

// Compile-time: every category an analyzer folder declares (kit/vocabulary's CategoryNames) is registered, and back.
type Registered = NonNullable<(typeof REGISTRY)[number]['category']>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const registeredIsDeclared: Same<Registered, Category> = true;
void registeredIsDeclared;
