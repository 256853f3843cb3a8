/**
 * Checks across template parameters that one field's schema cannot make: the capacity must be
 * a whole number of ports spread evenly over the four xPU edges, the engines must carry whole
 * ports at the lane rate, the front panel and the laser sources must have room. Each issue
 * names the field, its value and what would be allowed.
 */
import { defaultPartLibrary } from '../partLibrary';
import type { Architecture, CarrierKind } from '../schema';
import { payloadGbps } from './laneRates';
import { layoutProblem } from './layoutChecks';
import type { TemplateParams } from './templateParams';

/** One refused parameter: where (e.g. ["lanesPerPort"]) and why. */
export interface ParamIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Carrier kinds the xPU may sit on, per architecture (the first is the default). */
export const CARRIER_KINDS: Readonly<Record<Architecture, readonly CarrierKind[]>> = {
  'dsp-pluggable': ['pcb', 'substrate'],
  lpo: ['pcb', 'substrate'],
  npo: ['pcb', 'substrate'],
  'cpo-a': ['substrate'],
  'cpo-b': ['interposer-2.5d'],
  'cpo-c': ['interposer-3d'],
};

/** Most front-panel ports: 16 columns of 4 stacked cages. */
export const MAX_PANEL_PORTS = 64;
/** Modulator lanes one external laser source feeds: 16 laser lanes, each split 1:2. */
export const LASER_LANES_FED = 32;

const isWhole = (v: number) => Math.abs(v - Math.round(v)) < 1e-9;

/** Lanes of the engine's host port (own engines: the I/O shared among `count`). */
export function engineHostLanes(params: TemplateParams, totalLanes: number): number | undefined {
  const engine = params.opticalEngine;
  if (engine.kind === 'own')
    return isWhole(totalLanes / engine.count) ? totalLanes / engine.count : undefined;
  return defaultPartLibrary()
    .get(engine.partId)
    ?.ports.find((p) => p.id === 'host')?.lanes;
}

function engineIssues(params: TemplateParams, totalLanes: number): ParamIssue[] {
  const engine = params.opticalEngine;
  const path = ['opticalEngine', engine.kind === 'own' ? 'count' : 'partId'];
  if (engine.kind === 'library') {
    const host = defaultPartLibrary()
      .get(engine.partId)
      ?.ports.find((p) => p.id === 'host');
    if (host && host.laneRateGbps !== params.laneRateGbps)
      return [
        {
          path,
          message: `${engine.partId} runs ${host.laneRateGbps} Gb/s lanes, not ${params.laneRateGbps}`,
        },
      ];
  }
  const lanes = engineHostLanes(params, totalLanes);
  if (lanes === undefined)
    return [{ path, message: `${totalLanes} lanes do not split evenly over the engines` }];
  if (lanes % params.lanesPerPort !== 0)
    return [
      {
        path,
        message: `an engine of ${lanes} lanes does not carry whole ${params.lanesPerPort}-lane ports`,
      },
    ];
  if (lanes > LASER_LANES_FED)
    return [
      {
        path,
        message: `an engine of ${lanes} lanes needs more light than one laser source gives (${LASER_LANES_FED} lanes)`,
      },
    ];
  const engines = totalLanes / lanes;
  if (engines % 4 !== 0)
    return [
      {
        path,
        message: `${engines} engines do not split over the four xPU edges (a multiple of 4)`,
      },
    ];
  const problem = layoutProblem(params, engines, Math.max(1, Math.floor(LASER_LANES_FED / lanes)));
  return problem === undefined ? [] : [{ path, message: problem }];
}

/** Every cross-field problem of `params` (empty when the generator can lay it out). */
export function checkTemplateParams(params: TemplateParams): ParamIssue[] {
  const issues: ParamIssue[] = [];
  const carrier = params.carrierKind;
  const allowed = CARRIER_KINDS[params.architecture];
  if (carrier !== undefined && !allowed.includes(carrier))
    issues.push({
      path: ['carrierKind'],
      message: `${params.architecture} puts the xPU on ${allowed.join(' or ')}, not ${carrier}`,
    });
  const totalLanes = (params.capacityTbps * 1000) / payloadGbps(params.laneRateGbps);
  if (!isWhole(totalLanes)) {
    issues.push({
      path: ['capacityTbps'],
      message: `${params.capacityTbps} Tb/s is not a whole number of ${payloadGbps(params.laneRateGbps)}G lanes`,
    });
    return issues;
  }
  const ports = Math.round(totalLanes) / params.lanesPerPort;
  if (!isWhole(ports) || ports % 4 !== 0) {
    issues.push({
      path: ['lanesPerPort'],
      message: `${Math.round(totalLanes)} lanes in ${params.lanesPerPort}-lane ports do not make a multiple of 4 ports (one set per xPU edge)`,
    });
    return issues;
  }
  const isPluggable = params.architecture === 'dsp-pluggable' || params.architecture === 'lpo';
  if (isPluggable && ports > MAX_PANEL_PORTS)
    issues.push({
      path: ['lanesPerPort'],
      message: `${ports} ports exceed the front panel's ${MAX_PANEL_PORTS} cages`,
    });
  if (!isPluggable) issues.push(...engineIssues(params, Math.round(totalLanes)));
  return issues;
}
