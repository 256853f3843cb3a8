/**
 * Heat-map overlay geometry and colour scale: one quad per cell that meets material, at the
 * slice height or draped on each column's top; colours from the scale's ends for the coolest
 * and hottest cells; the CSS gradient has the same stops.
 */
import { describe, expect, it } from 'vitest';
import {
  HEAT_STOPS,
  heatColor,
  heatGradientCss,
  scalePosition,
  srgbToLinear,
} from '../../../renderer/src/scene/heatmap/heatColors';
import { heatmapBuffers, pickSlice } from '../../../renderer/src/scene/heatmap/heatmapGeometry';
import type { HeatSlice } from '../../../renderer/src/worker/heatSlices';

/** 3 × 2 cells over x 0–30, y 0–20 mm; the middle bottom cell is empty. */
function slice(extra: Partial<HeatSlice> = {}): HeatSlice {
  return {
    label: 'core',
    zMm: 1.5,
    nx: 3,
    ny: 2,
    xMm: Float32Array.from([0, 10, 20, 30]),
    yMm: Float32Array.from([0, 10, 20]),
    tempC: Float32Array.from([40, NaN, 60, 50, 45, 80]),
    minC: 40,
    maxC: 80,
    ...extra,
  };
}

describe('heat colour scale', () => {
  it('maps the ends of the range to the first and last stops and clamps outside', () => {
    expect(heatColor(scalePosition(40, 40, 80))).toEqual(HEAT_STOPS[0]!.slice(1));
    expect(heatColor(scalePosition(80, 40, 80))).toEqual(HEAT_STOPS.at(-1)!.slice(1));
    expect(scalePosition(100, 40, 80)).toBe(1);
    expect(scalePosition(0, 40, 80)).toBe(0);
    expect(scalePosition(50, 50, 50)).toBe(0.5);
  });

  it('interpolates linearly between stops', () => {
    const [t0, r0, g0, b0] = HEAT_STOPS[1]!;
    const [t1, r1, g1, b1] = HEAT_STOPS[2]!;
    const [r, g, b] = heatColor((t0 + t1) / 2);
    expect([r, g, b]).toEqual([(r0 + r1) / 2, (g0 + g1) / 2, (b0 + b1) / 2]);
  });

  it('writes the same stops into the legend gradient', () => {
    const css = heatGradientCss();
    for (const [t, r, g, b] of HEAT_STOPS) expect(css).toContain(`rgb(${r} ${g} ${b}) ${t * 100}%`);
  });
});

describe('heat-map geometry', () => {
  it('draws two triangles per solid cell at the slice height, in scene coordinates', () => {
    const b = heatmapBuffers(slice(), 2);
    expect(b.cellCount).toBe(5);
    expect(b.positions.length).toBe(5 * 6 * 3);
    for (let v = 0; v < b.positions.length / 3; v++) expect(b.positions[v * 3 + 1]).toBe(3);
    // First cell: x 0–10, y 0–10 → scene z = −y.
    const xs = [...b.positions.slice(0, 18)].filter((_, i) => i % 3 === 0);
    const zs = [...b.positions.slice(0, 18)].filter((_, i) => i % 3 === 2);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(10);
    expect(Math.min(...zs)).toBe(-10);
  });

  it('colours the coolest and hottest cells with the scale ends (linear light)', () => {
    const b = heatmapBuffers(slice(), 1);
    const lin = (c: readonly number[]) => c.slice(1).map((v) => srgbToLinear(v / 255));
    expect([...b.colours.slice(0, 3)].map((v) => +v.toFixed(5))).toEqual(
      lin(HEAT_STOPS[0]!).map((v) => +v.toFixed(5)),
    );
    const last = b.colours.length - 3;
    expect([...b.colours.slice(last)].map((v) => +v.toFixed(5))).toEqual(
      lin(HEAT_STOPS.at(-1)!).map((v) => +v.toFixed(5)),
    );
  });

  it('drapes the top surface on each column top, lifted', () => {
    const topZMm = Float32Array.from([1, NaN, 2, 3, 4, 5]);
    const b = heatmapBuffers(slice({ topZMm }), 1, 0.5);
    const heights = [...new Set([...b.positions].filter((_, i) => i % 3 === 1))].sort();
    expect(heights).toEqual([1.5, 2.5, 3.5, 4.5, 5.5]);
  });

  it('picks the slice by label, else the first', () => {
    const a = slice({ label: 'top surface' });
    const c = slice({ label: 'core' });
    expect(pickSlice([a, c], 'core')).toBe(c);
    expect(pickSlice([a, c], null)).toBe(a);
    expect(pickSlice([a, c], 'gone')).toBe(a);
    expect(pickSlice([], null)).toBeNull();
  });
});
