/**
 * How many engines each row beside an edge holds. `fill`: full rows first, the rest in the
 * last row (NPO, CPO Type A: the rear row is the short one). `balanced`: as few rows as fit,
 * the engines shared evenly, and a middle row one engine fuller when the spare goes there
 * (CPO Type B: 5, 6, 5). A middle row may hold one more than `max` because it sits a row
 * pitch beyond the neighbouring edges' rows (checked by the caller's `middleBonus`).
 */

/** Row counts for `perSide` engines at most `max` per row. */
export function ringRows(
  perSide: number,
  max: number,
  mode: 'fill' | 'balanced',
  middleBonus = false,
): number[] {
  if (mode === 'fill') {
    const rows: number[] = [];
    for (let left = perSide; left > 0; left -= max) rows.push(Math.min(max, left));
    return rows;
  }
  let n = 1;
  const capacity = (k: number) => k * max + (middleBonus ? Math.max(0, k - 2) : 0);
  while (capacity(n) < perSide) n++;
  const base = Math.floor(perSide / n);
  const rows = Array.from({ length: n }, () => base);
  let spare = perSide - base * n;
  const order = [...rows.keys()].sort((a, b) => {
    const middleA = a > 0 && a < n - 1 ? 0 : 1;
    const middleB = b > 0 && b < n - 1 ? 0 : 1;
    return middleA - middleB || a - b;
  });
  for (const i of order) {
    if (spare === 0) break;
    rows[i]!++;
    spare--;
  }
  return rows;
}
