/**
 * Frame statistics for the viewport benchmark and tests: for each drawn frame that follows
 * pointer input, the main-thread time from the first pointer event to the end of the
 * render (handler + store updates + React + three.js render; idle time in between, if any,
 * counts too, so the figure is an upper bound), and the draw calls of the last render
 * (`renderer.info.render.calls`). Keeps the latest MAX_SAMPLES.
 */

/** Samples kept, newest last. */
export const MAX_SAMPLES = 2000;

/** What the benchmark reads. */
export interface FrameStats {
  /** Input-to-drawn time of recent frames that followed pointer input, ms. */
  readonly inputFrameMs: number[];
  /** Draw calls of the last rendered frame. */
  drawCalls: number;
  /** Triangles of the last rendered frame. */
  triangles: number;
}

const stats: FrameStats = { inputFrameMs: [], drawCalls: 0, triangles: 0 };
let inputAtMs: number | null = null;

/** The live statistics object. */
export function frameStats(): FrameStats {
  return stats;
}

/** Notes pointer input; the latest before a frame starts its clock (Chromium delivers one coalesced pointermove per frame). */
export function noteInput(nowMs: number): void {
  inputAtMs = nowMs;
}

/** Notes a finished render with its draw calls and triangles. */
export function noteFrameDrawn(nowMs: number, calls: number, triangles: number): void {
  stats.drawCalls = calls;
  stats.triangles = triangles;
  if (inputAtMs === null) return;
  stats.inputFrameMs.push(nowMs - inputAtMs);
  if (stats.inputFrameMs.length > MAX_SAMPLES) stats.inputFrameMs.shift();
  inputAtMs = null;
}

/** Forgets the samples (start of a measurement). */
export function resetFrameStats(): void {
  stats.inputFrameMs.length = 0;
  inputAtMs = null;
}
