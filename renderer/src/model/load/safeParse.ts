/**
 * Second stage: parse JSON text without trusting it. `JSON.parse` makes `__proto__` an
 * ordinary own member (it never changes a prototype), but a later spread or assignment
 * could; so members named `__proto__`, `constructor` and `prototype` are dropped, each with
 * a warning naming its path. Nesting deeper than MAX_NESTING_DEPTH is refused: the walk is
 * iterative, so hostile nesting costs neither stack nor time.
 */
import { MAX_NESTING_DEPTH } from '../limits';
import {
  documentError,
  formatPath,
  makeIssue,
  type DocumentError,
  type DocumentIssue,
} from './documentError';

/** Member names dropped on load. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

export type SafeParseResult =
  | { readonly ok: true; readonly value: unknown; readonly warnings: readonly DocumentIssue[] }
  | { readonly ok: false; readonly error: DocumentError };

function syntaxError(fileName: string, text: string, cause: unknown): DocumentError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const position = /position (\d+)/.exec(detail);
  let where = '';
  if (position?.[1] !== undefined && !/line \d+/.test(detail)) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    where = ` (line ${line} column ${before.length - before.lastIndexOf('\n')})`;
  }
  return documentError(fileName, {
    kind: 'not-json',
    path: '',
    expected: 'JSON text',
    found: `a syntax error: ${detail}${where}`,
  });
}

/** Parses `text` as JSON, drops forbidden members and refuses excessive nesting. */
export function safeParseJson(fileName: string, text: string): SafeParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    return { ok: false, error: syntaxError(fileName, text, cause) };
  }
  const warnings: DocumentIssue[] = [];
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: PropertyKey[] };
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= MAX_NESTING_DEPTH) {
      return {
        ok: false,
        error: documentError(fileName, {
          kind: 'not-json',
          path: formatPath(path.slice(0, 8)) + '…',
          expected: `nesting no deeper than ${MAX_NESTING_DEPTH} levels`,
          found: 'deeper nesting',
        }),
      };
    }
    if (Array.isArray(node)) {
      node.forEach((item: unknown, index) => {
        if (item !== null && typeof item === 'object')
          stack.push({ node: item, path: [...path, index] });
      });
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) {
        delete record[key];
        const where = formatPath([...path, key]);
        warnings.push(
          makeIssue(
            fileName,
            {
              kind: 'unsafe-member',
              path: where,
              expected: 'no member with this name',
              hint: 'member dropped',
            },
            'warning',
          ),
        );
      } else {
        const child = record[key];
        if (child !== null && typeof child === 'object')
          stack.push({ node: child, path: [...path, key] });
      }
    }
  }
  return { ok: true, value, warnings };
}
