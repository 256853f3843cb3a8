/**
 * Entry of the `lightpath` command-line tool (built to out/cli/lightpath.mjs by
 * vite.cli.config.ts, started by electron/cli/lightpath.mjs). `runCli` is pure apart from
 * its `io`, so tests call it directly.
 */
import { APP_VERSION } from '../../renderer/src/model/appVersion';
import { EXIT, type CliCommand } from './command';
import { COMMANDS } from './commands';
import type { CliIo } from './io';

export { nodeIo } from './io';
export type { CliIo } from './io';

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `lightpath ${APP_VERSION}: command-line tool of Lightpath Studio`,
    '',
    'usage: lightpath <command> [arguments]',
    '',
    'commands:',
    ...lines,
    '',
    'options: --help (this text, or `lightpath <command> --help`), --version',
    'exit codes: 0 success, 1 a check failed, 2 invalid input (message on stderr)',
    '',
  ].join('\n');
}

/** Runs the CLI with `argv` (arguments after the program name); resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? io.stderr : io.stdout)(helpText(commands));
    return first === undefined ? EXIT.invalid : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (command === undefined) {
    io.stderr(`lightpath: unknown command "${first}"\n\n${helpText(commands)}`);
    return EXIT.invalid;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\nusage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (cause) {
    const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
    io.stderr(`lightpath ${command.name}: internal error: ${detail}\n`);
    return EXIT.invalid;
  }
}
