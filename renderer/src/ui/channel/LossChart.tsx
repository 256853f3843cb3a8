/**
 * IL(f) chart of one link drawn by uPlot (axes, grid and scales are the library's): the loss
 * curve, the budget as a horizontal line, and a vertical marker at the Nyquist frequency f_N
 * where the budget applies. Recreated when the data change (32 points: cheap).
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Props: frequencies, GHz; loss at each, dB (NaN = none); budget, dB; Nyquist, GHz. */
export interface LossChartProps {
  readonly fGhz: readonly number[];
  readonly lossDb: readonly number[];
  readonly budgetDb: number | null;
  readonly nyquistGhz: number;
  /** Width in CSS pixels (default 280). */
  readonly width?: number;
}

/** Draws a vertical dashed line at f_N on the plot's canvas. */
function nyquistMarker(nyquistGhz: number): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const x = u.valToPos(nyquistGhz, 'x', true);
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = '#d08a2e';
        ctx.setLineDash([4, 3]);
        ctx.lineWidth = 1.5 * devicePixelRatio;
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.fillStyle = '#d08a2e';
        ctx.font = `${11 * devicePixelRatio}px sans-serif`;
        ctx.fillText('f_N', x + 3 * devicePixelRatio, u.bbox.top + 12 * devicePixelRatio);
        ctx.restore();
      },
    },
  };
}

/** The chart. */
export function LossChart({ fGhz, lossDb, budgetDb, nyquistGhz, width = 280 }: LossChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const loss = lossDb.map((v) => (Number.isFinite(v) ? v : null));
    const budget = fGhz.map(() => budgetDb);
    const plot = new uPlot(
      {
        width,
        height: 170,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false } },
        axes: [
          { label: 'f (GHz)', size: 36, labelSize: 14 },
          { label: 'IL (dB)', size: 40, labelSize: 14 },
        ],
        series: [
          {},
          { label: 'loss', stroke: '#2f7bd8', width: 2 },
          { label: 'budget', stroke: '#c0392b', width: 1.5, dash: [6, 4], points: { show: false } },
        ],
        plugins: [nyquistMarker(nyquistGhz)],
      },
      [[...fGhz], loss, budget],
      el,
    );
    return () => plot.destroy();
  }, [fGhz, lossDb, budgetDb, nyquistGhz, width]);
  return <div ref={host} className="loss-chart" data-testid="channel-chart" />;
}
