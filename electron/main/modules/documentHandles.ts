/**
 * Opaque handles for files the user picked or saved. The renderer names a document only by
 * its handle; the path stays in the main process, so a compromised renderer cannot make the
 * host read or write a path of its choosing.
 */
import { randomUUID } from 'node:crypto';
import { HostError } from '../../ipc';

export interface DocumentHandles {
  /** The handle for `filePath`, the same one each time within a session. */
  issue(filePath: string): string;
  /** The path behind `handle`; throws a HostError for a handle this session never issued. */
  resolve(handle: string): string;
}

/** A fresh handle table; `newToken` makes the tokens (random UUIDs unless a test says otherwise). */
export function createDocumentHandles(newToken: () => string = randomUUID): DocumentHandles {
  const pathByHandle = new Map<string, string>();
  const handleByPath = new Map<string, string>();
  return {
    issue(filePath) {
      const known = handleByPath.get(filePath);
      if (known !== undefined) return known;
      const handle = newToken();
      pathByHandle.set(handle, filePath);
      handleByPath.set(filePath, handle);
      return handle;
    },
    resolve(handle) {
      const filePath = pathByHandle.get(handle);
      if (filePath === undefined) {
        throw new HostError(
          'The studio no longer knows that file; open it again from the File menu.',
        );
      }
      return filePath;
    },
  };
}
