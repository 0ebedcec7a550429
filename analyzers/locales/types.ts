export interface RuleText {
  /** One line, shown in the list. Placeholders: `{name}`. */
  message: string;
  /** The principle behind the hint, in a sentence or two. */
  why: string;
  /** Better ways to say it; at least one. */
  suggestions: string[];
}

export interface Catalogue {
  rules: Record<string, RuleText>;
  /** "What works" lines, by strength id. */
  strengths: Record<string, string>;
  /** What a house rule says when its pack leaves something out. Placeholders: `{pack}`, `{list}`, `{phrase}`. */
  house: { why: string; avoid: string; require: string; quote: string };
}
