/**
 * Appends `items` to `out` one by one: `out.push(...items)` passes every item as an argument and throws RangeError
 * (call stack) past ~100,000 items — an import's 200,000 change events, or a sheet whose every row is refused.
 */
export function appendAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const x of items) out.push(x);
  return out;
}
