/**
 * A `lightpath` subcommand: one file exporting one CliCommand, registered in commands.ts.
 */
import type { CliIo } from './io';

/** Exit codes shared by every subcommand. */
export const EXIT = {
  ok: 0,
  /** A check failed (e.g. `analyze --strict` with a failing budget). */
  failed: 1,
  /** Invalid input: bad arguments, unreadable or invalid document. Message on stderr. */
  invalid: 2,
} as const;

export interface CliCommand {
  /** The word after `lightpath`, e.g. "validate". */
  readonly name: string;
  /** One line for `lightpath --help`. */
  readonly summary: string;
  /** Usage line(s), e.g. "lightpath validate <file>...". */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
