/**
 * Questions asked in a row can be answered out of order: two stored changes in a
 * row (a profile switch writes the settings, then the packs) each ask the
 * background for the settings in force, and the first, older answer may arrive
 * last. Wrapped, an answer counts only if no later question's answer has
 * counted already; a stale one resolves to `null`.
 */
export function newestAnswer<T>(ask: () => Promise<T>): () => Promise<{ value: T } | null> {
  let asked = 0;
  let used = 0;
  return async () => {
    const question = ++asked;
    const value = await ask();
    if (question < used) return null;
    used = question;
    return { value };
  };
}
