/**
 * The electrical ports of a generated xPU: the same number on each edge, evenly spaced, ids
 * eth0… counter-clockwise by edge (north, east, south, west), each sorted along its edge.
 * Spacing follows the library's switch parts (lightpath-convention): the edge less 2 mm at
 * each corner, split into equal pitches, ports at the pitch centres.
 */
import type { Port } from '../partSchema';
import type { LaneRateGbps } from './laneRates';
import { round3 } from './words';

const EDGES = ['north', 'east', 'south', 'west'] as const;
/** Edge length left free at each corner, mm (as switch-51t2 and switch-102t4). */
const CORNER_MM = 2;

/** `perEdge` ports of `lanes` lanes on each edge of a `sizeMm` package. */
export function xpuPorts(
  sizeMm: { x: number; y: number },
  perEdge: number,
  lanes: number,
  laneRateGbps: LaneRateGbps,
): Port[] {
  const ports: Port[] = [];
  for (const edge of EDGES) {
    const edgeMm = edge === 'north' || edge === 'south' ? sizeMm.x : sizeMm.y;
    const pitch = (edgeMm - 2 * CORNER_MM) / perEdge;
    for (let i = 0; i < perEdge; i++) {
      ports.push({
        id: `eth${ports.length}`,
        kind: 'electrical',
        lanes,
        laneRateGbps,
        modulation: 'PAM4',
        serdesClass: 'LR',
        edge,
        offsetMm: round3((i - (perEdge - 1) / 2) * pitch),
      });
    }
  }
  return ports;
}
