/**
 * `lightpath apply <design> <commands.json> [-o out]`: replays a JSON array of document
 * commands (`[{ "name": "movePart", "params": { … } }, …]`, the form `commandFromJson`
 * reads) on a design, in order, exactly as the studio's history would run them. The result
 * goes through the full load pipeline (schema and semantic checks) before it is written in
 * the canonical serialisation to `-o` (or stdout). Nothing is written when a command is
 * refused (exit 2, naming the command's index, its name and the CommandError's text) or
 * the result is invalid (exit 2, its errors).
 */
import { writeFile } from 'node:fs/promises';
import {
  parseCommandList,
  replayCommands,
  type CommandEntry,
} from '../../renderer/src/model/commands/replay';
import { loadDocument } from '../../renderer/src/model/load';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import { serializeDesign } from '../../renderer/src/model/serialize';
import { EXIT, type CliCommand } from './command';
import type { CliIo } from './io';
import { printDocumentErrors, readDesign } from './readDesign';

interface ApplyArgs {
  readonly design: string;
  readonly commands: string;
  readonly out?: string;
}

/** Parses the arguments; a string is the error message. */
export function parseApplyArgs(args: readonly string[]): ApplyArgs | string {
  const files: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-o' || arg === '--out') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) return `${arg} needs a file name`;
      out = value;
      i++;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 2) return 'expected a design file and a commands file';
  return { design: files[0] as string, commands: files[1] as string, ...(out ? { out } : {}) };
}

/** Reads the commands file: a JSON array of `{ name, params }`; a string is the error. */
async function readCommands(path: string, io: CliIo): Promise<CommandEntry[] | string> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (cause) {
    return `${path}: cannot read the commands file (${cause instanceof Error ? cause.message : String(cause)})`;
  }
  return parseCommandList(path, text);
}

export const applyCommand: CliCommand = {
  name: 'apply',
  summary: 'replay a JSON list of commands on a design and write the result',
  usage: 'lightpath apply <design.lightpath.json> <commands.json> [-o <out.lightpath.json>]',
  async run(args, io) {
    const parsed = parseApplyArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`lightpath apply: ${parsed}\nusage: ${this.usage}\n`);
      return EXIT.invalid;
    }
    const loaded = await readDesign(parsed.design, io);
    if (!loaded.ok) {
      printDocumentErrors(loaded, io);
      return EXIT.invalid;
    }
    const entries = await readCommands(parsed.commands, io);
    if (typeof entries === 'string') {
      io.stderr(`error: ${entries}\n`);
      return EXIT.invalid;
    }
    const replayed = replayCommands(loaded.doc, entries, parsed.commands);
    if (!replayed.ok) {
      io.stderr(`error: ${replayed.message}\nnothing written\n`);
      return EXIT.invalid;
    }
    const text = serializeDesign(replayed.doc);
    const outName = parsed.out ?? `${parsed.design} (after ${entries.length} commands)`;
    const checked = loadDocument(outName, text, { library: defaultPartLibrary() });
    if (!checked.ok) {
      printDocumentErrors(checked, io);
      io.stderr('nothing written\n');
      return EXIT.invalid;
    }
    for (const warning of checked.warnings) io.stderr(`warning: ${warning.message}\n`);
    if (parsed.out === undefined) io.stdout(text);
    else {
      try {
        await writeFile(parsed.out, text, 'utf8');
      } catch (cause) {
        const why = cause instanceof Error ? cause.message : String(cause);
        io.stderr(`error: ${parsed.out}: cannot write the result (${why})\n`);
        return EXIT.invalid;
      }
      const n = entries.length;
      io.stderr(`wrote ${parsed.out} (${n} command${n === 1 ? '' : 's'} applied)\n`);
    }
    return EXIT.ok;
  },
};
