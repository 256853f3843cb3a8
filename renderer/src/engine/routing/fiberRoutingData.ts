/**
 * Numbers of the automatic fiber router (fiberRoute.ts). Engineering estimates, cited in
 * docs/DATA-SOURCES.md as `lightpath-estimate` ("fiberRouting" rows).
 */
import type { Sourced } from '../../model/data/sourced';

/** A router setting with its source. */
export interface FiberRoutingEntry extends Sourced {
  readonly valueMm: number;
}

/** Settings of the fiber router, mm. */
export const FIBER_ROUTING: Readonly<
  Record<'clearanceMm' | 'wallHeightMm' | 'rampMinRunMm', FiberRoutingEntry>
> = {
  clearanceMm: {
    valueMm: 2,
    sourceId: 'lightpath-estimate',
    assumption:
      'gap kept between a fiber ribbon (≈ 0.3–1 mm thick) and the top of a part it passes over, and around a part it goes round',
  },
  wallHeightMm: {
    valueMm: 15,
    sourceId: 'lightpath-estimate',
    assumption:
      'a part rising more than this above the board is gone round, not over (fiber kept below the lid of a 1U–2U box, ≈ 40–80 mm)',
  },
  rampMinRunMm: {
    valueMm: 10,
    sourceId: 'lightpath-estimate',
    assumption:
      'shortest horizontal run over which a fiber rises from a port to its routing height',
  },
};

/** Clearance above and around obstacles, mm. */
export const FIBER_CLEARANCE_MM = FIBER_ROUTING.clearanceMm.valueMm;
/** Height above the base carrier's top beyond which a part is a wall, mm. */
export const FIBER_WALL_HEIGHT_MM = FIBER_ROUTING.wallHeightMm.valueMm;
/** Shortest horizontal run of a rise or fall, mm. */
export const FIBER_RAMP_MIN_RUN_MM = FIBER_ROUTING.rampMinRunMm.valueMm;
