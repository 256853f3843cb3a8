import { describe, expect, it } from 'vitest';
import type { ElectricalResult, LinkResult } from '../../../renderer/src/engine/resultTypes';
import { buildTraceBuffers } from '../../../renderer/src/scene/traces/traceGeometry';
import { linkFigures, tracePaths } from '../../../renderer/src/worker/studioResult';
import { marginClass } from '../../../renderer/src/scene/traces/marginClass';
import { fixed, signed } from '../../../renderer/src/ui/metrics/format';

function link(
  id: string,
  marginDb: number | null,
  points: { x: number; y: number; z: number }[][],
): LinkResult {
  return {
    id,
    routed: points.length > 0,
    marginDb,
    segments: points.map((p) => ({ medium: 'pcb', lengthMm: 0, lossDb: 0, points: p })),
  } as unknown as LinkResult;
}

describe('margin classes', () => {
  it('are green from 3 dB, amber from 0 dB, red below, grey without a figure', () => {
    expect([5, 3, 2.99, 0, -0.01, null].map(marginClass)).toEqual([
      'pass',
      'pass',
      'tight',
      'tight',
      'fail',
      'none',
    ]);
    expect(marginClass(Number.NaN)).toBe('none');
  });
});

describe('trace buffers', () => {
  it('hold one piece per pair of consecutive route points, in scene coordinates, coloured by margin', () => {
    const result = {
      links: [
        link('a', 4, [
          [
            { x: 0, y: 0, z: 1 },
            { x: 10, y: 0, z: 1 },
            { x: 10, y: 5, z: 1 },
          ],
        ]),
        link('b', -1, [
          [
            { x: 1, y: 2, z: 3 },
            { x: 4, y: 2, z: 3 },
          ],
        ]),
        link('c', null, []),
      ],
    } as unknown as ElectricalResult;
    const b = buildTraceBuffers(tracePaths(result.links), linkFigures(result.links), 2);
    expect(b.segmentCount).toBe(3);
    expect(Array.from(tracePaths(result.links).linkOfPiece)).toEqual([0, 0, 1]);
    expect(b.counts).toEqual({ pass: 1, tight: 0, fail: 1, none: 1 });
    // Scene = (x, z·zScale, −y); traces are lifted 0.05 mm above their carrier.
    expect(Array.from(b.positions.slice(0, 6))).toEqual([0, 2.1, -0, 10, 2.1, -0].map(Math.fround));
    expect(Array.from(b.positions.slice(12, 18))).toEqual(
      [1, 6.1, -2, 4, 6.1, -2].map(Math.fround),
    );
    // Link a is green (#6aae5c), link b red (#e5675a), as linear RGB for three.js.
    const lin = (v: number) => Math.fround(((v / 255 + 0.055) / 1.055) ** 2.4);
    expect(Array.from(b.colours.slice(0, 3))).toEqual([0x6a, 0xae, 0x5c].map(lin));
    expect(Array.from(b.colours.slice(12, 15))).toEqual([0xe5, 0x67, 0x5a].map(lin));
  });
});

describe('metrics number format', () => {
  it('uses fixed decimals, a real minus sign and a dash for no figure', () => {
    expect(fixed(12.345, 1)).toBe('12.3');
    expect(fixed(-1.25, 2)).toBe('−1.25');
    expect(fixed(-0.001, 1)).toBe('0.0');
    expect(fixed(null, 1)).toBe('—');
    expect(signed(2, 1)).toBe('+2.0');
    expect(signed(-48.04, 1)).toBe('−48.0');
    expect(signed(0.01, 1)).toBe('0.0');
  });
});
