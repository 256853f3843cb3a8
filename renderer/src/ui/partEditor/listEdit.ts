/** Pure edits of a table's rows: replace, remove and move one row. */

/** `list` with item `index` replaced by `item`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** `list` without item `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `list` with item `index` moved by `step` places (clamped to the ends). */
export function moveBy<T>(list: readonly T[], index: number, step: number): T[] {
  const to = Math.min(Math.max(index + step, 0), list.length - 1);
  const out = [...list];
  const [item] = out.splice(index, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}
