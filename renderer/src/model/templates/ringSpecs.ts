/**
 * How each architecture spaces its engine rows (NPO, CPO Types A and B) and towers (CPO
 * Type C), so the builders and the parameter checks agree on what fits. Gaps are the
 * examples' (lightpath-estimate): NPO 15 mm from the package with 4 mm between engines (socket
 * frames), CPO Type A 6 mm and 2 / 1 mm (substrate assembly), CPO Type B 1 mm and 1 / 0.5 mm
 * (wafer-level placement).
 */
import { ringRows } from './ringRows';
import type { Half, RingSpec } from './slots';

type RingArchitecture = 'npo' | 'cpo-a' | 'cpo-b';

const GAPS: Readonly<
  Record<RingArchitecture, { gapMm: number; rowGapMm: number; alongGapMm: number }>
> = {
  npo: { gapMm: 15, rowGapMm: 4, alongGapMm: 4 },
  'cpo-a': { gapMm: 6, rowGapMm: 2, alongGapMm: 1 },
  'cpo-b': { gapMm: 1, rowGapMm: 1, alongGapMm: 0.5 },
};

/** Most rows of engines beside an edge the board and package have room for. */
export const MAX_RING_ROWS = 4;
/** Most engines in one CPO Type C tower. */
export const MAX_TOWER_LEVELS = 4;

/**
 * Most engines in one row that stay inside the cross: the row's extent along the edge must
 * not pass the inner face of the neighbouring edges' first rows (package half + gap).
 */
export function maxPerRow(half: Half, oe: Half, gapMm: number, alongPitchMm: number): number {
  const limit = 2 * (Math.min(half.x, half.y) + gapMm) - oe.y;
  return Math.max(1, Math.floor(limit / alongPitchMm + 1e-9) + 1);
}

/** The rows of `perSide` engines of size `oe` beside a package of half size `half`. */
export function ringSpecFor(
  architecture: RingArchitecture,
  half: Half,
  oe: Half,
  perSide: number,
): RingSpec {
  const { gapMm, rowGapMm, alongGapMm } = GAPS[architecture];
  const rowPitchMm = oe.x + rowGapMm;
  const alongPitchMm = oe.y + alongGapMm;
  const max = maxPerRow(half, oe, gapMm, alongPitchMm);
  if (architecture !== 'cpo-b') {
    return { gapMm, rowPitchMm, alongPitchMm, rowCounts: ringRows(perSide, max, 'fill') };
  }
  // A middle row may hold one more: it sits a row pitch beyond the next edges' rows.
  const reach = Math.min(half.x, half.y) + gapMm + rowPitchMm;
  const fuller = (max / 2) * alongPitchMm + oe.y / 2 <= reach;
  return {
    gapMm,
    rowPitchMm,
    alongPitchMm,
    rowCounts: ringRows(perSide, max, 'balanced', fuller),
  };
}

/** Tower height and towers per edge for `n` engines an edge (towers of up to four). */
export function towers(n: number): { levels: number; perEdge: number } {
  const levels = [4, 3, 2, 1].find((l) => l <= MAX_TOWER_LEVELS && n % l === 0)!;
  return { levels, perEdge: n / levels };
}

/** Along-edge positions of `perEdge` towers of engines `oe` wide (1 mm apart), mm. */
export function towerPositions(perEdge: number, oe: Half): number[] {
  const pitch = oe.y + 1;
  return Array.from({ length: perEdge }, (_, i) => (i - (perEdge - 1) / 2) * pitch);
}

/** True when towers at `alongMm` stay clear of the neighbouring edges' towers. */
export function towersFit(alongMm: readonly number[], half: Half, oe: Half): boolean {
  const extent = Math.max(...alongMm.map(Math.abs)) + oe.y / 2;
  return extent <= Math.min(half.x, half.y) - oe.x + 1e-9;
}
