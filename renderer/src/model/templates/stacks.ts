/**
 * Carrier stacks of the generated designs, bottom layer first. Conductivities come from the
 * material table (renderer/src/model/materials.ts, sources in docs/DATA-SOURCES.md); a
 * layer holding copper gets the parallel/series mixing of `laminateConductivity` with the
 * copper volume fraction of its planes and signal layers (fills from COPPER_FILL).
 */
import { COPPER_FILL, materialByKey, type CopperLayer } from '../materials';
import type { Layer } from '../schema';

function material(key: string) {
  const m = materialByKey(key);
  if (!m) throw new Error(`unknown material ${key}`);
  return m;
}

/** Copper layers: `signals` at 20 % fill and `planes` at 80 %, each `thicknessUm` thick. */
function copper(signals: number, planes: number, thicknessUm: number): CopperLayer[] {
  return [
    ...(signals > 0 ? [{ thicknessUm, fill: COPPER_FILL.signal, count: signals }] : []),
    ...(planes > 0 ? [{ thicknessUm, fill: COPPER_FILL.plane, count: planes }] : []),
  ];
}

/** A dielectric layer with embedded copper (its k follows by the mixing rules, W/(m·K)). */
function laminate(name: string, key: string, thicknessMm: number, cu: CopperLayer[]): Layer {
  return { name, material: material(key).key, thicknessMm, copper: cu.map((c) => ({ ...c })) };
}

/** A layer of one isotropic material. */
function solid(name: string, key: string, thicknessMm: number): Layer {
  return { name, material: material(key).key, thicknessMm };
}

/**
 * 20-layer, 3.2 mm switch main board of a Megtron 7-class laminate: two outer build-ups of
 * 6 copper layers (3 signal, 3 plane) and an 8-layer plane-heavy core, 1 oz (35 µm) copper.
 */
export function switchBoardLayers(): Layer[] {
  return [
    laminate('L15–L20 bottom signal/plane build-up', 'megtron7', 1.0, copper(3, 3, 35)),
    laminate('L7–L14 power/ground core', 'megtron7', 1.2, copper(2, 6, 35)),
    laminate('L1–L6 top signal/plane build-up', 'megtron7', 1.0, copper(3, 3, 35)),
  ];
}

/**
 * Large organic package substrate (ABF build-up on a glass-reinforced core), 10-2-10 class:
 * 10 build-up copper layers of 15 µm on each side of a 0.8 mm core with 2 plane layers.
 */
export function packageSubstrateLayers(): Layer[] {
  return [
    laminate('bottom ABF build-up (10 layers)', 'abf', 0.35, copper(6, 4, 15)),
    laminate('core (glass-reinforced, 2 planes)', 'substrate-core', 0.8, copper(0, 2, 35)),
    laminate('top ABF build-up (10 layers)', 'abf', 0.35, copper(6, 4, 15)),
  ];
}

/**
 * Wafer-level fan-out RDL interposer (InFO / SoW class, no silicon): 6 copper layers of 5 µm
 * (3 signal, 3 plane) in a polymer dielectric, 50 µm in all. Polyimide-class dielectrics are
 * not in the material table; ABF (0.3 W/(m·K), the same polymer family) stands in for them.
 */
export function fanOutRdlLayers(): Layer[] {
  return [laminate('fan-out RDL, 6 Cu layers in polymer', 'abf', 0.05, copper(3, 3, 5))];
}

/** 3D active interposer / base die: 100 µm silicon with TSVs under a hybrid-bond RDL (8 µm). */
export function interposer3dLayers(): Layer[] {
  return [
    solid('active base die with TSVs', 'silicon', 0.1),
    laminate('hybrid-bond RDL, 3 Cu layers in oxide', 'sio2', 0.008, copper(1, 2, 1.5)),
  ];
}
