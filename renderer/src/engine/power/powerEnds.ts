/**
 * The ends of an analysed link as the power model sees them (the part terminating each
 * end: a module in a cage stands for the cage), rebuilt from its result and the layout so
 * later stages need not re-run the electrical analysis.
 */
import type { Part, Port } from '../../model/partSchema';
import { terminatingComponent } from '../channel/cageContents';
import type { Layout, PlacedComponent } from '../geometry/layout';
import type { LinkResult } from '../resultTypes';
import type { PowerEnd } from './linkPower';

function end(
  ref: { componentId: string; port: string },
  layout: Layout,
  plugged: ReadonlyMap<string, PlacedComponent>,
): PowerEnd | undefined {
  const own = layout.components.get(ref.componentId);
  const port = own?.part.ports.find((p) => p.id === ref.port);
  if (!own || !port) return undefined;
  const placed = terminatingComponent(own, plugged);
  if (placed === own) return { placed, port };
  return { placed, port: placed.part.ports.find((p) => p.kind === 'electrical') ?? port };
}

/** Both ends of a link, or none when either component or port is unknown. */
export function powerEnds(
  link: Pick<LinkResult, 'from' | 'to'>,
  layout: Layout,
  plugged: ReadonlyMap<string, PlacedComponent>,
): PowerEnd[] {
  const a = end(link.from, layout, plugged);
  const b = end(link.to, layout, plugged);
  return a && b ? [a, b] : [];
}

/**
 * True when a part is charged on the link at this port: a part with two electrical ports in
 * series (a retimer) pays at its first electrical port only, so each bit pays for it once.
 */
export function isChargedHere(part: Part, port: Port): boolean {
  const electrical = part.ports.filter((p) => p.kind === 'electrical');
  return electrical.length < 2 || electrical[0]?.id === port.id;
}
