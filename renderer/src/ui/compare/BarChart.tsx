/**
 * One comparison row as an SVG bar chart: a bar per variant, scaled to the largest |value|,
 * the best ones filled in the accent colour and marked with a star.
 */
import type { ComparisonRow } from '../../engine/compare/compareVariants';

const WIDTH = 160;
const BAR_H = 10;
const GAP = 4;

/** Props: the row and the variant names. */
export function BarChart({ row, names }: { row: ComparisonRow; names: readonly string[] }) {
  const scale = Math.max(1e-12, ...row.values.map((v) => Math.abs(v ?? 0)));
  const height = names.length * (BAR_H + GAP);
  return (
    <svg
      className="bars"
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`${row.label} by variant`}
    >
      {row.values.map((v, i) => {
        const isBest = row.bestIndices.includes(i);
        const w = v === null ? 0 : (Math.abs(v) / scale) * (WIDTH - 12);
        return (
          <g key={names[i]} transform={`translate(0 ${i * (BAR_H + GAP)})`}>
            <title>{`${names[i]}: ${v === null ? '—' : v.toFixed(row.digits)} ${row.unit}`}</title>
            <rect
              width={Math.max(w, v === null ? 0 : 1)}
              height={BAR_H}
              className={
                isBest
                  ? 'bars__bar bars__bar--best'
                  : v !== null && v < 0
                    ? 'bars__bar bars__bar--negative'
                    : 'bars__bar'
              }
            />
            {isBest && (
              <text x={w + 2} y={BAR_H - 1} className="bars__star">
                ★
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
