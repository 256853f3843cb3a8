/**
 * The design as axis-aligned boxes for the report's drawings and the glTF export: one box
 * per carrier (a slab of its layers' total thickness) and one per component (its footprint
 * and z span), from the engine's layout (engine/geometry).
 */
import { designParts } from '../../model/designParts';
import { buildLayout } from '../../engine/geometry/layout';
import type { PartCategory, PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';

/** A box in global mm (x right, y away from the viewer in the top view, z up). */
export interface LayoutBox {
  readonly id: string;
  readonly name: string;
  readonly kind: 'carrier' | PartCategory;
  readonly minMm: { readonly x: number; readonly y: number; readonly z: number };
  readonly maxMm: { readonly x: number; readonly y: number; readonly z: number };
}

/** Fill colour of each kind of box (sRGB hex), shared by the drawings and the legend. */
export const BOX_COLORS: Readonly<Record<LayoutBox['kind'], string>> = {
  carrier: '#6f8f5e',
  xpu: '#4a5a78',
  hbm: '#7b6aa6',
  'optical-engine': '#d08a2e',
  'laser-source': '#c0463b',
  'fiber-interface': '#3b8ea5',
  cage: '#8d949c',
  'pluggable-module': '#5d7fb8',
  retimer: '#9a7b4f',
  die: '#56708f',
  passive: '#7d8a6a',
  stiffener: '#8a8072',
  lid: '#b08a5a',
  mechanical: '#7a838c',
};

/** Readable name of each kind, for legends. */
export const BOX_KIND_LABELS: Readonly<Record<LayoutBox['kind'], string>> = {
  carrier: 'carrier (board, substrate, interposer)',
  xpu: 'xPU / switch',
  hbm: 'HBM',
  'optical-engine': 'optical engine',
  'laser-source': 'laser source',
  'fiber-interface': 'fiber interface',
  cage: 'cage',
  'pluggable-module': 'pluggable module',
  retimer: 'retimer',
  die: 'bare die',
  passive: 'passive block',
  stiffener: 'stiffener',
  lid: 'lid / heat spreader',
  mechanical: 'mechanical part',
};

/** Every carrier, then every component with a known part, in document order. */
export function layoutBoxes(doc: Design, partLibrary: PartLibrary): LayoutBox[] {
  const library = designParts(doc, partLibrary);
  const layout = buildLayout(doc, library);
  const boxes: LayoutBox[] = [];
  for (const { carrier, rect, z } of layout.carriers.values())
    boxes.push({
      id: carrier.id,
      name: carrier.name,
      kind: 'carrier',
      minMm: { x: rect.minX, y: rect.minY, z: z.bottomMm },
      maxMm: { x: rect.maxX, y: rect.maxY, z: z.topMm },
    });
  for (const { component, part, footprint, z } of layout.components.values())
    boxes.push({
      id: component.id,
      name: component.name,
      kind: part.category,
      minMm: { x: footprint.minX, y: footprint.minY, z: z.bottomMm },
      maxMm: { x: footprint.maxX, y: footprint.maxY, z: z.topMm },
    });
  return boxes;
}
