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
  /** Drag handler time per pointer step (snap, collisions, moveParts, store updates), ms. */
  readonly dragHandlerMs: number[];
  /** Time of each frame from the start of the frame loop to the end of the render, ms. */
  readonly renderMs: number[];
  /** Draw calls of the last rendered frame. */
  drawCalls: number;
  /** Most draw calls of any frame since the last reset. */
  drawCallsMax: number;
  /** Triangles of the last rendered frame. */
  triangles: number;
  /**
   * Shader programs compiled since the last reset, with when (ms): a first compile blocks
   * the frame that needs it (a long one under SwiftShader).
   */
  readonly compiledPrograms: { atMs: number; name: string }[];
}

const stats: FrameStats = {
  inputFrameMs: [],
  dragHandlerMs: [],
  renderMs: [],
  drawCalls: 0,
  drawCallsMax: 0,
  triangles: 0,
  compiledPrograms: [],
};
let knownPrograms = new Set<unknown>();
let inputAtMs: number | null = null;
let frameStartMs: number | null = null;

/** The live statistics object. */
export function frameStats(): FrameStats {
  return stats;
}

/** Notes pointer input; the latest before a frame starts its clock (Chromium delivers one coalesced pointermove per frame). */
export function noteInput(nowMs: number): void {
  inputAtMs = nowMs;
}

function push(list: number[], value: number): void {
  list.push(value);
  if (list.length > MAX_SAMPLES) list.shift();
}

/** Notes one drag handler run, ms. */
export function noteDragHandler(ms: number): void {
  push(stats.dragHandlerMs, ms);
}

/** Notes the start of a frame (before the frame callbacks and the render). */
export function noteFrameStart(nowMs: number): void {
  frameStartMs = nowMs;
}

/** Notes a finished render with its draw calls and triangles. */
export function noteFrameDrawn(nowMs: number, calls: number, triangles: number): void {
  stats.drawCalls = calls;
  stats.drawCallsMax = Math.max(stats.drawCallsMax, calls);
  stats.triangles = triangles;
  if (frameStartMs !== null) push(stats.renderMs, nowMs - frameStartMs);
  frameStartMs = null;
  if (inputAtMs === null) return;
  push(stats.inputFrameMs, nowMs - inputAtMs);
  inputAtMs = null;
}

/** Notes the renderer's programs after a frame; new ones are recorded with their name. */
export function notePrograms(
  nowMs: number,
  programs: readonly { name?: string; cacheKey?: string }[] | null | undefined,
): void {
  if (!programs || programs.length === knownPrograms.size) return;
  for (const p of programs) {
    if (knownPrograms.has(p)) continue;
    knownPrograms.add(p);
    stats.compiledPrograms.push({ atMs: nowMs, name: p.name ?? '?' });
  }
  knownPrograms = new Set(programs);
}

/** Forgets the samples (start of a measurement). */
export function resetFrameStats(): void {
  stats.inputFrameMs.length = 0;
  stats.dragHandlerMs.length = 0;
  stats.renderMs.length = 0;
  stats.drawCallsMax = 0;
  stats.compiledPrograms.length = 0;
  inputAtMs = null;
}
