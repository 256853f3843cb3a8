/**
 * Macrobend loss of a routed fiber: each corner's arc is a fraction turn/2π of a full turn
 * at its radius, charged at the per-turn limit of the fiber type (ITU-T G.652 / G.657,
 * model/data/opticalBudget MACROBEND_DB_PER_TURN) at the tightest tabulated radius not above
 * the corner's (a conservative step between the tabulated radii). A corner tighter than every
 * tabulated radius gets the tightest figure and is counted in `belowTableCount`: the
 * specification does not cover it and the real loss is higher.
 */
import { MACROBEND_DB_PER_TURN } from '../../model/data/opticalBudget';
import type { FiberType } from '../../model/schema';
import type { FilletCorner } from '../routing/fiberFillet';

/** Loss of one full turn of a fiber type at a radius, dB, and whether the table covers it. */
export function dbPerTurn(
  fiberType: FiberType,
  radiusMm: number,
): { dbPerTurn: number; isBelowTable: boolean } {
  const points = MACROBEND_DB_PER_TURN[fiberType].points;
  let chosen = points[0]!;
  for (const p of points) if (p.radiusMm <= radiusMm) chosen = p;
  return { dbPerTurn: chosen.dbPerTurn, isBelowTable: radiusMm < points[0]!.radiusMm };
}

/** Macrobend loss of a fiber's corners, dB. */
export function bendLossDb(
  fiberType: FiberType,
  corners: readonly Pick<FilletCorner, 'turnRad' | 'bentRadiusMm'>[],
): { lossDb: number; belowTableCount: number } {
  let lossDb = 0;
  let belowTableCount = 0;
  for (const c of corners) {
    const { dbPerTurn: perTurn, isBelowTable } = dbPerTurn(fiberType, c.bentRadiusMm);
    lossDb += (perTurn * Math.abs(c.turnRad)) / (2 * Math.PI);
    if (isBelowTable) belowTableCount++;
  }
  return { lossDb, belowTableCount };
}
