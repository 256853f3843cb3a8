/**
 * The loader's only failure type. Every problem names the file, the JSON path and what was
 * expected, and its `message` says all three in one line, e.g.
 * `board.lightpath.json: components[3].positionMm.x: expected a finite number, found "abc"`.
 */

/** What went wrong, from the outside in (the order of the load pipeline). */
export type DocumentErrorKind =
  | 'unreadable' // the host could not read the file
  | 'too-large' // over MAX_DOCUMENT_BYTES
  | 'not-json' // JSON syntax error, or nesting deeper than MAX_NESTING_DEPTH
  | 'not-a-design' // not an object, or the wrong `format`
  | 'bad-version' // `formatVersion` missing or not a positive integer
  | 'newer-version' // written by a newer app: refused, naming both versions
  | 'migration-failed' // a migration step could not upgrade the file
  | 'schema' // wrong type, missing member, value out of the schema's range
  | 'semantic' // dangling or duplicate ids, unknown parts or ports, out-of-range geometry
  | 'internal' // a bug in the loader, reported instead of thrown
  | 'unsafe-member' // warning: a `__proto__`/`constructor`/`prototype` member was dropped
  | 'migrated' // warning: an older file was upgraded to the current version
  | 'repaired'; // warning: a value was brought into range with its meaning kept (e.g. an angle)

export interface DocumentIssue {
  readonly kind: DocumentErrorKind;
  readonly severity: 'error' | 'warning';
  /** The file as the user knows it, e.g. "switch-cpo-a.lightpath.json". */
  readonly fileName: string;
  /** JSON path, e.g. "components[3].positionMm.x"; "" for the whole document. */
  readonly path: string;
  /** What was expected there, in words, e.g. "a finite number". */
  readonly expected: string;
  /** What was found, in words (absent when it says nothing new). */
  readonly found?: string;
  /** One line naming the file, the path and what was expected (plus the finding and a hint). */
  readonly message: string;
}

/** A refused document: its first error, plus every error found at the same stage. */
export interface DocumentError extends DocumentIssue {
  readonly severity: 'error';
  readonly errors: readonly DocumentIssue[];
}

/** Formats a path of keys and indices as `components[3].positionMm.x`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Describes a JSON value briefly for a message: `"abc"`, `42`, `an array of 3 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value))
    return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** Fields of an issue before its message is composed. */
export interface IssueFields {
  readonly kind: DocumentErrorKind;
  readonly path: string;
  readonly expected: string;
  readonly found?: string;
  /** Extra words after the finding, e.g. why the file was refused. */
  readonly hint?: string;
}

/** Builds an issue whose message reads `<file>: <path>: expected <x>, found <y> — <hint>`. */
export function makeIssue(
  fileName: string,
  fields: IssueFields,
  severity: 'error' | 'warning' = 'error',
): DocumentIssue {
  const where = fields.path === '' ? '(document)' : fields.path;
  const found = fields.found === undefined ? '' : `, found ${fields.found}`;
  const hint = fields.hint === undefined ? '' : ` — ${fields.hint}`;
  const message = `${fileName}: ${where}: expected ${fields.expected}${found}${hint}`;
  const issue = {
    kind: fields.kind,
    severity,
    fileName,
    path: fields.path,
    expected: fields.expected,
    message,
  };
  return fields.found === undefined ? issue : { ...issue, found: fields.found };
}

/** Turns a non-empty list of error issues into the DocumentError that reports them. */
export function toDocumentError(errors: readonly DocumentIssue[]): DocumentError {
  const first = errors[0];
  if (first === undefined) throw new Error('toDocumentError needs at least one issue');
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return { ...first, severity: 'error', message: `${first.message}${more}`, errors };
}

/** Builds the DocumentError for a single problem. */
export function documentError(fileName: string, fields: IssueFields): DocumentError {
  return toDocumentError([makeIssue(fileName, fields)]);
}

/** The error a host reports when it cannot read a file (vanished, no permission, …). */
export function unreadableFileError(fileName: string, reason: string): DocumentError {
  return documentError(fileName, {
    kind: 'unreadable',
    path: '',
    expected: 'a readable file',
    found: reason,
  });
}
