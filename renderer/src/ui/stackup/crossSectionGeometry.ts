/**
 * The to-scale cross-section of a carrier, in SVG pixels: one band per layer whose height is
 * its thickness times one vertical scale (px/mm), the regions of each layer inside its band
 * at their x extent, components embedded in a layer or sitting on top as outlines, and scale
 * bars. x is along the carrier's width (one horizontal scale); y is collapsed. Pure.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Carrier, Component, RegionKind } from '../../model/schema';

/** A rectangle in SVG pixels. */
export interface PxRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the cross-section draws. */
export interface CrossSectionPlan {
  readonly bands: readonly (PxRect & {
    index: number;
    name: string;
    material: string;
    thicknessMm: number;
  })[];
  readonly regions: readonly (PxRect & { id: string; kind: RegionKind; layer: number })[];
  readonly parts: readonly (PxRect & { id: string; name: string; isEmbedded: boolean })[];
  /** Vertical scale bar: its length in px and label ("200 µm", "1 mm"). */
  readonly zBar: { readonly px: number; readonly label: string };
  /** Horizontal scale bar. */
  readonly xBar: { readonly px: number; readonly label: string };
  readonly pxPerMmZ: number;
  readonly pxPerMmX: number;
}

const NICE_UM = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000];
const NICE_MM = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** The largest nice value ≤ `target` (the smallest offered when none is). */
function nice(values: readonly number[], target: number): number {
  return [...values].reverse().find((v) => v <= target) ?? values[0]!;
}

function umLabel(um: number): string {
  return um >= 1000 ? `${um / 1000} mm` : `${um} µm`;
}

/**
 * Plans the drawing of `carrier` into a plot of `widthPx × heightPx` at (`left`, `top`).
 * `components` on the carrier with a part in `parts` are drawn as outlines.
 */
export function planCrossSection(
  carrier: Carrier,
  components: readonly Component[],
  parts: PartLibrary,
  plot: { left: number; top: number; widthPx: number; heightPx: number },
): CrossSectionPlan {
  const totalMm = carrier.layers.reduce((s, l) => s + l.thicknessMm, 0);
  const mounted = components.filter(
    (c) =>
      c.mount.carrierId === carrier.id &&
      c.mount.side !== 'bottom' &&
      c.mount.onComponentId === undefined,
  );
  const partsAbove = mounted.filter((c) => c.mount.inLayer === undefined);
  const tallestMm = Math.max(0, ...partsAbove.map((c) => parts.get(c.partId)?.sizeMm.z ?? 0));
  const heightMm = totalMm + tallestMm;
  const pxPerMmZ = plot.heightPx / heightMm;
  const pxPerMmX = plot.widthPx / carrier.widthMm;
  const yOf = (zMm: number) => plot.top + (heightMm - zMm) * pxPerMmZ;
  const bottoms: number[] = [];
  let z = 0;
  const bands = carrier.layers.map((l, index) => {
    bottoms.push(z);
    const band = {
      index,
      name: l.name,
      material: l.material,
      thicknessMm: l.thicknessMm,
      x: plot.left,
      width: plot.widthPx,
      y: yOf(z + l.thicknessMm),
      height: l.thicknessMm * pxPerMmZ,
    };
    z += l.thicknessMm;
    return band;
  });
  const regions = carrier.layers.flatMap((l, layer) =>
    (l.regions ?? []).map((r) => ({
      id: r.id,
      kind: r.kind,
      layer,
      x: plot.left + r.rectMm.x * pxPerMmX,
      width: r.rectMm.width * pxPerMmX,
      y: bands[layer]!.y,
      height: bands[layer]!.height,
    })),
  );
  const drawn = mounted.flatMap((c) => {
    const part = parts.get(c.partId);
    if (!part) return [];
    const turned = Math.abs(Math.sin((c.rotationDeg * Math.PI) / 180)) > 0.5;
    const sizeX = turned ? part.sizeMm.y : part.sizeMm.x;
    const bottomMm =
      c.mount.inLayer === undefined ? totalMm : (bottoms[c.mount.inLayer] ?? totalMm);
    const x0 = c.positionMm.x - carrier.originMm.x - sizeX / 2;
    return [
      {
        id: c.id,
        name: c.name,
        isEmbedded: c.mount.inLayer !== undefined,
        x: plot.left + x0 * pxPerMmX,
        width: sizeX * pxPerMmX,
        y: yOf(bottomMm + part.sizeMm.z),
        height: part.sizeMm.z * pxPerMmZ,
      },
    ];
  });
  const zUm = nice(NICE_UM, (heightMm * 1000) / 3);
  const xMm = nice(NICE_MM, carrier.widthMm / 4);
  return {
    bands,
    regions,
    parts: drawn,
    zBar: { px: (zUm / 1000) * pxPerMmZ, label: umLabel(zUm) },
    xBar: { px: xMm * pxPerMmX, label: `${xMm} mm` },
    pxPerMmZ,
    pxPerMmX,
  };
}
