/**
 * Bandwidth per mm of shoreline (beachfront density), Gb/s per mm.
 *
 * Definition: Σ lanes × lane rate of the links that leave an xPU through one of its four
 * edges, divided by Σ length of the xPU edges that carry at least one such lane (the edge
 * lengths in the part's own frame, as the shoreline rule measures them). Links through
 * top or bottom ports, and links to a part stacked on or under the xPU (CPO Type C), use
 * area I/O and no shoreline: they are left out of both sums. Null when no link uses an
 * edge. Higher is better: the same edge carries more bandwidth (the density figure of the
 * co-packaged optics literature, e.g. OIF CPO framework, in Tb/s per mm).
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';

type Edge = 'north' | 'south' | 'east' | 'west';

function isStackPartner(doc: Design, a: string, b: string): boolean {
  const ca = doc.components.find((c) => c.id === a);
  const cb = doc.components.find((c) => c.id === b);
  return ca?.mount.onComponentId === b || cb?.mount.onComponentId === a;
}

/** Shoreline use of a design: edge bandwidth, Gb/s, edge length in use, mm, and their ratio. */
export interface ShorelineDensity {
  readonly edgeBandwidthGbps: number;
  readonly edgeLengthMm: number;
  readonly gbpsPerMm: number | null;
}

/** Measures the bandwidth per mm of xPU edge in use (see the file comment). */
export function shorelineDensity(doc: Design, partLibrary: PartLibrary): ShorelineDensity {
  const library = designParts(doc, partLibrary);
  const byId = new Map(doc.components.map((c) => [c.id, c]));
  const edgesInUse = new Map<string, Set<Edge>>();
  let edgeBandwidthGbps = 0;
  for (const link of doc.links) {
    for (const [end, other] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      const part = library.get(byId.get(end.componentId)?.partId ?? '');
      if (part?.category !== 'xpu' || isStackPartner(doc, end.componentId, other.componentId))
        continue;
      const edge = part.ports.find((p) => p.id === end.port)?.edge;
      if (edge === undefined || edge === 'top' || edge === 'bottom') continue;
      edgeBandwidthGbps += link.lanes * link.laneRateGbps;
      const used = edgesInUse.get(end.componentId) ?? new Set<Edge>();
      used.add(edge);
      edgesInUse.set(end.componentId, used);
    }
  }
  let edgeLengthMm = 0;
  for (const [id, edges] of edgesInUse) {
    const size = library.get(byId.get(id)?.partId ?? '')?.sizeMm;
    if (!size) continue;
    for (const edge of edges)
      edgeLengthMm += edge === 'north' || edge === 'south' ? size.x : size.y;
  }
  return {
    edgeBandwidthGbps,
    edgeLengthMm,
    gbpsPerMm: edgeLengthMm > 0 ? edgeBandwidthGbps / edgeLengthMm : null,
  };
}
