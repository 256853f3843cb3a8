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
import { lanePitchMm } from '../model/data/lanePitch';
import type { Design } from '../model/schema';
import type { PartLibrary } from '../model/partSchema';
import { modulesInCages } from './channel/cageContents';
import { buildLayout } from './geometry/layout';
import { fiberLengthsMm } from './latency/fiberLengths';
import { analyzeLink, type LinkContext } from './linkAnalysis';
import { baselineLinkPowerW } from './power/baseline';
import { laserFeeds } from './power/laserSources';
import type { ElectricalFinding, ElectricalResult, LinkResult } from './resultTypes';
import { LinkRouter } from './routing/linkRouter';
import type { RouteCacheState } from './routing/routeCache';
import { summarize } from './summary';

export type * from './resultTypes';

/** Links analysed per step: a few milliseconds of work on the stress design. */
const LINKS_PER_STEP = 512;

/** Routes kept behind each result, for the next revision's incremental update. */
const routeCaches = new WeakMap<ElectricalResult, RouteCacheState>();

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

/** Starts a stepwise electrical analysis of a design. */
export function createElectricalJob(
  doc: Design,
  library: PartLibrary,
  options: Pick<ElectricalOptions, 'previous'> = {},
): ElectricalJob {
  const total = doc.links.length;
  const links: LinkResult[] = [];
  const findings: ElectricalFinding[] = [];
  let router: LinkRouter | undefined;
  let ctx: LinkContext | undefined;
  let baselineW = 0;
  let next = 0;
  let result: ElectricalResult | undefined;
  const previous = options.previous ? routeCaches.get(options.previous) : undefined;
  return {
    step() {
      if (result) return;
      if (!router || !ctx) {
        const layout = buildLayout(doc, library);
        router = new LinkRouter(doc, layout, lanePitchMm, previous);
        ctx = {
          plugged: modulesInCages(layout),
          lasers: laserFeeds(doc, layout),
          fiberMm: fiberLengthsMm(doc),
        };
        return;
      }
      const end = Math.min(total, next + LINKS_PER_STEP);
      for (; next < end; next++) {
        const link = doc.links[next];
        if (!link) continue;
        const outcome = analyzeLink(link, router.route(link), ctx);
        links.push(outcome.result);
        findings.push(...outcome.findings);
        baselineW += baselineLinkPowerW(link, outcome.ends, outcome.result.powerW);
      }
      if (next >= total) {
        result = { links, summary: summarize(doc.meta.architecture, links, baselineW), findings };
        routeCaches.set(result, router.cacheState());
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
  library: PartLibrary,
  options: ElectricalOptions = {},
): ElectricalResult {
  const job = createElectricalJob(doc, library, options);
  while (!job.isDone) {
    if (options.shouldCancel?.()) throw new AnalysisCancelledError('electrical analysis cancelled');
    job.step();
    options.onProgress?.(job.progress);
  }
  return job.result;
}
