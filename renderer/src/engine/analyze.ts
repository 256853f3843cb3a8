/**
 * The electrical analysis of a design revision: routing and trace lengths, channel loss
 * against budget, power and energy per bit, latency (docs/MODELS.md).
 *
 * It runs as a stepwise job (STYLE.md §5): the first step builds the layout and obstacle
 * indices, each later step analyses a batch of links, the last sums up. The worker steps it
 * in slices; `analyzeElectrical` steps it to the end, reporting progress and stopping when
 * asked. Passing the previous revision's result lets the router reuse every route whose
 * surroundings did not change; the result is the same as without it.
 */
import { designParts } from '../model/designParts';
import { lanePitchMm } from '../model/data/lanePitch';
import type { Design, Link } from '../model/schema';
import type { PartLibrary } from '../model/partSchema';
import { modulesInCages } from './channel/cageContents';
import { SegmentLines } from './channel/segmentLines';
import { buildLayout } from './geometry/layout';
import { fiberBundles, type FiberBundleResult } from './latency/fiberBundles';
import { fiberLengthsMm } from './latency/fiberLengths';
import { contextKey } from './contextKey';
import { analyzeLink, type LinkContext, type LinkOutcome } from './linkAnalysis';
import { baselineLinkPowerW } from './power/baseline';
import { laserFeeds } from './power/laserSources';
import type { ElectricalFinding, ElectricalResult, LinkResult } from './resultTypes';
import { LinkRouter, type LinkRouting } from './routing/linkRouter';
import type { RouteCacheState } from './routing/routeCache';
import { summarize } from './summary';

export type * from './resultTypes';

/** Links analysed per step: a few milliseconds of work on the stress design. */
const LINKS_PER_STEP = 512;

/** A link's figures as kept for the next revision, with the routing they were computed from. */
interface KeptOutcome {
  readonly routing: LinkRouting;
  readonly outcome: LinkOutcome;
  readonly baselineW: number;
}

/** What a result leaves for the next revision's incremental update. */
interface ElectricalState {
  readonly library: PartLibrary;
  readonly route: RouteCacheState;
  readonly contextKey: string;
  readonly outcomes: ReadonlyMap<string, KeptOutcome>;
}

/** State kept behind each result (the result itself stays plain, cloneable data). */
const states = new WeakMap<ElectricalResult, ElectricalState>();

/** Thrown by `analyzeElectrical` when `shouldCancel` returns true. */
export class AnalysisCancelledError extends Error {
  override readonly name = 'AnalysisCancelledError';
}

/** A stepwise electrical analysis (the worker's AnalysisJob shape). */
export interface ElectricalJob {
  step(): void;
  readonly isDone: boolean;
  readonly progress: number;
  readonly result: ElectricalResult;
}

/** Options of an electrical analysis. */
export interface ElectricalOptions {
  /** The result of the previous revision of the same design: enables route reuse. */
  readonly previous?: ElectricalResult;
  /** Called with the fraction done (0–1), rising, after every step. */
  readonly onProgress?: (fraction: number) => void;
  /** Polled between steps; returning true abandons the analysis. */
  readonly shouldCancel?: () => boolean;
}

function figures(link: Link, routing: LinkRouting, ctx: LinkContext): KeptOutcome {
  const outcome = analyzeLink(link, routing, ctx);
  return {
    routing,
    outcome,
    baselineW: baselineLinkPowerW(
      link,
      outcome.ends,
      outcome.result.powerW,
      outcome.baselineHostLossDb,
    ),
  };
}

/** Starts a stepwise electrical analysis of a design. */
export function createElectricalJob(
  doc: Design,
  partLibrary: PartLibrary,
  options: Pick<ElectricalOptions, 'previous'> = {},
): ElectricalJob {
  const library = designParts(doc, partLibrary);
  const total = doc.links.length;
  const links: LinkResult[] = [];
  const findings: ElectricalFinding[] = [];
  let router: LinkRouter | undefined;
  let fibers: FiberBundleResult | undefined;
  let ctx: LinkContext | undefined;
  let baselineW = 0;
  let next = 0;
  let result: ElectricalResult | undefined;
  const kept = options.previous ? states.get(options.previous) : undefined;
  const previous = kept?.library === library ? kept : undefined;
  const ctxKey = contextKey(doc, library);
  const reuseFigures = previous?.contextKey === ctxKey;
  const outcomes = new Map<string, KeptOutcome>();
  return {
    step() {
      if (result) return;
      if (!router || !ctx) {
        const layout = buildLayout(doc, library, previous?.route.layout);
        router = new LinkRouter(doc, layout, lanePitchMm, previous?.route);
        ctx = {
          plugged: modulesInCages(layout),
          lasers: laserFeeds(doc, layout),
          fiberMm: fiberLengthsMm(doc, layout),
          lines: new SegmentLines(doc),
        };
        fibers = fiberBundles(doc, layout);
        return;
      }
      const end = Math.min(total, next + LINKS_PER_STEP);
      for (; next < end; next++) {
        const link = doc.links[next];
        if (!link) continue;
        const routing = router.route(link);
        const before = reuseFigures ? previous?.outcomes.get(link.id) : undefined;
        const entry = before?.routing === routing ? before : figures(link, routing, ctx);
        outcomes.set(link.id, entry);
        links.push(entry.outcome.result);
        if (entry.outcome.findings.length > 0) findings.push(...entry.outcome.findings);
        baselineW += entry.baselineW;
      }
      if (next >= total) {
        result = {
          links,
          summary: summarize(doc.meta.architecture, links, baselineW),
          findings,
          fibers: fibers ?? { fibers: [], bundles: [], psPerMm: 0 },
        };
        states.set(result, { library, route: router.cacheState(), contextKey: ctxKey, outcomes });
      }
    },
    get isDone() {
      return result !== undefined;
    },
    get progress() {
      if (result) return 1;
      return router ? 0.05 + (0.95 * next) / Math.max(1, total) : 0;
    },
    get result() {
      if (!result) throw new Error('electrical analysis read before it finished');
      return result;
    },
  };
}

/** Runs the electrical analysis to the end (throws AnalysisCancelledError when cancelled). */
export function analyzeElectrical(
  doc: Design,
  partLibrary: PartLibrary,
  options: ElectricalOptions = {},
): ElectricalResult {
  const library = designParts(doc, partLibrary);
  const job = createElectricalJob(doc, library, options);
  while (!job.isDone) {
    if (options.shouldCancel?.()) throw new AnalysisCancelledError('electrical analysis cancelled');
    job.step();
    options.onProgress?.(job.progress);
  }
  return job.result;
}
