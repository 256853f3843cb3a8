/**
 * Reading and writing the user's files. Writes are atomic (temp file in the same folder,
 * fsync, rename, fsync the folder), so a crash or full disk never leaves a half-written
 * design; reads are size-capped; every failure becomes a HostError naming the file.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HostError, MAX_DOCUMENT_BYTES } from '../../ipc';
import { describeFileError, formatMegabytes } from './fileErrors';

/** The file-system calls an atomic write makes; tests pass a wrapper that fails on purpose. */
export type AtomicWriteFs = Pick<typeof fsp, 'open' | 'rename' | 'unlink' | 'stat' | 'chmod'>;

/** Writes `data` to `filePath` atomically: readers see the old file or the whole new one. */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = fsp,
): Promise<void> {
  const folder = dirname(filePath);
  const tempPath = join(folder, `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await fs.open(tempPath, 'wx', 0o644);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await keepMode(filePath, tempPath, fs);
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await fs.unlink(tempPath).catch(() => undefined);
    throw describeFileError(filePath, error, 'saved');
  }
  await syncFolder(folder, fs);
}

/** Reads a design document as UTF-8 text, refusing files over `maxBytes`. */
export async function readDocumentFile(
  filePath: string,
  maxBytes: number = MAX_DOCUMENT_BYTES,
): Promise<string> {
  const name = basename(filePath);
  let bytes: Buffer;
  try {
    const info = await fsp.stat(filePath);
    if (info.isDirectory()) throw new HostError(`"${name}" is a folder, not a design document.`);
    if (info.size > maxBytes) throw tooLarge(name, info.size, maxBytes);
    bytes = await fsp.readFile(filePath);
  } catch (error) {
    throw describeFileError(filePath, error, 'read');
  }
  if (bytes.byteLength > maxBytes) throw tooLarge(name, bytes.byteLength, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HostError(`"${name}" is not a text file (it is not valid UTF-8).`);
  }
}

/** Refuses document text over the cap before anything is written. */
export function checkDocumentSize(name: string, text: string, maxBytes = MAX_DOCUMENT_BYTES): void {
  const sizeBytes = Buffer.byteLength(text, 'utf8');
  if (sizeBytes > maxBytes) throw tooLarge(name, sizeBytes, maxBytes);
}

function tooLarge(name: string, sizeBytes: number, maxBytes: number): HostError {
  return new HostError(
    `"${name}" is ${formatMegabytes(sizeBytes)}, larger than the ${formatMegabytes(maxBytes)} the studio accepts for a design.`,
  );
}

/** Gives the new file the permissions of the one it replaces. */
async function keepMode(filePath: string, tempPath: string, fs: AtomicWriteFs): Promise<void> {
  const existing = await fs.stat(filePath).catch(() => null);
  if (existing) await fs.chmod(tempPath, existing.mode & 0o7777);
}

/** Makes the rename durable. Windows cannot open a folder for fsync; there the rename must do. */
async function syncFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
