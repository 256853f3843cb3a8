/**
 * The "because" of a comparison sentence: for a row whose difference has an engine-side
 * breakdown, the part of that breakdown that differs most between the best and the worst
 * variant. Power and energy per bit: Σ link power by function (engine/power); latency: the
 * contributions of each variant's slowest link (engine/latency); serviceability: the score
 * deduction that differs most (engine/service). Other rows have no driver.
 */
import type { LinkPowerFigures } from '../resultTypes';
import type { Evaluation } from './evaluateDesign';
import type { MetricRow } from './metricRows';

const POWER_PARTS = {
  hostSerdesW: 'host SerDes',
  dspW: 'DSP and retimer',
  driverTiaW: 'driver and TIA',
  modulatorW: 'modulator',
  laserW: 'laser',
} as const satisfies Partial<Record<keyof LinkPowerFigures, string>>;

const LATENCY_PARTS = {
  serdesNs: 'SerDes',
  dspNs: 'DSP',
  fecNs: 'FEC',
  propagationNs: 'electrical propagation',
  fiberNs: 'fiber',
} as const;

/** A named share of a figure, in the figure's breakdown unit. */
type Parts = Record<string, number>;

function powerParts(e: Evaluation): Parts {
  const out: Parts = {};
  for (const [key, name] of Object.entries(POWER_PARTS)) {
    let sum = 0;
    for (const link of e.electrical.links) sum += link.power[key as keyof typeof POWER_PARTS];
    out[name] = sum;
  }
  return out;
}

function latencyParts(e: Evaluation): Parts {
  let slowest = e.electrical.links[0];
  for (const l of e.electrical.links)
    if ((l.latencyNs ?? -Infinity) > (slowest?.latencyNs ?? -Infinity)) slowest = l;
  const out: Parts = {};
  for (const [key, name] of Object.entries(LATENCY_PARTS))
    out[name] = slowest?.latency?.[key as keyof typeof LATENCY_PARTS] ?? 0;
  return out;
}

function serviceParts(e: Evaluation): Parts {
  const out: Parts = {};
  for (const d of e.service.breakdown) out[`${d.id} deduction`] = d.points;
  return out;
}

const UNIT_OF = { power: 'W', latency: 'ns', service: 'points' } as const;

/** "mostly because the DSP and retimer power of LPO is 448.0 W lower (0.0 W against 448.0 W)", or ''. */
export function rowDriver(
  row: MetricRow,
  bestName: string,
  best: Evaluation,
  worst: Evaluation,
): string {
  const kind =
    row.key === 'pjPerBit' || row.key === 'totalPowerW'
      ? 'power'
      : row.key === 'maxLatencyNs'
        ? 'latency'
        : row.key === 'serviceScore'
          ? 'service'
          : null;
  if (kind === null) return '';
  const pick = kind === 'power' ? powerParts : kind === 'latency' ? latencyParts : serviceParts;
  const a = pick(best);
  const b = pick(worst);
  let name = '';
  let diff = 0;
  for (const key of Object.keys(a)) {
    const d = (a[key] ?? 0) - (b[key] ?? 0);
    if (Math.abs(d) > Math.abs(diff)) [name, diff] = [key, d];
  }
  if (name === '' || Math.abs(diff) < 1e-9) return '';
  const unit = UNIT_OF[kind];
  const what =
    kind === 'service' ? `the ${name} of ${bestName}` : `the ${name} ${kind} of ${bestName}`;
  const digits = kind === 'service' ? 0 : 1;
  return (
    `mostly because ${what} is ${Math.abs(diff).toFixed(digits)} ${unit} ${diff < 0 ? 'lower' : 'higher'} ` +
    `(${(a[name] ?? 0).toFixed(digits)} ${unit} against ${(b[name] ?? 0).toFixed(digits)} ${unit})`
  );
}
