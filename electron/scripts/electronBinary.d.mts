/** Types for electronBinary.mjs (plain JavaScript so `npm start` runs under Node without a build). */
export declare const MISSING_BINARY_REASON: string;

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/** Finds the Electron binary under `projectDir`/node_modules without downloading it. */
export declare function findElectronBinary(projectDir: string): ElectronBinary;
