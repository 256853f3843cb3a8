/**
 * Test driver for the analysis handler: a manual event loop (tasks run only when the test
 * says so), a clock that each job step advances, and a record of everything posted.
 */
import type { Design } from '../../../renderer/src/model/schema';
import type { AnalysisJob } from '../../../renderer/src/worker/analysisJob';
import { createAnalysisHandler } from '../../../renderer/src/worker/analysisHandler';
import type { AnalysisResponse } from '../../../renderer/src/worker/protocol';

/** Span of one link: Manhattan distance between the centres of its two components, mm. */
export interface LinkSpan {
  readonly id: string;
  readonly spanMm: number;
}

/** A real, small analysis: one link's centre-to-centre Manhattan span per step. */
export function linkSpanJob(
  doc: Design,
  clock: { ms: number },
  msPerStep: number,
): AnalysisJob<LinkSpan[]> & { steps: number } {
  const byId = new Map(doc.components.map((c) => [c.id, c.positionMm]));
  const spans: LinkSpan[] = [];
  const job = {
    steps: 0,
    step() {
      const link = doc.links[spans.length];
      if (!link) return;
      const a = byId.get(link.from.componentId);
      const b = byId.get(link.to.componentId);
      if (!a || !b) throw new Error(`link ${link.id} names a missing component`);
      spans.push({ id: link.id, spanMm: Math.abs(a.x - b.x) + Math.abs(a.y - b.y) });
      job.steps += 1;
      clock.ms += msPerStep;
    },
    get isDone() {
      return spans.length === doc.links.length;
    },
    get progress() {
      return doc.links.length === 0 ? 1 : spans.length / doc.links.length;
    },
    get result() {
      return spans;
    },
  };
  return job;
}

/** A design with `linkCount` links fanning out from one switch at (0,0) to parts at (10·i, 5). */
export function fanOutDesign(linkCount: number): Design {
  const ends = Array.from({ length: linkCount }, (_, i) => ({
    id: `oe${i}`,
    partId: 'oe-800g',
    name: `OE${i}`,
    positionMm: { x: 10 * (i + 1), y: 5 },
    rotationDeg: 0,
    mount: { carrierId: 'pcb', side: 'top' as const },
  }));
  return {
    format: 'lightpath-studio/design',
    formatVersion: 3,
    materials: [],
    parts: [],
    appVersion: '0.1.0',
    units: { length: 'mm', angle: 'deg', temperature: 'C' },
    meta: {
      name: 'fan-out',
      variant: '',
      architecture: 'npo',
      system: '',
      author: '',
      description: '',
    },
    carriers: [
      {
        id: 'pcb',
        name: 'board',
        kind: 'pcb',
        originMm: { x: -20, y: -20 },
        widthMm: 400,
        depthMm: 100,
        standoffMm: 0,
        layers: [
          {
            name: 'core',
            material: 'fr4',
            thicknessMm: 1.6,
            kInPlaneWmK: 0.8,
            kThroughPlaneWmK: 0.3,
          },
        ],
      },
    ],
    components: [
      {
        id: 'sw',
        partId: 'switch-51t2',
        name: 'U1',
        positionMm: { x: 0, y: 0 },
        rotationDeg: 0,
        mount: { carrierId: 'pcb', side: 'top' },
      },
      ...ends,
    ],
    links: ends.map((e, i) => ({
      id: `l${i}`,
      from: { componentId: 'sw', port: `eth${i}` },
      to: { componentId: e.id, port: 'host' },
      lanes: 8,
      laneRateGbps: 106.25,
      modulation: 'PAM4' as const,
      serdesClass: 'XSR' as const,
    })),
    fibers: [],
    keepOuts: [],
    cooling: {
      ambientC: 35,
      exposed: { topHtcWm2K: 10, bottomHtcWm2K: 10, sidesHtcWm2K: 10 },
      boundaries: [],
    },
    comments: [],
    scenarios: [],
  };
}

/** Handler plus its manual event loop. */
export function createHarness(msPerStep = 3, sliceMs = 8, progressIntervalMs = 0) {
  const clock = { ms: 0 };
  const tasks: (() => void)[] = [];
  const posted: AnalysisResponse<LinkSpan[]>[] = [];
  const jobs: ReturnType<typeof linkSpanJob>[] = [];
  const handler = createAnalysisHandler<LinkSpan[]>({
    startJob: (doc) => {
      const job = linkSpanJob(doc, clock, msPerStep);
      jobs.push(job);
      return job;
    },
    post: (m) => posted.push(m),
    schedule: (t) => tasks.push(t),
    now: () => clock.ms,
    sliceMs,
    progressIntervalMs,
  });
  return {
    handler,
    posted,
    jobs,
    /** Runs the next queued slice; false when none is queued. */
    runOneSlice(): boolean {
      const task = tasks.shift();
      task?.();
      return task !== undefined;
    },
    /** Runs slices until nothing is queued. */
    drain(): void {
      while (tasks.length > 0) tasks.shift()?.();
    },
    results: () => posted.filter((m) => m.type === 'result'),
  };
}
