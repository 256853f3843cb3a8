/**
 * Reads and loads a design file for a subcommand, with the default part library.
 * Never rejects: an unreadable file becomes the loader's 'unreadable' DocumentError.
 */
import { loadDocument, unreadableFileError, type LoadResult } from '../../renderer/src/model/load';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
import type { CliIo } from './io';

function reasonOf(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'a directory';
    if (code === 'EACCES' || code === 'EPERM') return 'a file this user may not read';
    return cause.message;
  }
  return String(cause);
}

/** Reads `path` and runs the load pipeline on it; messages name the path as given. */
export async function readDesign(path: string, io: CliIo): Promise<LoadResult> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (cause) {
    return { ok: false, error: unreadableFileError(path, reasonOf(cause)) };
  }
  return loadDocument(path, text, { library: defaultPartLibrary() });
}

/** Writes a refused document's errors to stderr, one per line (at most `limit`). */
export function printDocumentErrors(
  result: Extract<LoadResult, { ok: false }>,
  io: CliIo,
  limit = 20,
) {
  const errors = result.error.errors;
  for (const issue of errors.slice(0, limit)) io.stderr(`error: ${issue.message}\n`);
  if (errors.length > limit) io.stderr(`error: … and ${errors.length - limit} more\n`);
}
