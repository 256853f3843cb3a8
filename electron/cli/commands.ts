/**
 * The subcommand table. Adding a subcommand = one file exporting a CliCommand plus one line
 * here (e.g. `analyzeCommand` from './analyze').
 */
import { analyzeCommand } from './analyze';
import { applyCommand } from './apply';
import type { CliCommand } from './command';
import { compareCommand } from './compare';
import { reportCommand } from './report';
import { schemaCommand } from './schema';
import { sweepCommand } from './sweep';
import { validateCommand } from './validate';

export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  schemaCommand,
  analyzeCommand,
  reportCommand,
  compareCommand,
  sweepCommand,
  applyCommand,
];
