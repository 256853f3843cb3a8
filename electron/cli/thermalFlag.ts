/**
 * The `--thermal` option of compare and sweep: a mesh preset of the thermal solver
 * (engine/thermal/meshPresets.ts) or "off". Default "coarse": the studio's live preset,
 * about 0.2 s per example design on the project machine (docs/BENCHMARKS.md "Sweep").
 */
import type { MeshPreset } from '../../renderer/src/engine/thermal/types';

/** The preset named by `text` (null for "off", default coarse); undefined when unknown. */
export function parseThermal(text: string | undefined): MeshPreset['name'] | null | undefined {
  if (text === undefined) return 'coarse';
  if (text === 'off') return null;
  return text === 'coarse' || text === 'normal' || text === 'fine' ? text : undefined;
}
