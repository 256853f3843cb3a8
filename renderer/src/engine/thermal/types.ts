/**
 * Plain data types of the thermal solver: the geometric problem (boxes and face sinks,
 * built from a design by designToProblem.ts or directly by tests) and the structured
 * finite-volume mesh built from it. Lengths in mm, conductivity in W/(m·K), power in W,
 * temperatures in °C.
 */

/** A point or extent in global coordinates, mm (x right, y into the board, z up). */
export interface Vec3Mm {
  x: number;
  y: number;
  z: number;
}

/** Anisotropic thermal conductivity along x, y and z, W/(m·K). */
export interface ConductivityWmK {
  x: number;
  y: number;
  z: number;
}

/** What a box belongs to in the design; used to attribute cells to components. */
export type BoxOwner =
  | { kind: 'carrier'; carrierId: string; layerIndex: number; regionId?: string }
  | { kind: 'standoff'; carrierId: string }
  | { kind: 'component'; componentId: string; layerIndex: number }
  | { kind: 'test' };

/**
 * An axis-aligned block of one material. Boxes are painted in order, later boxes
 * replacing earlier ones where they overlap. `powerW` is spread uniformly over the
 * volume the box finally owns.
 */
export interface ThermalBox {
  /** Label for findings, e.g. "U1 / die". */
  name: string;
  owner: BoxOwner;
  minMm: Vec3Mm;
  maxMm: Vec3Mm;
  kWmK: ConductivityWmK;
  powerW: number;
  /** True when the box is a heat-source layer (mesh refinement and drift read-out). */
  isHeatSource: boolean;
}

/**
 * A heatsink, cold plate or convective face: a total thermal resistance from the
 * exposed `face` of the listed boxes to a coolant, distributed over that face as an
 * equal conductance per area, G_i = A_i / (R · A_total).
 */
export interface FaceSink {
  id: string;
  boxIndices: number[];
  face: 'top' | 'bottom';
  /** Total resistance to the coolant, K/W; or, when absent, `htcWm2K` on every face. */
  resistanceKPerW?: number;
  /** Heat-transfer coefficient from each covered face to the coolant, W/(m²·K). */
  htcWm2K?: number;
  coolantC: number;
}

/** Convection coefficients of exposed faces by orientation, W/(m²·K); 0 = adiabatic. */
export interface ExposedHtc {
  top: number;
  bottom: number;
  sides: number;
}

/** The geometric steady-state conduction problem. */
export interface ThermalProblem {
  boxes: ThermalBox[];
  /** Ambient for exposed faces, °C; also the reference of the solved temperature rise. */
  ambientC: number;
  /**
   * Convection from exposed faces not under a sink, W/(m²·K): one value for every face, or
   * one per orientation; 0 makes them adiabatic.
   */
  exposedHtcWm2K: number | ExposedHtc;
  sinks: FaceSink[];
}

/** Mesh density of a preset (see meshPresets.ts). */
export interface MeshPreset {
  name: 'coarse' | 'normal' | 'fine';
  /** Largest in-plane cell is the domain extent divided by this count. */
  maxCellsAcross: number;
  /** Cell size at a material edge, as a fraction of the largest cell. */
  edgeCellFraction: number;
  /** Cell size at a heat-source edge, as a fraction of the largest cell. */
  sourceCellFraction: number;
  /** Ratio between neighbouring cell sizes away from an edge (geometric growth). */
  growthRatio: number;
  /** Largest cell through a layer, mm. */
  maxCellThicknessMm: number;
  /** Fewest cells through a heat-source layer. */
  minSourceLayerCells: number;
}

/**
 * Structured cell-centred mesh. Cell (i, j, k) has index (j·nx + i)·nz + k, so a z column
 * is contiguous. `owner` is the index of the box filling the cell or -1 for empty space
 * (empty cells are excluded from the solve; faces towards them are exposed faces).
 */
export interface ThermalMesh {
  nx: number;
  ny: number;
  nz: number;
  /** Cell edges, mm: nx + 1, ny + 1 and nz + 1 values. */
  xMm: Float64Array;
  yMm: Float64Array;
  zMm: Float64Array;
  owner: Int32Array;
  /** Heat generated in each cell, W. */
  sourceW: Float64Array;
  /** Power of boxes that ended up owning no cell (fully covered by later boxes), W. */
  lostPowerW: number;
}
