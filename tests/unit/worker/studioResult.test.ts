import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeElectrical } from '../../../renderer/src/engine/analyze';
import type { LinkResult } from '../../../renderer/src/engine/resultTypes';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Design } from '../../../renderer/src/model/schema';
import {
  FIGURE_COLUMNS,
  FIGURE_CURVE_POINTS,
  linkFigures,
  toStudioAnalysis,
  transferablesOf,
} from '../../../renderer/src/worker/studioResult';

const doc = JSON.parse(
  readFileSync(
    new URL('../../../assets/examples/switch-cpo-b.lightpath.json', import.meta.url),
    'utf8',
  ),
) as Design;

describe('studio result', () => {
  const result = analyzeElectrical(doc, defaultPartLibrary());
  const studio = toStudioAnalysis(result);

  it('keeps every link figure the panel shows, column by column', () => {
    const f = studio.electrical.links;
    expect(f.ids).toEqual(result.links.map((l) => l.id));
    result.links.forEach((l, i) => {
      for (const c of FIGURE_COLUMNS) expect(f[c][i]).toBe(l[c] ?? Number.NaN);
      expect(f.routed[i]).toBe(l.routed ? 1 : 0);
    });
    expect(studio.electrical.summary).toBe(result.summary);
  });

  it('has one route piece per pair of consecutive points, each tagged with its link', () => {
    const pieces = result.links.flatMap((l, i) =>
      l.segments.flatMap((s) => s.points.slice(1).map((p, k) => [i, s.points[k]!, p] as const)),
    );
    expect(studio.traces.linkOfPiece.length).toBe(pieces.length);
    const [i, a, b] = pieces[pieces.length - 1]!;
    const last = pieces.length - 1;
    expect(studio.traces.linkOfPiece[last]).toBe(i);
    expect(Array.from(studio.traces.points.slice(last * 6, last * 6 + 6))).toEqual(
      [a.x, a.y, a.z, b.x, b.y, b.z].map(Math.fround),
    );
  });

  it('marks missing figures as NaN', () => {
    const unrouted = {
      ...result.links[0]!,
      routed: false,
      lengthMm: null,
      marginDb: null,
    } as LinkResult;
    const f = linkFigures([unrouted]);
    expect(f.routed[0]).toBe(0);
    expect(Number.isNaN(f.lengthMm[0]!)).toBe(true);
    expect(Number.isNaN(f.marginDb[0]!)).toBe(true);
  });

  it('packs every link’s loss curve and grid, 32 floats per link, with source and suggestion', () => {
    const f = studio.electrical.links;
    expect(f.curveDb).toHaveLength(result.links.length * FIGURE_CURVE_POINTS);
    result.links.forEach((l, i) => {
      expect(f.nyquistGhz[i]).toBe(l.nyquistGhz);
      expect(f.measured[i]).toBe(0);
      expect(f.measuredFile[i]).toBeNull();
      for (let k = 0; k < FIGURE_CURVE_POINTS; k++) {
        expect(f.curveGhz[i * FIGURE_CURVE_POINTS + k]).toBeCloseTo(l.lossCurve!.fGhz[k]!, 4);
        expect(f.curveDb[i * FIGURE_CURVE_POINTS + k]).toBeCloseTo(l.lossCurve!.lossDb[k]!, 4);
      }
    });
    expect(f.suggestedReach.every((r) => r === null || /^(XSR\+?|VSR|MR|LR)$/.test(r))).toBe(true);
  });

  it('moves every typed array rather than copying it', () => {
    const buffers = transferablesOf(studio);
    // routed, the figure columns, traces (2), nyquistGhz, curveDb, curveGhz, measured
    expect(buffers).toHaveLength(3 + FIGURE_COLUMNS.length + 4);
    const clone = structuredClone(studio, { transfer: buffers });
    expect(studio.traces.points.byteLength).toBe(0);
    expect(studio.electrical.links.curveDb.byteLength).toBe(0);
    expect(clone.electrical.links.curveDb.length).toBe(64 * FIGURE_CURVE_POINTS);
    expect(clone.electrical.links.lengthMm.length).toBe(64);
  });
});
