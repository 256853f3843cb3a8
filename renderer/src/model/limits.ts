/**
 * Limits the loader and the commands enforce. Each is a sanity bound, not physics:
 * it keeps a corrupt or hostile file from costing memory or time.
 */

/**
 * Largest document text the loader accepts, bytes (UTF-8). Equal to MAX_DOCUMENT_BYTES in
 * electron/ipc.ts (the host's read/write cap); a unit test keeps the two in step.
 */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/** Deepest JSON nesting accepted; a design needs 6 levels, so 64 leaves ample room. */
export const MAX_NESTING_DEPTH = 64;

/** Largest |coordinate| accepted for positions and outlines, mm (10 m: bigger than any rack). */
export const MAX_COORDINATE_MM = 10_000;

/** Largest size accepted for a carrier or keep-out edge, mm (same bound as coordinates). */
export const MAX_SIZE_MM = 10_000;
