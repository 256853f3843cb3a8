/**
 * Which pluggable module sits in which cage: a module whose centre lies inside a cage's
 * footprint on the same carrier is plugged into it. A link drawn to a cage's host port thus
 * reaches the module inside (its DSP or linear driver decides budget, power and latency).
 */
import type { Layout, PlacedComponent } from '../geometry/layout';
import { rectContains } from '../geometry/rect';

/** Module plugged into each cage, by cage component id. */
export function modulesInCages(layout: Layout): Map<string, PlacedComponent> {
  const cages: PlacedComponent[] = [];
  const modules: PlacedComponent[] = [];
  for (const placed of layout.components.values()) {
    if (placed.part.category === 'cage') cages.push(placed);
    else if (placed.part.category === 'pluggable-module') modules.push(placed);
  }
  const plugged = new Map<string, PlacedComponent>();
  if (cages.length === 0 || modules.length === 0) return plugged;
  for (const cage of cages) {
    for (const module of modules) {
      if (module.component.mount.carrierId !== cage.component.mount.carrierId) continue;
      if (rectContains(cage.footprint, module.component.positionMm)) {
        plugged.set(cage.component.id, module);
        break;
      }
    }
  }
  return plugged;
}

/** The component that terminates a link end: the module inside a cage, else the end itself. */
export function terminatingComponent(
  end: PlacedComponent,
  plugged: ReadonlyMap<string, PlacedComponent>,
): PlacedComponent {
  return plugged.get(end.component.id) ?? end;
}
