/**
 * A part's power map (model/partSchema.ts PowerMapSchema) placed on its component: each
 * block or grid cell turned by the component's rotation about its centre into a global
 * rectangle (the bounding box for angles that are not multiples of 90°), its watts scaled
 * so the blocks sum to the component's power. Cells of 0 W are dropped. Blocks are clipped to
 * the part's outline (the loader warns about one that reaches outside); a block wholly
 * outside is dropped and the others carry the power, so a stray block can neither put heat
 * outside the part nor stretch the mesh to reach it.
 */
import type { Part } from '../../model/partSchema';
import type { Component } from '../../model/schema';
import { rotateOffset } from '../geometry/footprint';

/** One block of dissipation in global mm. */
export interface PlacedBlock {
  readonly name: string;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly powerW: number;
}

interface LocalBlock {
  name: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  powerW: number;
}

function localBlocks(part: Part): LocalBlock[] {
  const map = part.powerMap;
  if (map === undefined) return [];
  if (map.kind === 'blocks') {
    const { x: w, y: d } = part.sizeMm;
    return map.blocks.flatMap((b) => {
      const x0 = Math.max(0, b.rectMm.x);
      const y0 = Math.max(0, b.rectMm.y);
      const x1 = Math.min(w, b.rectMm.x + b.rectMm.width);
      const y1 = Math.min(d, b.rectMm.y + b.rectMm.depth);
      if (!(x1 > x0 && y1 > y0)) return [];
      return [{ name: b.name, x: x0, y: y0, width: x1 - x0, depth: y1 - y0, powerW: b.powerW }];
    });
  }
  const width = part.sizeMm.x / map.nx;
  const depth = part.sizeMm.y / map.ny;
  const out: LocalBlock[] = [];
  map.cellsW.forEach((w, n) => {
    if (!(w > 0) || n >= map.nx * map.ny) return;
    const i = n % map.nx;
    const j = Math.floor(n / map.nx);
    out.push({ name: `cell ${i},${j}`, x: i * width, y: j * depth, width, depth, powerW: w });
  });
  return out;
}

/** The component's power blocks, or undefined when its part has no power map (or 0 W in it). */
export function powerBlocksMm(
  component: Component,
  part: Part,
  powerW: number,
): PlacedBlock[] | undefined {
  const blocks = localBlocks(part);
  const mapW = blocks.reduce((s, b) => s + b.powerW, 0);
  if (blocks.length === 0 || !(mapW > 0)) return undefined;
  const scale = powerW / mapW;
  const { x: cx, y: cy } = component.positionMm;
  return blocks.map((b) => {
    const corners = [
      [b.x, b.y],
      [b.x + b.width, b.y],
      [b.x, b.y + b.depth],
      [b.x + b.width, b.y + b.depth],
    ].map(([x, y]) =>
      rotateOffset({ x: x! - part.sizeMm.x / 2, y: y! - part.sizeMm.y / 2 }, component.rotationDeg),
    );
    const xs = corners.map((p) => cx + p.x);
    const ys = corners.map((p) => cy + p.y);
    return {
      name: b.name,
      minX: Math.min(...xs),
      minY: Math.min(...ys),
      maxX: Math.max(...xs),
      maxY: Math.max(...ys),
      powerW: b.powerW * scale,
    };
  });
}
