/**
 * The convergence test of the power ⇄ thermal fixed point: the largest change of any
 * component's dissipated power between two rounds, against an absolute or relative
 * tolerance (a component has converged when its change is below either).
 */

/** Stated tolerance of the fixed point. */
export interface CoupledTolerance {
  /** Absolute change in one component's power, W. */
  readonly absW: number;
  /** Change relative to the component's power. */
  readonly relative: number;
}

/** Default tolerance: 0.05 W or 0.1 % of the component's power. */
export const DEFAULT_TOLERANCE: CoupledTolerance = { absW: 0.05, relative: 0.001 };

/** The largest change between two power maps and whether every component is within tolerance. */
export interface PowerChange {
  readonly changeW: number;
  readonly componentId: string | null;
  readonly isWithinTolerance: boolean;
}

/** Compares two power maps (by component id, W); an id missing from one counts as 0 W. */
export function powerChange(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  tolerance: CoupledTolerance = DEFAULT_TOLERANCE,
): PowerChange {
  let changeW = 0;
  let componentId: string | null = null;
  let isWithinTolerance = true;
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id) ?? 0;
    const b = after.get(id) ?? 0;
    const d = Math.abs(b - a);
    if (d > changeW) {
      changeW = d;
      componentId = id;
    }
    if (d >= Math.max(tolerance.absW, tolerance.relative * Math.abs(b))) isWithinTolerance = false;
  }
  return { changeW, componentId, isWithinTolerance };
}
