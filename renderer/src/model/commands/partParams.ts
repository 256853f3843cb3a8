/**
 * Parameter handling of the part-definition commands: schema parsing whose message also
 * says what value was found, and number normalisation so a stored definition holds exactly
 * the numbers a save and reload give back.
 */
import type { z } from 'zod';
import { normalizeNumber } from '../numbers';
import { CommandError } from './command';
import { parseParam } from './guards';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'object' && value !== null)
    return Array.isArray(value) ? 'a list' : 'an object';
  return JSON.stringify(value);
}

/**
 * `parseParam(schema, value, what)`, with `, found <value>` added to its message: the
 * message names the field (`invalid part.sizeMm.x`), the allowed range and the value.
 */
export function parseWithValue<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  try {
    return parseParam(schema, value, what);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const issue = schema.safeParse(value).error?.issues[0];
    const found = issue === undefined ? '' : `, found ${describe(valueAt(value, issue.path))}`;
    throw new CommandError(`${error.message}${found}`);
  }
}

/** A copy of `value` with every number passed through `normalizeNumber` (1e-9 grid, no -0). */
export function normalizeNumbersDeep<T>(value: T): T {
  if (typeof value === 'number') return normalizeNumber(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeNumbersDeep(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  // Object.fromEntries defines own members, so a "__proto__" key stays a plain member.
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [key, normalizeNumbersDeep(member)]),
  ) as T;
}
