/**
 * `lightpath sweep <file> --param <name> --from <v> --to <v> --steps <n> [--csv | --json]
 * [--jobs N] [--thermal coarse|normal|fine|off]`: varies one parameter (engine/sweep) and
 * evaluates every step as `analyze` does, in N worker threads (default: cores, at most 4).
 * Exit 0; 1 when a step could not be evaluated; 2 for invalid input.
 */
import { availableParallelism } from 'node:os';
import {
  runSweep,
  sweep,
  type SweepRow,
  type SweepSpec,
} from '../../renderer/src/engine/sweep/sweep';
import { sweepCsv } from '../../renderer/src/engine/sweep/sweepCsv';
import {
  isSweepParamName,
  SWEEP_PARAM_NAMES,
  SweepParamError,
} from '../../renderer/src/engine/sweep/sweepParams';
import type { MeshPreset } from '../../renderer/src/engine/thermal/types';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import type { PartLibrary } from '../../renderer/src/model/partSchema';
import type { Design } from '../../renderer/src/model/schema';
import { poolSizeFor } from '../../renderer/src/engine/sweep/sweepPool';
import { finiteNumber, parseFlags } from './cliFlags';
import { EXIT, type CliCommand } from './command';
import { printDocumentErrors, readDesign } from './readDesign';
import { parseThermal } from './thermalFlag';
import { sweepJson, sweepTable } from './sweepOutput';
import { canUseThreads, createThreadPool } from './sweepPool';

const VALUE_OPTIONS = ['--param', '--from', '--to', '--steps', '--jobs', '--thermal'];

export const sweepCommand: CliCommand = {
  name: 'sweep',
  summary: 'vary one parameter over a range and evaluate every step (table, CSV or JSON)',
  usage:
    'lightpath sweep <file.lightpath.json> --param <name> --from <v> --to <v> --steps <n> ' +
    '[--csv | --json] [--jobs N] [--thermal coarse|normal|fine|off]\n' +
    `parameters: ${SWEEP_PARAM_NAMES.join(', ')}`,
  async run(args, io) {
    const flags = parseFlags(args, VALUE_OPTIONS, ['--csv', '--json']);
    const fail = (message: string) => {
      io.stderr(`${message}\nusage: ${this.usage}\n`);
      return EXIT.invalid;
    };
    if (flags.error) return fail(flags.error);
    if (flags.positional.length !== 1) return fail('expected one design file');
    const param = flags.values.get('--param') ?? '';
    if (!isSweepParamName(param)) return fail(`unknown or missing --param "${param}"`);
    const from = finiteNumber(flags.values.get('--from'));
    const to = finiteNumber(flags.values.get('--to'));
    const steps = finiteNumber(flags.values.get('--steps'));
    if (from === null || to === null || steps === null)
      return fail('--from, --to and --steps take numbers');
    const jobsText = flags.values.get('--jobs');
    const jobs =
      jobsText === undefined ? poolSizeFor(availableParallelism()) : finiteNumber(jobsText);
    if (jobs === null || !Number.isInteger(jobs) || jobs < 1 || jobs > 64)
      return fail('--jobs takes a whole number from 1 to 64');
    const thermal = parseThermal(flags.values.get('--thermal'));
    if (thermal === undefined) return fail('--thermal takes coarse, normal, fine or off');
    if (flags.switches.has('--csv') && flags.switches.has('--json'))
      return fail('--csv and --json exclude each other');
    const file = flags.positional[0] as string;
    const loaded = await readDesign(file, io);
    if (!loaded.ok) {
      printDocumentErrors(loaded, io);
      return EXIT.invalid;
    }
    const library = defaultPartLibrary();
    const spec: SweepSpec = { param, from, to, steps };
    try {
      sweep(loaded.doc, library, spec);
    } catch (cause) {
      if (cause instanceof SweepParamError) return fail(cause.message);
      throw cause;
    }
    let rows: SweepRow[];
    try {
      rows = await evaluate(loaded.doc, library, spec, thermal, jobs);
    } catch (cause) {
      io.stderr(`error: ${cause instanceof Error ? cause.message : String(cause)}\n`);
      return EXIT.failed;
    }
    if (flags.switches.has('--csv')) io.stdout(sweepCsv(param, rows));
    else if (flags.switches.has('--json'))
      io.stdout(`${JSON.stringify(sweepJson(file, spec, thermal ?? 'off', rows), null, 2)}\n`);
    else io.stdout(sweepTable(file, spec, rows));
    return EXIT.ok;
  },
};

/** Evaluates the steps in `jobs` worker threads, or in this thread (1 job, or from sources). */
async function evaluate(
  doc: Design,
  library: PartLibrary,
  spec: SweepSpec,
  thermalPreset: MeshPreset['name'] | null,
  jobs: number,
): Promise<SweepRow[]> {
  if (jobs === 1 || spec.steps === 1 || !canUseThreads())
    return runSweep(doc, library, spec, { thermalPreset });
  const pool = createThreadPool(jobs);
  try {
    return await pool.run({ doc, parts: [...library.values()], spec, thermalPreset });
  } finally {
    pool.terminate();
  }
}
