import type { MeshPreset } from './types';

/**
 * Mesh presets the user picks. The numbers are discretisation choices, not physical
 * data: they trade time for accuracy, and the verification tests (tests/unit/engine/
 * thermal) measure the error they give. "normal" resolves a 2 mm source on a 10 mm
 * plate to within 1 % of the series solution of the spreading resistance.
 */
export const MESH_PRESETS: Readonly<Record<MeshPreset['name'], MeshPreset>> = {
  coarse: {
    name: 'coarse',
    maxCellsAcross: 24,
    edgeCellFraction: 0.5,
    sourceCellFraction: 0.25,
    growthRatio: 1.4,
    maxCellThicknessMm: 1,
    minSourceLayerCells: 1,
  },
  normal: {
    name: 'normal',
    maxCellsAcross: 48,
    edgeCellFraction: 0.5,
    sourceCellFraction: 0.25,
    growthRatio: 1.3,
    maxCellThicknessMm: 0.5,
    minSourceLayerCells: 2,
  },
  fine: {
    name: 'fine',
    maxCellsAcross: 96,
    edgeCellFraction: 0.5,
    sourceCellFraction: 0.25,
    growthRatio: 1.2,
    maxCellThicknessMm: 0.25,
    minSourceLayerCells: 3,
  },
};

/** The preset of that name; "normal" is the studio's default. */
export function meshPreset(name: MeshPreset['name'] = 'normal'): MeshPreset {
  return MESH_PRESETS[name];
}
