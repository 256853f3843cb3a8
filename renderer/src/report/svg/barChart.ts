/**
 * Horizontal bar chart as vector SVG: one labelled bar per row, a value printed at its end,
 * an optional reference line (e.g. a budget or a limit), bars coloured by state.
 */
import { escapeHtml } from '../format';

/** One bar. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Text printed after the bar, e.g. "12.3 dB". */
  readonly valueText: string;
  readonly state?: 'pass' | 'fail' | 'warn' | 'neutral';
}

const FILL = { pass: '#3c8d5a', fail: '#c0392b', warn: '#d68910', neutral: '#4a6fa5' } as const;

/** The chart, `widthPx` wide, 16 px per bar; `reference` draws a dashed line at that value. */
export function barChartSvg(
  bars: readonly Bar[],
  widthPx: number,
  options: { reference?: { value: number; label: string }; unit?: string } = {},
): string {
  const rowPx = 16;
  const labelPx = 150;
  const valuePx = 70;
  const top = options.reference ? 16 : 4;
  const plotPx = widthPx - labelPx - valuePx;
  const values = bars.map((b) => b.value);
  const maxValue = Math.max(0, ...values, options.reference?.value ?? 0);
  const minValue = Math.min(0, ...values);
  const span = maxValue - minValue || 1;
  const xOf = (v: number) => labelPx + ((v - minValue) / span) * plotPx;
  const heightPx = top + bars.length * rowPx + 6;
  const rows = bars.map((b, i) => {
    const y = top + i * rowPx;
    const xa = xOf(Math.min(0, b.value));
    const xb = xOf(Math.max(0, b.value));
    return `<text x="${labelPx - 6}" y="${y + 11}" text-anchor="end" font-size="9">${escapeHtml(b.label)}</text><rect x="${xa.toFixed(1)}" y="${y + 2}" width="${Math.max(0.5, xb - xa).toFixed(1)}" height="${rowPx - 5}" fill="${FILL[b.state ?? 'neutral']}"/><text x="${(xb + 4).toFixed(1)}" y="${y + 11}" font-size="9">${escapeHtml(b.valueText)}</text>`;
  });
  const zero =
    minValue < 0
      ? `<line x1="${xOf(0)}" y1="${top}" x2="${xOf(0)}" y2="${heightPx - 4}" stroke="#555" stroke-width="0.6"/>`
      : '';
  const ref = options.reference
    ? `<line x1="${xOf(options.reference.value).toFixed(1)}" y1="${top - 4}" x2="${xOf(options.reference.value).toFixed(1)}" y2="${heightPx - 2}" stroke="#1d232b" stroke-dasharray="3 2" stroke-width="0.8"/><text x="${xOf(options.reference.value).toFixed(1)}" y="${top - 6}" font-size="8.5" text-anchor="middle">${escapeHtml(options.reference.label)}</text>`
    : '';
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" role="img" font-family="Helvetica, Arial, sans-serif" fill="#1d232b">${rows.join('')}${zero}${ref}</svg>`;
}
