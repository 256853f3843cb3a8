/**
 * Coupled pipeline benchmark (issue 13, item 8): the one staged analysis per revision
 * (engine/pipeline/designJob.ts) on every shipped example and the stress design, run as the
 * studio's worker runs it (thermal preset "auto", couplings when the design has them).
 * Loaded by pipeline.mjs through Vite's module runner; timings never live in tests.
 *
 * Method: each design is loaded with the bundled library; one untimed run warms the JIT,
 * then `runs` runs are timed. Each run steps the job to the end; the clock is read whenever a
 * stage is posted, so electrical = start → `electrical` post, coupled = `electrical` →
 * `power` post (every power ⇄ thermal round, its thermal solves and power evaluations),
 * findings = `power` → `findings` post (serviceability and the rules). Thermal solves and
 * rounds come from the coupled result; they are the same on every run (deterministic).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createDesignJob } from '../../renderer/src/engine/pipeline/designJob';
import { loadDocument } from '../../renderer/src/model/load';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import { resolveThermalPreset, wantsCouplings } from '../../renderer/src/worker/thermalPreset';

const DIR = 'assets/examples';

/** Times of one run, ms. */
interface RunTimes {
  readonly electricalMs: number;
  readonly coupledMs: number;
  readonly findingsMs: number;
  readonly totalMs: number;
}

/** Figures of one design. */
export interface PipelineFigures {
  readonly file: string;
  readonly components: number;
  readonly preset: string;
  readonly runs: readonly RunTimes[];
  readonly thermalSolves: number;
  readonly rounds: number;
  readonly converged: boolean;
  readonly finalChangeW: number;
}

function runOnce(
  doc: Parameters<typeof createDesignJob>[0],
  preset: ReturnType<typeof resolveThermalPreset>,
) {
  const library = defaultPartLibrary();
  const job = createDesignJob(doc, library, {
    thermal: { preset, couplings: wantsCouplings(doc) },
  });
  const t0 = performance.now();
  const at: Record<string, number> = {};
  while (!job.isDone) {
    job.step();
    for (const post of job.takeStages()) at[post.stage] ??= performance.now() - t0;
  }
  for (const post of job.takeStages()) at[post.stage] ??= performance.now() - t0;
  const total = performance.now() - t0;
  const e = at.electrical ?? 0;
  const p = at.power ?? e;
  const times: RunTimes = {
    electricalMs: e,
    coupledMs: p - e,
    findingsMs: (at.findings ?? total) - p,
    totalMs: total,
  };
  return { times, result: job.result };
}

/** Runs the pipeline on every example (`only`: file names to keep). */
export function runPipelineBench(runs: number, only?: readonly string[]): PipelineFigures[] {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.lightpath.json'))
    .filter((f) => !only || only.includes(f))
    .sort();
  const out: PipelineFigures[] = [];
  for (const file of files) {
    const loaded = loadDocument(file, readFileSync(`${DIR}/${file}`, 'utf8'), {
      library: defaultPartLibrary(),
    });
    if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message}`);
    const doc = loaded.doc;
    const preset = resolveThermalPreset('auto', doc);
    runOnce(doc, preset);
    const timed = Array.from({ length: runs }, () => runOnce(doc, preset));
    const c = timed[0]!.result.coupled;
    out.push({
      file,
      components: doc.components.length,
      preset,
      runs: timed.map((t) => t.times),
      thermalSolves: c.thermalSolves,
      rounds: c.rounds.length,
      converged: c.converged,
      finalChangeW: c.finalChangeW,
    });
  }
  return out;
}
