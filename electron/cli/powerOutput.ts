/**
 * `lightpath analyze` text output of the coupled power ⇄ thermal result (engine/coupled): the
 * watts the thermal solve dissipated, how the fixed point went, and the optical link budgets'
 * worst margin (the JSON form is report/json/powerJson.ts, shared with the metrics export).
 */
import type { CoupledResult } from '../../renderer/src/engine/coupled/coupledTypes';

/** The text table: power, convergence and the optical margin. */
export function coupledPowerTable(c: CoupledResult): string {
  const p = c.power;
  const lines = [
    `power (as dissipated): ${p.totalW.toFixed(1)} W, ${p.pjPerBit.toFixed(2)} pJ/bit` +
      ` (host SerDes ${p.hostSerdesW.toFixed(1)} W, lasers ${p.laserW.toFixed(1)} W, ring heaters ${p.heaterW.toFixed(2)} W)`,
    c.thermalSolves === 0
      ? 'power ⇄ thermal: not coupled (no thermal solve; reference temperatures)'
      : `power ⇄ thermal: ${c.thermalSolves} solve${c.thermalSolves === 1 ? '' : 's'}, ` +
        `${c.converged ? 'converged' : 'NOT converged'}, last change ${c.finalChangeW.toFixed(3)} W` +
        ` (tolerance ${c.tolerance.absW} W or ${c.tolerance.relative * 100} %)`,
  ];
  const o = c.optical;
  if (o.links.length > 0)
    lines.push(
      o.worstMarginDb === null
        ? `optical budget: ${o.links.length} links, no margin computed`
        : `optical budget: ${o.links.length} links, worst margin ${o.worstMarginDb.toFixed(2)} dB (${o.worstLinkId})`,
    );
  return `${lines.join('\n')}\n`;
}
