/** Runs `runCli` with in-memory streams and the real file system (or given files). */
import { readFile } from 'node:fs/promises';
import { runCli } from '../../../electron/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI on `argv`; `files` (path → text) are served before the disk is read. */
export async function runCliCaptured(
  argv: string[],
  files: Record<string, string> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => files[path] ?? readFile(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

/** A valid design with bundled parts. */
export const VALID_FIXTURE = 'tests/fixtures/v3/npo-bundled-parts.lightpath.json';
