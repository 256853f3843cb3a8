/**
 * Analysis of one link from its routing: channel loss against budget, power and latency,
 * and the findings it raises. A link without a route keeps its power (the functions at its
 * ends do not depend on the path) but gets no length, loss, margin or latency.
 */
import type { Link } from '../model/schema';
import { linkChannel, linkLossPath } from './channel/linkChannel';
import { terminatingComponent } from './channel/cageContents';
import { segmentCarrierIds } from './channel/segmentCarriers';
import { SegmentLines, type SegmentLine } from './channel/segmentLines';
import type { PlacedComponent } from './geometry/layout';
import { linkLatency } from './latency/linkLatency';
import type { LaserFeeds } from './power/laserSources';
import { linkPower, type PowerEnd } from './power/linkPower';
import type { ElectricalFinding, LinkResult } from './resultTypes';
import type { LinkEnd } from './routing/linkPlan';
import type { LinkRouting } from './routing/linkRouter';

/** Per-revision context shared by every link's analysis. */
export interface LinkContext {
  readonly plugged: ReadonlyMap<string, PlacedComponent>;
  readonly lasers: LaserFeeds;
  readonly fiberMm: ReadonlyMap<string, number>;
  /** Line models of the revision's carriers (default: each medium's default line). */
  readonly lines?: SegmentLines;
}

const DEFAULT_LINES = new SegmentLines({ carriers: [], materials: [] });

/** A link's result plus the baseline inputs and findings it produced. */
export interface LinkOutcome {
  readonly result: LinkResult;
  readonly ends: PowerEnd[];
  /**
   * Host-path loss a DSP-pluggable baseline module would see, dB: the link's own loss
   * without a linear module's internal trace when it ends at a front-panel cage, else null.
   */
  readonly baselineHostLossDb: number | null;
  readonly findings: ElectricalFinding[];
}

function powerEnd(end: LinkEnd, ctx: LinkContext): PowerEnd {
  const placed = terminatingComponent(end.placed, ctx.plugged);
  if (placed === end.placed) return { placed, port: end.port };
  const port = placed.part.ports.find((p) => p.kind === 'electrical') ?? end.port;
  return { placed, port };
}

/** Analyses one routed link. */
export function analyzeLink(link: Link, routing: LinkRouting, ctx: LinkContext): LinkOutcome {
  const findings: ElectricalFinding[] = [];
  const plan = routing.plan;
  const ends = plan ? [powerEnd(plan.from, ctx), powerEnd(plan.to, ctx)] : [];
  const isLinear = ends.some(
    (e) => e.placed.part.category === 'pluggable-module' && e.placed.part.hasDsp === false,
  );
  const segments = routing.ok ? routing.segments : [];
  const lines = ctx.lines ?? DEFAULT_LINES;
  const carrierIds = segmentCarrierIds(plan, segments);
  const segmentLines: (SegmentLine | undefined)[] = segments.map((s, i) =>
    s.medium === 'vertical' ? undefined : lines.line(s.medium, carrierIds[i]),
  );
  const crossings = routing.ok ? routing.crossings : [];
  const path = linkLossPath(segments, segmentLines, crossings, isLinear, lines);
  const channel = linkChannel(link, path, isLinear);
  const power = linkPower(link, ends, ctx.lasers, routing.ok ? channel.lossDb : null);
  const fiberMm = Math.max(0, ...ends.map((e) => ctx.fiberMm.get(e.placed.component.id) ?? 0));
  const latency = routing.ok ? linkLatency(link, ends, segments, fiberMm) : null;
  if (!routing.ok)
    findings.push({
      kind: routing.kind,
      severity: 'error',
      linkId: link.id,
      message: routing.message,
    });
  if (routing.ok && channel.budgetDb === undefined) {
    const message = `link ${link.id}: no loss budget for ${link.laneRateGbps} Gb/s lanes`;
    findings.push({ kind: 'no-budget', severity: 'warning', linkId: link.id, message });
  }
  if (routing.ok && channel.marginDb !== undefined && !channel.passes) {
    const message = `link ${link.id}: loss ${channel.lossDb.toFixed(2)} dB exceeds the ${channel.budgetDb} dB ${link.serdesClass} budget by ${(-channel.marginDb).toFixed(2)} dB`;
    findings.push({ kind: 'budget-fail', severity: 'error', linkId: link.id, message });
  }
  if (routing.ok && channel.measuredRefusal !== undefined) {
    const message = `link ${link.id}: measured loss not used, the estimate stays (${channel.measuredRefusal})`;
    findings.push({ kind: 'measured-loss-refused', severity: 'warning', linkId: link.id, message });
  }
  if (power.missingLaser) {
    const message = `link ${link.id}: its optical engine has no laser and no laser source lights it`;
    findings.push({ kind: 'no-laser-source', severity: 'warning', linkId: link.id, message });
  }
  const result: LinkResult = {
    id: link.id,
    from: { componentId: link.from.componentId, port: link.from.port },
    to: { componentId: link.to.componentId, port: link.to.port },
    lanes: link.lanes,
    laneRateGbps: link.laneRateGbps,
    serdesClass: link.serdesClass,
    routed: routing.ok,
    lengthMm: routing.ok ? routing.lengthMm : null,
    segments: segments.map((s, i) => {
      const line = segmentLines[i]?.info;
      const lossDb = channel.segmentLossDb[i] ?? 0;
      return line ? { ...s, lossDb, line } : { ...s, lossDb };
    }),
    crossings: routing.ok ? routing.crossings : [],
    laneLengthsMm: routing.ok ? routing.laneLengthsMm : [],
    skewMm: routing.ok ? routing.skewMm : null,
    nyquistGhz: channel.nyquistGhz,
    lossDb: routing.ok ? channel.lossDb : null,
    lossCurve: routing.ok ? channel.curve : null,
    lossSource: routing.ok ? channel.lossSource : 'estimate',
    measuredFile:
      routing.ok && channel.lossSource === 'measured'
        ? (link.measuredLoss?.fileName ?? null)
        : null,
    budgetDb: channel.budgetDb ?? null,
    budgetKind: channel.budgetKind,
    marginDb: routing.ok ? (channel.marginDb ?? null) : null,
    passes: routing.ok && channel.passes,
    latencyNs: latency ? latency.totalNs : null,
    latency,
    powerW: power.totalW,
    pjPerBit: power.pjPerBit,
    power,
  };
  const atCage = ends.some((e) => e.placed.part.category === 'pluggable-module');
  const baselineHostLossDb =
    routing.ok && atCage ? Math.max(0, channel.lossDb - channel.modulePathLossDb) : null;
  return { result, ends, baselineHostLossDb, findings };
}
