/**
 * Receipts name a wrong question by module code and number, not by its full id: `overview-04` in
 * the module with code `ov` travels as (ov, 4). Ids are `<module>-<number>` by convention; an id
 * that does not follow it cannot travel in a receipt and is left out.
 */

/** The number at the end of a question id of its module (`overview-04` → 4), or null. */
export function questionNumber(questionId: string, moduleId: string): number | null {
  const prefix = `${moduleId}-`;
  if (!questionId.startsWith(prefix)) return null;
  const rest = questionId.slice(prefix.length);
  return /^\d{1,4}$/.test(rest) ? Number(rest) : null;
}

/** Numbers of the given question ids, ascending and without repeats, skipping ids off the pattern. */
export function questionNumbers(questionIds: Iterable<string>, moduleId: string): number[] {
  const numbers = new Set<number>();
  for (const id of questionIds) {
    const n = questionNumber(id, moduleId);
    if (n !== null) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Looks a number up among a module's real question ids (so `-4`, `-04` and `-004` all resolve). */
export function questionIdByNumber(questionIds: Iterable<string>, moduleId: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const id of questionIds) {
    const n = questionNumber(id, moduleId);
    if (n !== null) map.set(n, id);
  }
  return map;
}
