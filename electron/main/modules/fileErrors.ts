/**
 * Turns Node file-system errors into HostErrors the user can act on, naming the file.
 */
import { basename, dirname } from 'node:path';
import { HostError } from '../../ipc';

/** `error` as a HostError naming `filePath`; an existing HostError passes through unchanged. */
export function describeFileError(
  filePath: string,
  error: unknown,
  action: 'read' | 'saved',
): HostError {
  if (error instanceof HostError) return error;
  const name = basename(filePath);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? new HostError(
            `"${name}" was not found at ${filePath}: it may have been moved, renamed or deleted.`,
          )
        : new HostError(
            `"${name}" could not be saved: its folder ${dirname(filePath)} no longer exists.`,
          );
    case 'EACCES':
    case 'EPERM':
      return new HostError(`"${name}" could not be ${action}: permission denied (${filePath}).`);
    case 'EISDIR':
      return new HostError(`"${name}" is a folder, not a file (${filePath}).`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new HostError(
        `"${name}" could not be saved: the disk is full. The file on disk is unchanged.`,
      );
    case 'EROFS':
      return new HostError(`"${name}" could not be saved: the disk is read-only.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new HostError(`"${name}" could not be ${action} (${code ?? detail}).`);
    }
  }
}

/** A byte count as megabytes with one decimal, e.g. "32.0 MB". */
export function formatMegabytes(sizeBytes: number): string {
  return `${(sizeBytes / (1024 * 1024)).toFixed(1)} MB`;
}
