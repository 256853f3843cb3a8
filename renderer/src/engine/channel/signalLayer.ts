/**
 * Which layer of a carrier a trace runs in, and as what kind of line (docs/MODELS.md,
 * "Channel"). No schema field marks a routing layer, so the rule reads the stack-up:
 *
 * - the signal layer is the topmost layer holding signal copper (a copper group with fill
 *   below 0.5, the signal-layer side of COPPER_FILL), else the topmost layer with any copper,
 *   else the topmost layer: high-speed breakout runs nearest the parts' joints;
 * - the line is a microstrip (on the outer layer, over one plane) only when that layer is the
 *   carrier's topmost, lists its copper and holds fewer than two plane groups (fill ≥ 0.5,
 *   counted with `count`); otherwise a stripline between two planes, which is also what a
 *   stack-up that lists no copper gets (the high-speed default of every medium);
 * - the copper thickness is that of the layer's signal copper group, when it has one.
 */
import type { Carrier, Layer } from '../../model/schema';

/** The signal layer of a carrier and the line kind it makes. */
export interface SignalLayer {
  readonly index: number;
  readonly layer: Layer;
  readonly kind: 'stripline' | 'microstrip';
  /** Thickness of the layer's signal copper, µm, when it lists one. */
  readonly copperUm: number | undefined;
}

const PLANE_FILL = 0.5;

function signalCopper(layer: Layer) {
  return layer.copper?.find((c) => c.fill < PLANE_FILL);
}

function planeCount(layer: Layer): number {
  let n = 0;
  for (const c of layer.copper ?? []) if (c.fill >= PLANE_FILL) n += c.count ?? 1;
  return n;
}

function topmost(layers: readonly Layer[], test: (l: Layer) => boolean): number {
  for (let i = layers.length - 1; i >= 0; i--) if (test(layers[i]!)) return i;
  return -1;
}

/** The layer a carrier's traces run in (the rule above). */
export function signalLayerOf(carrier: Carrier): SignalLayer {
  const layers = carrier.layers;
  let index = topmost(layers, (l) => signalCopper(l) !== undefined);
  if (index < 0) index = topmost(layers, (l) => (l.copper?.length ?? 0) > 0);
  if (index < 0) index = layers.length - 1;
  const layer = layers[index]!;
  const covered = index < layers.length - 1;
  const outer = !covered && layer.copper !== undefined && planeCount(layer) < 2;
  const kind = outer ? 'microstrip' : 'stripline';
  return { index, layer, kind, copperUm: signalCopper(layer)?.thicknessUm };
}
