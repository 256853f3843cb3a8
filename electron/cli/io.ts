/**
 * What a CLI command may touch: two output streams and file reading. Tests pass a fake;
 * the `lightpath` bin passes `nodeIo()`.
 */
import { readFile } from 'node:fs/promises';

export interface CliIo {
  /** Writes to standard output (the caller adds newlines). */
  stdout(text: string): void;
  /** Writes to standard error (the caller adds newlines). */
  stderr(text: string): void;
  /** Reads a UTF-8 text file; rejects with a Node-style error (`code`, `message`). */
  readFile(path: string): Promise<string>;
}

/** The real process streams and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
  };
}
