/**
 * Which external laser source (ELS) lights each optical engine that has no laser of its own.
 * An engine joined by a fiber to a laser source uses that source; an engine without such a
 * fiber uses the design's first laser source by id (a CPO/NPO system's ELS feeds all its
 * engines); with no laser source in the design it has none, and the analysis says so.
 */
import type { Design } from '../../model/schema';
import type { Part } from '../../model/partSchema';
import type { Layout } from '../geometry/layout';

/** The laser source part lighting each engine (by component id), and the default source. */
export interface LaserFeeds {
  readonly byEngine: ReadonlyMap<string, Part>;
  readonly fallback: Part | undefined;
  /** Component id of the laser source lighting each engine (by component id). */
  readonly sourceByEngine: ReadonlyMap<string, string>;
  /** Component id of the default source. */
  readonly fallbackId: string | undefined;
}

/** Finds the laser source of every optical engine. */
export function laserFeeds(doc: Design, layout: Layout): LaserFeeds {
  const byEngine = new Map<string, Part>();
  const sourceByEngine = new Map<string, string>();
  const isLaser = (id: string | undefined): Part | undefined => {
    const placed = id === undefined ? undefined : layout.components.get(id);
    return placed?.part.category === 'laser-source' ? placed.part : undefined;
  };
  for (const fiber of doc.fibers) {
    const a = fiber.from.componentId;
    const b = fiber.to?.componentId;
    const fromLaser = isLaser(a);
    const toLaser = isLaser(b);
    if (fromLaser && b !== undefined) {
      byEngine.set(b, fromLaser);
      sourceByEngine.set(b, a);
    }
    if (toLaser && b !== undefined) {
      byEngine.set(a, toLaser);
      sourceByEngine.set(a, b);
    }
  }
  const sources = [...layout.components.values()]
    .filter((p) => p.part.category === 'laser-source')
    .sort((x, y) => (x.component.id < y.component.id ? -1 : 1));
  const first = sources[0];
  return { byEngine, fallback: first?.part, sourceByEngine, fallbackId: first?.component.id };
}
