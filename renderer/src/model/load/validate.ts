/**
 * Fifth stage (after migration): the zod schema, with every issue turned into a
 * path-qualified message that says what was expected and what was found.
 */
import type { z } from 'zod';
import { DesignSchema, type Design } from '../schema';
import {
  describeValue,
  formatPath,
  makeIssue,
  toDocumentError,
  type DocumentError,
  type DocumentIssue,
} from './documentError';

type ZodIssue = z.core.$ZodIssue;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a finite number',
  int: 'an integer',
  string: 'a string',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
};

function bound(
  issue: { origin?: string; inclusive?: boolean },
  value: unknown,
  isMin: boolean,
): string {
  const n = Number(value);
  switch (issue.origin) {
    case 'array':
      return isMin ? `at least ${n} item${n === 1 ? '' : 's'}` : `at most ${n} items`;
    case 'string':
      return isMin ? `at least ${n} character${n === 1 ? '' : 's'}` : `at most ${n} characters`;
    default: {
      const sign = isMin ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      return `a number ${sign} ${n}`;
    }
  }
}

/** What the schema wanted, in words, for one zod issue. */
function expectedWords(issue: ZodIssue): string {
  // The schema's own wording wins (zod's defaults start "Invalid …" / "Too small: …").
  if (issue.message.startsWith('expected ')) return issue.message.slice('expected '.length);
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      return bound(issue, issue.minimum, true);
    case 'too_big':
      return bound(issue, issue.maximum, false);
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** For a union, the issues of the alternative that came closest (fewest, deepest issues). */
function closestIssue(issue: ZodIssue): { issue: ZodIssue; path: PropertyKey[] } {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0)
    return { issue, path: [...issue.path] };
  const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] as ZodIssue[];
  const inner = best[0];
  if (inner === undefined) return { issue, path: [...issue.path] };
  const nested = closestIssue(inner);
  return { issue: nested.issue, path: [...issue.path, ...nested.path] };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Turns zod issues into document issues against the raw input `root`. */
export function schemaIssues(
  fileName: string,
  root: unknown,
  issues: readonly ZodIssue[],
): DocumentIssue[] {
  return issues.map((original) => {
    const { issue, path } = closestIssue(original);
    const found = valueAt(root, path);
    const hint =
      found === undefined && issue.code === 'invalid_type' ? 'the member is missing' : undefined;
    return makeIssue(fileName, {
      kind: 'schema',
      path: formatPath(path),
      expected: expectedWords(issue),
      ...(found === undefined ? {} : { found: describeValue(found) }),
      ...(hint === undefined ? {} : { hint }),
    });
  });
}

export type ValidateResult =
  | { readonly ok: true; readonly doc: Design }
  | { readonly ok: false; readonly error: DocumentError };

/** Validates a migrated document against DesignSchema (defaults filled, unknown members dropped). */
export function validateDesign(fileName: string, value: unknown): ValidateResult {
  const result = DesignSchema.safeParse(value);
  if (result.success) return { ok: true, doc: result.data };
  return { ok: false, error: toDocumentError(schemaIssues(fileName, value, result.error.issues)) };
}
