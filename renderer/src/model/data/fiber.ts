/**
 * Minimum bend radius of each single-mode fiber type, mm (ITU-T G.652 / G.657), for the
 * fiber-routing rules. Sources: docs/DATA-SOURCES.md.
 */
import type { FiberType } from '../schema';
import type { Sourced } from './sourced';

/** Fiber types a design may use (FiberTypeSchema in schema.ts). */
export type FiberKind = FiberType;

/** A minimum bend radius, mm, with its source. */
export interface BendEntry extends Sourced {
  readonly minBendRadiusMm: number;
}

/** Minimum specified bend radius of each fiber type, mm. */
export const FIBER_MIN_BEND_RADIUS_MM: Readonly<Record<FiberKind, BendEntry>> = {
  'G.652.D': {
    minBendRadiusMm: 30,
    sourceId: 'itu-t-g657-flyer-2013',
    assumption: 'standard single-mode fiber, long-term installed radius',
  },
  'G.657.A1': {
    minBendRadiusMm: 10,
    sourceId: 'itu-t-g657-flyer-2013',
    assumption: 'bend-insensitive category A1, G.652.D compatible',
  },
  'G.657.A2': {
    minBendRadiusMm: 7.5,
    sourceId: 'itu-t-g657-flyer-2013',
    assumption: 'bend-insensitive, G.652.D compatible',
  },
  'G.657.B2': {
    minBendRadiusMm: 7.5,
    sourceId: 'itu-t-g657-flyer-2013',
    assumption: 'bend-insensitive category B2 (not fully G.652.D compatible)',
  },
  'G.657.B3': {
    minBendRadiusMm: 5,
    sourceId: 'itu-t-g657-flyer-2013',
    assumption: 'bend-insensitive for very tight routing',
  },
};

/** Minimum bend radius of a fiber type, mm. */
export function minBendRadiusMm(fiber: FiberKind): number {
  return FIBER_MIN_BEND_RADIUS_MM[fiber].minBendRadiusMm;
}
