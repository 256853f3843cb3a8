/**
 * Where optical engines go: rows beside each edge of the xPU package, or towers standing on
 * it (CPO Type C). Rows stay inside the cross the package edges make, so the rows of one edge
 * never reach those of the next.
 */
import type { Part } from '../partSchema';

/** An edge of the xPU package. */
export type Side = 'north' | 'south' | 'east' | 'west';
export const SIDES: readonly Side[] = ['north', 'east', 'south', 'west'];

/** Outward unit vector of each side. */
export const OUTWARD: Record<Side, { x: number; y: number }> = {
  north: { x: 0, y: 1 },
  south: { x: 0, y: -1 },
  east: { x: 1, y: 0 },
  west: { x: -1, y: 0 },
};

/** A place for one optical engine. */
export interface Slot {
  readonly side: Side;
  /** Row 0 is nearest the package edge (for towers: the level in the stack). */
  readonly row: number;
  /** Position along the edge from its midpoint, mm (x for north/south, y for east/west). */
  readonly alongMm: number;
  readonly x: number;
  readonly y: number;
  readonly rotationDeg: number;
}

/** Rows of engines beside a package edge: gap to the first row, row pitch, along pitch, counts. */
export interface RingSpec {
  readonly gapMm: number;
  readonly rowPitchMm: number;
  readonly alongPitchMm: number;
  readonly rowCounts: readonly number[];
}

/** Half extents of a package footprint, mm. */
export interface Half {
  readonly x: number;
  readonly y: number;
}

/**
 * Rotation that turns an engine's `host` port (west edge in the part) to face `toward`.
 * West → south is +90°, west → east 180°, west → north 270°.
 */
export function rotationFacing(toward: Side): number {
  return { west: 0, south: 90, east: 180, north: 270 }[toward];
}

const INWARD: Record<Side, Side> = { north: 'south', south: 'north', east: 'west', west: 'east' };

const isNorthSouth = (side: Side) => side === 'north' || side === 'south';

function globalOf(centre: { x: number; y: number }, side: Side, perp: number, along: number) {
  const o = OUTWARD[side];
  return isNorthSouth(side)
    ? { x: centre.x + along, y: centre.y + o.y * perp }
    : { x: centre.x + o.x * perp, y: centre.y + along };
}

/** The package's half size across `side` (perpendicular) and along it. */
function halves(half: Half, side: Side): { perp: number; along: number } {
  return isNorthSouth(side) ? { perp: half.y, along: half.x } : { perp: half.x, along: half.y };
}

/**
 * Engines in rows beside each edge of a package of half size `half`, host port facing the
 * package. The engine's short side (part x) is across the row.
 */
export function ringSlots(
  centre: { x: number; y: number },
  half: Half,
  oe: Part,
  spec: RingSpec,
): Slot[] {
  const slots: Slot[] = [];
  for (const side of SIDES) {
    spec.rowCounts.forEach((count, row) => {
      const perp = halves(half, side).perp + spec.gapMm + row * spec.rowPitchMm + oe.sizeMm.x / 2;
      for (let i = 0; i < count; i++) {
        const along = (i - (count - 1) / 2) * spec.alongPitchMm;
        const p = globalOf(centre, side, perp, along);
        slots.push({ side, row, alongMm: along, ...p, rotationDeg: rotationFacing(INWARD[side]) });
      }
    });
  }
  return slots;
}

/**
 * Towers of `levels` engines standing on the package top along each edge, host port at the
 * package edge facing out (CPO Type C). `alongMm` lists the tower positions per edge.
 */
export function towerSlots(
  centre: { x: number; y: number },
  half: Half,
  oe: Part,
  alongMm: readonly number[],
  levels: number,
): Slot[] {
  const slots: Slot[] = [];
  for (const side of SIDES) {
    for (const along of alongMm) {
      const p = globalOf(centre, side, halves(half, side).perp - oe.sizeMm.x / 2, along);
      for (let level = 0; level < levels; level++) {
        slots.push({ side, row: level, alongMm: along, ...p, rotationDeg: rotationFacing(side) });
      }
    }
  }
  return slots;
}
