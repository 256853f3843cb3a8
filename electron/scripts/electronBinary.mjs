/**
 * Finds the Electron binary without `require('electron')`, which would try to download it.
 * The electron package records the binary's path inside node_modules/electron/dist in
 * path.txt once its install step has fetched it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Why the Electron suite is skipped and `npm start` stops, when the binary is absent. */
export const MISSING_BINARY_REASON =
  'Electron binary not installed: node_modules/electron/dist missing';

/**
 * @param {string} projectDir the folder holding node_modules
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(projectDir) {
  const packageDir = join(projectDir, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return {
      found: false,
      reason: 'Electron is not installed: node_modules/electron missing (run npm install)',
    };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { found: false, reason: MISSING_BINARY_REASON };
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  const binaryPath = join(packageDir, 'dist', relativePath);
  if (relativePath === '' || !existsSync(binaryPath)) {
    return { found: false, reason: MISSING_BINARY_REASON };
  }
  return { found: true, path: binaryPath };
}
