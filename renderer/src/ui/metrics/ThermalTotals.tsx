/**
 * The live thermal figures: hottest xPU, the optical part closest to its limit, ring drift,
 * the strongest xPU → optics coupling, the solver's energy balance, and one red row per part
 * over its temperature limit (the OVER_LIMIT_LISTED furthest over, then a count); marked stale while the solve for the newest revision runs,
 * "solving" before the first one arrives.
 */
import { memo } from 'react';
import type { ThermalView } from '../../worker/thermalView';
import { fixed, signed } from './format';

/** Parts over their limit listed by name at most (furthest over first); the rest are counted. */
export const OVER_LIMIT_LISTED = 12;

/**
 * Props: the thermal view (undefined before the first solve), the revision it belongs to,
 * and whether it is stale. Re-renders only when they change.
 */
export const ThermalTotals = memo(function ThermalTotals({
  thermal,
  error,
  revision,
  isStale,
}: {
  thermal: ThermalView | null | undefined;
  error: string | undefined;
  revision: number | undefined;
  isStale: boolean;
}) {
  const failure = error ? (
    <p className="metrics__error" role="alert" data-testid="thermal-error">
      Thermal solve failed: {error}
      {thermal ? ' — the field below is the last good one, of an earlier revision' : ''}
    </p>
  ) : null;
  if (thermal === undefined && !error) return <p className="metrics__meta">Thermal: solving…</p>;
  if (!thermal) return failure;
  const opt = thermal.tightestOptical;
  const xpu = thermal.hottestXpu;
  const rows: [string, string, string?][] = [
    ['Max temperature', `${fixed(thermal.maxC, 1)} °C`],
    [
      'Hottest xPU',
      xpu ? `${fixed(xpu.maxC, 1)} °C of ${fixed(xpu.limitC, 0)}` : '—',
      xpu && xpu.marginC < 0 ? 'fail' : undefined,
    ],
    [
      'Tightest optics',
      opt ? `${opt.name}: ${fixed(opt.maxC, 1)} °C (${signed(opt.marginC, 1)} K)` : '—',
      opt ? (opt.marginC < 0 ? 'fail' : opt.marginC < 10 ? 'tight' : 'pass') : undefined,
    ],
    [
      'Optics over limit',
      String(thermal.opticalOverLimit.length),
      thermal.opticalOverLimit.length > 0 ? 'fail' : undefined,
    ],
    [
      'Worst ring drift',
      thermal.worstRingDriftNm === null ? '—' : `${fixed(thermal.worstRingDriftNm, 2)} nm`,
    ],
    [
      'xPU → optics coupling',
      thermal.strongestCoupling
        ? `${fixed(thermal.strongestCoupling.kPerW * 1000, 2)} mK/W (${thermal.strongestCoupling.opticalId})`
        : '—',
    ],
    ['Energy balance', `${fixed(thermal.energyBalanceError * 100, 3)} %`],
  ];
  const overLimit = thermal.components
    .filter((c) => c.marginC < 0)
    .sort((a, b) => a.marginC - b.marginC);
  const listed = overLimit.slice(0, OVER_LIMIT_LISTED);
  return (
    <section
      className={isStale ? 'metrics__thermal metrics__thermal--stale' : 'metrics__thermal'}
      data-testid="metrics-thermal"
      data-stage="thermal"
      data-revision={revision ?? ''}
      data-stale={isStale ? 'true' : 'false'}
    >
      <h3 className="metrics__subhead">
        Thermal{' '}
        <span className="metrics__unit">
          {thermal.preset} mesh, {thermal.cells.toLocaleString('en')} cells
        </span>
        {isStale && <span className="metrics__stale">stale</span>}
      </h3>
      {failure}
      <dl className="metrics__totals">
        {rows.map(([label, value, cls]) => (
          <div key={label} className="metrics__total">
            <dt>{label}</dt>
            <dd className={cls ? `margin--${cls}` : undefined} data-testid={`thermal-${label}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {overLimit.length > 0 && (
        <ul className="metrics__over-limit" aria-label="Parts over their temperature limit">
          {listed.map((c) => (
            <li key={c.id} className="margin--fail" data-testid="thermal-over-limit">
              {c.name || c.id}: {fixed(c.maxC, 1)} °C, limit {fixed(c.limitC, 0)} °C (
              {signed(c.marginC, 1)} K)
            </li>
          ))}
          {overLimit.length > listed.length && (
            <li className="margin--fail" data-testid="thermal-over-limit-more">
              and {overLimit.length - listed.length} more (the inspector shows each part&apos;s
              temperature)
            </li>
          )}
        </ul>
      )}
    </section>
  );
});
