/**
 * The engine's basic words: sites (from their descriptors, `sites/`, which import nothing), languages, kinds of box, severities,
 * sensitivities, stages and categories. A leaf but for the site descriptors, so every
 * file of the engine can use it without an import cycle.
 */

export { BOX_KINDS, PLATFORMS, type BoxKind, type Platform } from './sites';
export const LANGS = ['fr', 'en'] as const;
export const SEVERITIES = ['hint', 'warning'] as const;
export const SENSITIVITIES = ['gentle', 'normal', 'strict'] as const;
/** A draft still being typed may wait to be judged; a finished one is judged whatever its length. */
export const STAGES = ['typing', 'finished'] as const;
export type Lang = (typeof LANGS)[number];
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
