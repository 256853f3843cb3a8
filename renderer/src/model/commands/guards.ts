/**
 * Checks shared by the command recipes: look-ups that throw a CommandError naming the
 * missing id, and parameter validation against the document schema, so no command can
 * write a value the loader would refuse.
 */
import type { z } from 'zod';
import { CommandError } from './command';

/** Returns the item with `id` or throws a CommandError naming the collection. */
export function findById<T extends { id: string }>(items: T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (item === undefined) throw new CommandError(`${what} "${id}" does not exist`);
  return item;
}

/** Throws unless every id names an item of `items`. */
export function requireAll(items: readonly { id: string }[], ids: readonly string[], what: string) {
  const known = new Set(items.map((item) => item.id));
  for (const id of ids) {
    if (!known.has(id)) throw new CommandError(`${what} "${id}" does not exist`);
  }
}

/** Throws when `id` is already used by `taken` (ids are unique across the whole document). */
export function requireFreeId(taken: ReadonlySet<string>, id: string) {
  if (taken.has(id)) throw new CommandError(`id "${id}" is already used in the document`);
}

/** Parses `value` with `schema` or throws a CommandError with the first problem's path. */
export function parseParam<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
  throw new CommandError(`invalid ${what}${where}: ${issue?.message ?? 'rejected'}`);
}
