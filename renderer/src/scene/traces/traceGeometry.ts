/**
 * The routed links of an analysis as one set of line segments with a colour per vertex
 * (the link's margin class), ready for a single THREE.LineSegments: one draw call however
 * many links there are.
 */
import type { LinkFigures, TracePaths } from '../../worker/studioResult';
import { toScene } from '../coords';
import { MARGIN_COLOURS, marginClass, type MarginClass } from './marginClass';

/** Flat arrays for a BufferGeometry: 6 floats (two xyz) per segment, same for colours. */
export interface TraceBuffers {
  readonly positions: Float32Array;
  readonly colours: Float32Array;
  readonly segmentCount: number;
  /** Links drawn, by margin class. */
  readonly counts: Readonly<Record<MarginClass, number>>;
}

/** sRGB channel (0–1) to linear light, the IEC 61966-2-1 transfer function. */
function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * A "#rrggbb" colour as linear RGB: three.js treats vertex colours as linear and converts
 * to sRGB on output, so the sRGB theme colours are linearised first.
 */
function linearRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => srgbToLinear(v / 255)) as [
    number,
    number,
    number,
  ];
}

const CLASS_RGB = Object.fromEntries(
  (Object.keys(MARGIN_COLOURS) as MarginClass[]).map((k) => [k, linearRgb(MARGIN_COLOURS[k])]),
) as Record<MarginClass, [number, number, number]>;

/** z lift of traces above their carrier's top face, mm, so they are not hidden in it. */
const LIFT_MM = 0.05;

/**
 * Builds the buffers from the route pieces of a result (model mm) and the links' margins,
 * in scene coordinates (`zScale` as the viewport's). Unrouted links have no pieces.
 */
export function buildTraceBuffers(
  traces: TracePaths,
  links: Pick<LinkFigures, 'routed' | 'marginDb'>,
  zScale: number,
): TraceBuffers {
  const classes = Array.from(links.routed, (routed, i): MarginClass =>
    routed ? marginClass(links.marginDb[i]!) : 'none',
  );
  const counts: Record<MarginClass, number> = { pass: 0, tight: 0, fail: 0, none: 0 };
  for (const c of classes) counts[c] += 1;
  const segmentCount = traces.linkOfPiece.length;
  const positions = new Float32Array(segmentCount * 6);
  const colours = new Float32Array(segmentCount * 6);
  const p = traces.points;
  for (let piece = 0; piece < segmentCount; piece++) {
    const [r, g, b] = CLASS_RGB[classes[traces.linkOfPiece[piece]!] ?? 'none'];
    for (let end = 0; end < 2; end++) {
      const i = piece * 6 + end * 3;
      const [x, y, z] = toScene(p[i]!, p[i + 1]!, p[i + 2]! + LIFT_MM, zScale);
      positions[i] = x;
      positions[i + 1] = y;
      positions[i + 2] = z;
      colours[i] = r;
      colours[i + 1] = g;
      colours[i + 2] = b;
    }
  }
  return { positions, colours, segmentCount, counts };
}
