/**
 * The engine's basic words: sites, languages, kinds of box, severities,
 * sensitivities, stages and categories. A leaf: it imports nothing, so every
 * file of the engine can use it without an import cycle.
 */

export const PLATFORMS = ['x', 'linkedin', 'facebook'] as const;
export const LANGS = ['fr', 'en'] as const;
export const BOX_KINDS = ['post', 'reply', 'comment'] as const;
export const SEVERITIES = ['hint', 'warning'] as const;
export const SENSITIVITIES = ['gentle', 'normal', 'strict'] as const;
/** A draft still being typed may wait to be judged; a finished one is judged whatever its length. */
export const STAGES = ['typing', 'finished'] as const;
export type Platform = (typeof PLATFORMS)[number];
export type Lang = (typeof LANGS)[number];
export type BoxKind = (typeof BOX_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];
export type Stage = (typeof STAGES)[number];
/**
 * Each analyzer folder adds its category here (`declare module '../kit/vocabulary'`);
 * `registry.ts` lists the analyzers and checks at compile time that the two agree,
 * so the type and the runtime list (`CATEGORIES`) both follow the registry.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CategoryNames {}
export type Category = keyof CategoryNames & string;
