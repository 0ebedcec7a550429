/**
 * French typography, applied once to the engine's French catalogue rather than
 * typed into every string: a narrow no-break space (U+202F) before ; : ! ? and
 * inside « », where the text has an ordinary space. Where it has none (a link,
 * "7:30"), nothing is added.
 */
const NNBSP = '\u202F';

export function frenchSpacing(s: string): string {
  return s
    .replace(/[ \u00A0]+([;:!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00A0]+/g, `«${NNBSP}`)
    .replace(/[ \u00A0]+»/g, `${NNBSP}»`);
}

/** Every string of a catalogue-shaped value, passed through `f`. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}
