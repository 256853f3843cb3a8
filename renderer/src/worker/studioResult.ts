/**
 * What the worker sends the studio for each revision: the system totals, the per-link
 * figures the panel shows as typed columns, and every route as flat typed arrays for the
 * viewport. Per-lane lengths, the power and latency breakdowns and the electrical findings
 * (one object per link on a big design; the studio lists the design-rule findings of the
 * evaluation worker instead, ui/findings) stay in the worker; the CLI and the report read
 * them from the engine directly. The typed arrays go in the transfer list, so they are
 * moved, not copied: a 4,096-link result costs little to post and to receive.
 */
import type { FiberBundleResult } from '../engine/latency/fiberBundles';
import type { ElectricalResult, ElectricalSummary, LinkResult } from '../engine/resultTypes';
import { CURVE_POINTS } from '../engine/channel/frequencyGrid';
import { suggestReach } from '../engine/channel/suggestReach';
import { sliceTransferables } from './heatSlices';
import type { ThermalView } from './thermalView';
import type { PowerView } from './powerView';
import type { Finding } from '../engine/rules/ruleTypes';
import type { ServiceResult } from '../engine/service/serviceTypes';

/**
 * Per-link figures of the metrics panel as columns: `ids[i]` and element i of every array
 * describe link i; NaN marks a figure that does not exist (no route, no budget).
 */
export interface LinkFigures {
  readonly ids: string[];
  /** 1 when the link has a route. */
  readonly routed: Uint8Array;
  readonly lengthMm: Float64Array;
  readonly lossDb: Float64Array;
  readonly budgetDb: Float64Array;
  readonly marginDb: Float64Array;
  readonly latencyNs: Float64Array;
  readonly powerW: Float64Array;
  /** Nyquist frequency of each link's lanes, GHz. */
  readonly nyquistGhz: Float64Array;
  /** IL(f) of link i at `curveGhz[i·CURVE_POINTS + k]`, dB: CURVE_POINTS per link, NaN without. */
  readonly curveDb: Float32Array;
  /** Each link's curve frequencies, GHz, CURVE_POINTS per link (the grid follows its Nyquist). */
  readonly curveGhz: Float32Array;
  /** 1 when the link's loss is an imported measurement (LinkResult.lossSource 'measured'). */
  readonly measured: Uint8Array;
  /** File name of the measurement in use, or null. */
  readonly measuredFile: (string | null)[];
  /** Lowest reach class holding the loss with 3 dB to spare (engine/channel/suggestReach). */
  readonly suggestedReach: (string | null)[];
}

/** Points per link in LinkFigures.curveDb and curveGhz. */
export const FIGURE_CURVE_POINTS = CURVE_POINTS;

/** The numeric columns of LinkFigures, in table order. */
export const FIGURE_COLUMNS = [
  'lengthMm',
  'lossDb',
  'budgetDb',
  'marginDb',
  'latencyNs',
  'powerW',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** Every straight piece of every route: model mm, two xyz points (6 floats) per piece. */
export interface TracePaths {
  readonly points: Float32Array;
  /** Index into `links` of the link each piece belongs to. */
  readonly linkOfPiece: Uint32Array;
}

/** The electrical figures the studio shows. */
export interface ElectricalFigures {
  readonly summary: ElectricalSummary;
  readonly links: LinkFigures;
  /** Fiber and bundle lengths and skews. */
  readonly fibers: FiberBundleResult;
}

/** The electrical part of a studio analysis. */
export interface ElectricalPart {
  readonly electrical: ElectricalFigures;
  readonly traces: TracePaths;
}

/** The analysis of a revision as the studio holds it (parts merged as they arrive). */
export interface StudioAnalysis {
  readonly electrical?: ElectricalFigures;
  readonly traces?: TracePaths;
  /**
   * The latest good thermal solve (a failed one posts only `thermalError`, so the last good
   * field stays, with the revision it was solved for); null in results from before.
   */
  readonly thermal?: ThermalView | null;
  readonly thermalError?: string;
  /** The coupled power ⇄ thermal result and the optical budgets. */
  readonly power?: PowerView;
  /** Serviceability and the design rules' findings of the revision. */
  readonly findings?: {
    readonly service: ServiceResult;
    readonly findings: readonly Finding[];
  };
}

/** The links' figures as columns. */
export function linkFigures(links: readonly LinkResult[]): LinkFigures {
  const column = (pick: (l: LinkResult) => number | null) =>
    Float64Array.from(links, (l) => pick(l) ?? Number.NaN);
  return {
    ids: links.map((l) => l.id),
    routed: Uint8Array.from(links, (l) => (l.routed ? 1 : 0)),
    lengthMm: column((l) => l.lengthMm),
    lossDb: column((l) => l.lossDb),
    budgetDb: column((l) => l.budgetDb),
    marginDb: column((l) => l.marginDb),
    latencyNs: column((l) => l.latencyNs),
    powerW: column((l) => l.powerW),
    nyquistGhz: column((l) => l.nyquistGhz),
    ...curves(links),
    measured: Uint8Array.from(links, (l) => (l.lossSource === 'measured' ? 1 : 0)),
    measuredFile: links.map((l) => l.measuredFile),
    suggestedReach: links.map((l) =>
      l.lossDb === null ? null : (suggestReach(l.lossDb, l.laneRateGbps)?.reach ?? null),
    ),
  };
}

/** Every link's loss curve, CURVE_POINTS floats per link (NaN where a link has none). */
function curves(links: readonly LinkResult[]): { curveDb: Float32Array; curveGhz: Float32Array } {
  const curveDb = new Float32Array(links.length * CURVE_POINTS).fill(Number.NaN);
  const curveGhz = new Float32Array(links.length * CURVE_POINTS).fill(Number.NaN);
  links.forEach((l, i) => {
    const c = l.lossCurve;
    if (!c) return;
    for (let k = 0; k < Math.min(CURVE_POINTS, c.fGhz.length); k++) {
      curveGhz[i * CURVE_POINTS + k] = c.fGhz[k]!;
      curveDb[i * CURVE_POINTS + k] = c.lossDb[k]!;
    }
  });
  return { curveDb, curveGhz };
}

/** Flattens the routes of `links` into pieces. */
export function tracePaths(links: readonly LinkResult[]): TracePaths {
  let pieces = 0;
  for (const link of links)
    for (const s of link.segments) pieces += Math.max(0, s.points.length - 1);
  const points = new Float32Array(pieces * 6);
  const linkOfPiece = new Uint32Array(pieces);
  let p = 0;
  links.forEach((link, index) => {
    for (const s of link.segments) {
      for (let k = 0; k + 1 < s.points.length; k++) {
        const a = s.points[k]!;
        const b = s.points[k + 1]!;
        points.set([a.x, a.y, a.z, b.x, b.y, b.z], p * 6);
        linkOfPiece[p] = index;
        p += 1;
      }
    }
  });
  return { points, linkOfPiece };
}

/** The studio's view of an electrical result. */
export function toStudioAnalysis(result: ElectricalResult): ElectricalPart {
  return {
    electrical: {
      summary: result.summary,
      links: linkFigures(result.links),
      fibers: result.fibers,
    },
    traces: tracePaths(result.links),
  };
}

/** The buffers to transfer (not copy) when posting `analysis`. */
export function transferablesOf(analysis: StudioAnalysis): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [];
  if (analysis.traces) arrays.push(analysis.traces.points, analysis.traces.linkOfPiece);
  const links = analysis.electrical?.links;
  if (links)
    arrays.push(
      links.routed,
      ...FIGURE_COLUMNS.map((c) => links[c]),
      links.nyquistGhz,
      links.curveDb,
      links.curveGhz,
      links.measured,
    );
  return [
    ...arrays.map((a) => a.buffer as ArrayBuffer),
    ...sliceTransferables(analysis.thermal?.slices ?? []),
  ];
}
