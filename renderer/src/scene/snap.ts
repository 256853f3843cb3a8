/**
 * Snapping a dragged or placed part's centre (global mm). Each axis snaps on its own:
 * first to a feature of a nearby part — its edges, its centre line or one of its ports —
 * lined up with the same kind of feature of the moving part, when that is within
 * `toleranceMm`; otherwise to the grid. Pure; no three.js.
 */

/** A part's features in one plane, global mm: footprint centre, half extents and port points. */
export interface SnapFeatures {
  readonly x: number;
  readonly y: number;
  readonly halfX: number;
  readonly halfY: number;
  /** Port positions relative to the centre, mm (after rotation). */
  readonly portOffsets: ReadonlyArray<{ readonly x: number; readonly y: number }>;
}

/** What an axis snapped to. */
export type SnapKind = 'grid' | 'edge' | 'centre' | 'port';

/** The snapped centre and, per axis, what it snapped to. */
export interface SnapResult {
  readonly x: number;
  readonly y: number;
  readonly kindX: SnapKind;
  readonly kindY: SnapKind;
  /** The feature line each axis snapped to (global mm). */
  readonly lineX: number;
  readonly lineY: number;
}

type Axis = 'x' | 'y';

function lines(f: SnapFeatures, axis: Axis, at: number): Array<[number, SnapKind]> {
  const half = axis === 'x' ? f.halfX : f.halfY;
  return [
    [at - half, 'edge'],
    [at + half, 'edge'],
    [at, 'centre'],
    ...f.portOffsets.map((p): [number, SnapKind] => [at + p[axis], 'port']),
  ];
}

function snapAxis(
  moving: SnapFeatures,
  raw: number,
  others: readonly SnapFeatures[],
  axis: Axis,
  pitchMm: number,
  toleranceMm: number,
): { value: number; kind: SnapKind; line: number } {
  let best = { value: Math.round(raw / pitchMm) * pitchMm, kind: 'grid' as SnapKind, line: NaN };
  best.line = best.value;
  let bestDistance = toleranceMm;
  const own = lines(moving, axis, 0);
  for (const other of others) {
    for (const [line, kind] of lines(other, axis, other[axis])) {
      for (const [offset, ownKind] of own) {
        // Edges line up with edges, centres with centres, ports with ports.
        if (
          (kind === 'port') !== (ownKind === 'port') ||
          (kind === 'centre') !== (ownKind === 'centre')
        )
          continue;
        const distance = Math.abs(raw + offset - line);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = { value: line - offset, kind, line };
        }
      }
    }
  }
  return best;
}

/**
 * Snaps the moving part's centre `rawMm` against `others` (its neighbours; pass only nearby
 * parts, the cost is linear in their number) and the grid of `pitchMm`.
 */
export function snapCentre(
  moving: SnapFeatures,
  rawMm: { x: number; y: number },
  others: readonly SnapFeatures[],
  pitchMm: number,
  toleranceMm: number,
): SnapResult {
  const x = snapAxis(moving, rawMm.x, others, 'x', pitchMm, toleranceMm);
  const y = snapAxis(moving, rawMm.y, others, 'y', pitchMm, toleranceMm);
  return { x: x.value, y: y.value, kindX: x.kind, kindY: y.kind, lineX: x.line, lineY: y.line };
}
