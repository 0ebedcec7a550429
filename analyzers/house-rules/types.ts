/**
 * A team's house rules as the engine sees them: plain data, already validated
 * (the zod schema and the file format live in `utils/house-rules.ts`, outside
 * the engine, so the content script never loads zod).
 */
import type { BoxKind, Lang, Platform, Severity } from '../kit/vocabulary';

/** A text in each language; the other language is used when one is missing. */
export type Localized = Partial<Record<Lang, string>>;
export type LocalizedList = Partial<Record<Lang, string[]>>;

interface HouseRuleBase {
  /** Unique in its pack: `[a-z0-9-]`. */
  id: string;
  message: Localized;
  why?: Localized;
  suggestions?: LocalizedList;
  severity?: Severity;
  /** Only on these sites / kinds of box; everywhere when absent. */
  sites?: Platform[];
  kinds?: BoxKind[];
}

/** Words the team avoids ("you guys", "cheap"); each match is a finding, with what to say instead. */
export interface AvoidRule extends HouseRuleBase {
  type: 'avoid';
  phrases: string[];
  /** What the team says instead, shown as better ways. */
  instead?: LocalizedList;
}

/**
 * Something every matching draft must hold (`#ad` when a post is sponsored, a
 * signature on comments): a finding when none of `anyOf` is there, and, if
 * `when` is given, only when one of those phrases is.
 */
export interface RequireRule extends HouseRuleBase {
  type: 'require';
  anyOf: string[];
  when?: string[];
}

export type HouseRule = AvoidRule | RequireRule;

export interface HousePack {
  /** `[a-z0-9-]`, unique among the packs. */
  id: string;
  name: string;
  version: number;
  /** The team's community norms, in a few lines, shown to interns in learning mode. */
  norms?: Localized;
  rules: HouseRule[];
  /** Per-site overrides: built-in or pack rules (or whole categories) turned off on that site. */
  sites?: Partial<Record<Platform, { off?: string[] }>>;
  /** Turned off in the options page; kept, not applied. */
  enabled: boolean;
}
