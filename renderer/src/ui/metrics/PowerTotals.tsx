/**
 * The pipeline's power stage (worker/powerView.ts): power as the thermal solve dissipates it
 * — host SerDes energy following each link's loss, ring heaters from the computed drift,
 * lasers at their solved temperature — how the power ⇄ thermal fixed point went (rounds,
 * last change against the stated tolerance, or "not converged"), and the optical link
 * budgets' worst margin. Marked stale while the revision's power stage has not arrived.
 */
import { memo } from 'react';
import type { PowerView } from '../../worker/powerView';
import { fixed } from './format';

/**
 * Props: the power view (absent until the stage arrives), the revision it belongs to and
 * whether it is stale.
 */
export const PowerTotals = memo(function PowerTotals({
  power,
  revision,
  isStale,
}: {
  power: PowerView | undefined;
  revision: number | undefined;
  isStale: boolean;
}) {
  if (!power) return null;
  const tol = power.tolerance;
  const fixedPoint = power.thermalFailed
    ? 'not run: the thermal solve failed (reference temperatures)'
    : !power.isCoupled
      ? 'off (thermal off: reference temperatures)'
      : `${power.thermalSolves} solve${power.thermalSolves === 1 ? '' : 's'}, ${
          power.converged ? 'converged' : 'not converged'
        } · last change ${fixed(power.finalChangeW, 3)} W (tol. ${tol.absW} W / ${tol.relative * 100} %)`;
  const optical = power.optical;
  const rows: [string, string, string?][] = [
    ['Power as dissipated', `${fixed(power.totalW, 1)} W · ${fixed(power.pjPerBit, 2)} pJ/bit`],
    [
      'Host SerDes · lasers · heaters',
      `${fixed(power.hostSerdesW, 1)} · ${fixed(power.laserW, 1)} · ${fixed(power.heaterW, 2)} W`,
    ],
    [
      'Power ⇄ thermal',
      fixedPoint,
      power.thermalFailed || (power.isCoupled && !power.converged) ? 'fail' : undefined,
    ],
  ];
  if (optical.links.length > 0)
    rows.push([
      'Optical margin (worst)',
      optical.worstMarginDb === null
        ? '—'
        : `${fixed(optical.worstMarginDb, 2)} dB · ${optical.worstLinkId ?? ''}`,
      optical.worstMarginDb !== null && optical.worstMarginDb < 0 ? 'fail' : undefined,
    ]);
  return (
    <dl
      className="metrics__totals"
      data-testid="metrics-power"
      data-stage="power"
      data-revision={revision ?? ''}
      data-stale={isStale ? 'true' : 'false'}
      style={isStale ? { opacity: 0.55 } : undefined}
    >
      {rows.map(([label, value, cls]) => (
        <div key={label} className="metrics__total">
          <dt>{label}</dt>
          <dd className={cls ? `margin--${cls}` : undefined} data-testid={`power-${label}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
});
