/** A word list written as one space-separated string: easier to scan and diff than an array literal. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
