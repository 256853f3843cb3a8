/**
 * Which xPU port feeds which engine or front-panel slot: engines take the ports of their own
 * edge in order along it, front panels take every port in perimeter order.
 */
import type { Part } from '../partSchema';
import { SIDES, type Side, type Slot } from './slots';

/** The xPU's electrical ports on one edge, sorted along the edge. */
export function xpuPortsOn(xpu: Part, side: Side): { id: string; offsetMm: number }[] {
  return xpu.ports
    .filter((p) => p.kind === 'electrical' && p.edge === side)
    .map((p) => ({ id: p.id, offsetMm: p.offsetMm }))
    .sort((a, b) => a.offsetMm - b.offsetMm);
}

/** A slot with the xPU ports it serves (the first names the engine). */
export interface SlotPorts {
  readonly slot: Slot;
  readonly portId: string;
  readonly portIds: readonly string[];
}

/**
 * Pairs each slot with `perSlot` consecutive ports on the same edge: slots sorted along the
 * edge (nearer rows first on ties) against ports sorted along the edge, so no lateral run
 * crosses the edge's midpoint needlessly. Throws when an edge has too few ports.
 */
export function assignPorts(xpu: Part, slots: readonly Slot[], perSlot = 1): SlotPorts[] {
  const pairs: SlotPorts[] = [];
  for (const side of SIDES) {
    const mine = slots
      .filter((s) => s.side === side)
      .sort((a, b) => a.alongMm - b.alongMm || a.row - b.row);
    const ports = xpuPortsOn(xpu, side);
    if (mine.length * perSlot > ports.length)
      throw new Error(
        `${mine.length * perSlot} engine ports but ${ports.length} xPU ports on ${side}`,
      );
    mine.forEach((slot, i) => {
      const portIds = ports.slice(i * perSlot, (i + 1) * perSlot).map((p) => p.id);
      pairs.push({ slot, portId: portIds[0]!, portIds });
    });
  }
  return pairs;
}

/**
 * All xPU ports in perimeter order for a front panel: counter-clockwise from the middle of
 * the north edge (west edge, south edge, east edge, back to north), which runs left to right
 * across the faceplate below the package.
 */
export function portsInPerimeterOrder(xpu: Part): string[] {
  const half = { x: xpu.sizeMm.x / 2, y: xpu.sizeMm.y / 2 };
  const local = (edge: string, offset: number) =>
    edge === 'north'
      ? { x: offset, y: half.y }
      : edge === 'south'
        ? { x: offset, y: -half.y }
        : edge === 'east'
          ? { x: half.x, y: offset }
          : { x: -half.x, y: offset };
  return xpu.ports
    .filter((q) => q.kind === 'electrical')
    .map((q) => {
      const v = local(q.edge, q.offsetMm);
      const deg = (Math.atan2(v.y, v.x) * 180) / Math.PI;
      return { id: q.id, u: (((deg - 90) % 360) + 360) % 360 };
    })
    .sort((a, b) => a.u - b.u)
    .map((q) => q.id);
}
