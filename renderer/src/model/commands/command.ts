/**
 * A command is a value: a name, its parameters and a pure recipe that edits a draft of
 * the document. Running it yields the new document plus the patches that redo and undo it
 * (immer `produceWithPatches`), so the history stores diffs, not copies.
 */
import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Design } from '../schema';

enablePatches();

/** A named, serialisable edit of the document. */
export interface Command<P = unknown> {
  /** Verb-noun name, e.g. "movePart". */
  readonly name: string;
  readonly params: P;
  /** Edits the draft in place; throws a CommandError when the params do not apply. */
  readonly recipe: (draft: Draft<Design>, params: P) => void;
}

/** The outcome of running a command. */
export interface CommandResult {
  readonly doc: Design;
  readonly patches: Patch[];
  readonly inversePatches: Patch[];
}

/** Raised by a recipe whose parameters do not fit the document (e.g. unknown id). */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

/** Runs a command on a document and returns the new document with its patches. */
export function runCommand<P>(doc: Design, command: Command<P>): CommandResult {
  const [next, patches, inversePatches] = produceWithPatches(doc, (draft) => {
    command.recipe(draft, command.params);
  });
  return { doc: next, patches, inversePatches };
}

/** Makes a command factory: `movePart({ id, positionMm })` → Command. */
export function defineCommand<P>(
  name: string,
  recipe: (draft: Draft<Design>, params: P) => void,
): (params: P) => Command<P> {
  return (params: P) => ({ name, params, recipe });
}
