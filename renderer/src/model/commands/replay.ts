/**
 * Command lists saved as JSON (`[{ "name": "movePart", "params": { … } }, …]`): a macro, a
 * test script, a package built headlessly. One reader and one replay, shared by
 * `lightpath apply` and the studio's Edit → Apply commands…, so both refuse the same lists
 * with the same messages. Pure: no clock, no I/O.
 */
import type { Design } from '../schema';
import { safeParseJson } from '../load/safeParse';
import { CommandError, runCommand } from './command';
import { commandFromJson } from './registry';

/** One entry of a command list. */
export interface CommandEntry {
  readonly name: string;
  readonly params: unknown;
}

/** Reads a command list from `text` (file `fileName`); a string is the error message. */
export function parseCommandList(fileName: string, text: string): CommandEntry[] | string {
  const parsed = safeParseJson(fileName, text);
  if (!parsed.ok) return parsed.error.message;
  if (!Array.isArray(parsed.value)) {
    return `${fileName}: expected a JSON array of commands ({ "name", "params" }), found ${typeof parsed.value}`;
  }
  const entries: CommandEntry[] = [];
  for (const [i, item] of parsed.value.entries()) {
    const name = (item as { name?: unknown } | null)?.name;
    if (
      item === null ||
      typeof item !== 'object' ||
      Array.isArray(item) ||
      typeof name !== 'string'
    ) {
      return `${fileName}: [${i}]: expected an object { "name": string, "params": … }`;
    }
    entries.push({ name, params: (item as { params?: unknown }).params });
  }
  return entries;
}

/** Outcome of a replay: the final document, or the first refusal. */
export type ReplayResult =
  | { readonly ok: true; readonly doc: Design }
  | { readonly ok: false; readonly index: number; readonly message: string };

/**
 * Runs `entries` on `doc` in order. Stops at the first command that is refused (or fails on
 * its parameters), naming its index, its name and the reason; `doc` itself is never changed.
 */
export function replayCommands(
  doc: Design,
  entries: readonly CommandEntry[],
  fileName: string,
): ReplayResult {
  let current = doc;
  for (const [index, entry] of entries.entries()) {
    try {
      current = runCommand(current, commandFromJson(entry)).doc;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const kind = error instanceof CommandError ? 'refused' : 'failed';
      return {
        ok: false,
        index,
        message: `${fileName}: command [${index}] ${entry.name} ${kind}: ${text}`,
      };
    }
  }
  return { ok: true, doc: current };
}
