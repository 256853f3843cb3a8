/**
 * The JSON `power` section of `lightpath analyze --json` and the metrics export: the coupled
 * power ⇄ thermal result (engine/coupled) — watts as the thermal solve dissipated them, the
 * rounds, convergence against the stated tolerance — and the optical link budgets.
 */
import type { CoupledResult } from '../../engine/coupled/coupledTypes';

const round = (x: number, digits: number) =>
  Number.isFinite(x) ? Number(x.toFixed(digits)) : null;

/** The JSON `power` section. */
export function coupledPowerJson(c: CoupledResult) {
  return {
    totalW: round(c.power.totalW, 3),
    pjPerBit: round(c.power.pjPerBit, 4),
    hostSerdesW: round(c.power.hostSerdesW, 3),
    laserW: round(c.power.laserW, 3),
    heaterW: round(c.power.heaterW, 3),
    coupled: c.thermalSolves > 0,
    thermalSolves: c.thermalSolves,
    converged: c.converged,
    finalChangeW: round(c.finalChangeW, 5),
    tolerance: c.tolerance,
    rounds: c.rounds,
    components: c.power.components.map((p) => ({ id: p.id, powerW: round(p.powerW, 4) })),
  };
}

/** The JSON `optical` section: every engine link's budget and the worst margin. */
export function opticalJson(c: CoupledResult) {
  return c.optical;
}
