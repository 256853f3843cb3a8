/**
 * What `lightpath compare` prints: a table with one column per variant (the best value of
 * each row marked "*"), then one explanation per row; or the JSON object of docs/CLI.md.
 */
import type { Comparison } from '../../renderer/src/engine/compare/compareVariants';

/** The `--json` object. */
export function comparisonJson(files: readonly string[], comparison: Comparison) {
  return {
    variants: comparison.variants.map((v, i) => ({ file: files[i], ...v })),
    rows: comparison.rows.map((r) => ({
      ...r,
      best: r.bestIndices.map((i) => comparison.variants[i]?.name),
    })),
  };
}

/** The readable table and explanations. */
export function comparisonTable(comparison: Comparison): string {
  const header = ['', ...comparison.variants.map((v) => v.name)];
  const body = comparison.rows.map((r) => [
    `${r.label}${r.unit ? ` (${r.unit})` : ''} ${r.direction === 'lower' ? '↓' : '↑'}`,
    ...r.values.map(
      (v, i) =>
        `${v === null ? '—' : v.toFixed(r.digits)}${r.bestIndices.includes(i) ? ' *' : '  '}`,
    ),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [
    line(header),
    ...body.map(line),
    '',
    '* best value of the row (↓ lower is better, ↑ higher is better)',
    '',
    ...comparison.rows.map((r) => `- ${r.explanation}`),
    '',
  ].join('\n');
}
