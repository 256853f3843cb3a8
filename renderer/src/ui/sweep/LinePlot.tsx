/**
 * One metric against the swept parameter as an SVG line plot with min/max labels on both
 * axes; steps without the figure leave a gap in the line.
 */
import type { SweepRow } from '../../engine/sweep/sweep';
import type { DesignMetrics } from '../../engine/compare/designMetrics';

const W = 260;
const H = 140;
const PAD = { left: 44, right: 8, top: 16, bottom: 22 };

/** Props: rows so far, the metric, its label and the parameter's label. */
export function LinePlot({
  rows,
  metric,
  label,
  xLabel,
}: {
  rows: readonly SweepRow[];
  metric: keyof DesignMetrics;
  label: string;
  xLabel: string;
}) {
  const points = rows
    .map((r) => ({ x: r.value, y: r.metrics[metric] }))
    .filter((p): p is { x: number; y: number } => typeof p.y === 'number')
    .sort((a, b) => a.x - b.x);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const sy = (y: number) =>
    H - PAD.bottom - ((y - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
    .join('');
  const fmt = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : '—');
  return (
    <svg
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${label} against ${xLabel}`}
      data-testid={`plot-${metric}`}
    >
      <text x={PAD.left} y={11} className="plot__label">
        {label}
      </text>
      <line
        x1={PAD.left}
        y1={H - PAD.bottom}
        x2={W - PAD.right}
        y2={H - PAD.bottom}
        className="plot__axis"
      />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} className="plot__axis" />
      <text x={2} y={H - PAD.bottom} className="plot__label">
        {fmt(y0)}
      </text>
      <text x={2} y={PAD.top + 8} className="plot__label">
        {fmt(y1)}
      </text>
      <text x={PAD.left} y={H - 6} className="plot__label">
        {fmt(x0)}
      </text>
      <text
        x={W - PAD.right}
        y={H - 6}
        textAnchor="end"
        className="plot__label"
      >{`${fmt(x1)} ${xLabel}`}</text>
      {points.length > 0 && <path d={path} className="plot__line" />}
      {points.map((p) => (
        <circle key={p.x} cx={sx(p.x)} cy={sy(p.y)} r={2} className="plot__line" />
      ))}
    </svg>
  );
}
