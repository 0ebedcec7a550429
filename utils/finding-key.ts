/** The same finding while the draft is edited around it: its rule and the words it is about. */
export function findingKey(rule: string, excerpt: string | undefined): string {
  return `${rule}|${(excerpt ?? '').slice(0, 200)}`;
}
