/**
 * Public surface of the thermal solver: the design-level analysis (stepwise and
 * run-to-end), its result types and the mesh presets. See README.md in this folder.
 */
export { ThermalAnalysis, solveThermal, type ThermalOptions } from './analyzeThermal';
export { MESH_PRESETS, meshPreset } from './meshPresets';
export { ThermalSolver, type ThermalSolverOptions } from './thermalSolver';
export type * from './thermalResult';
export type { MeshPreset, ThermalBox, ThermalProblem } from './types';
export { thermalSummary, type ThermalSummary } from './thermalSummary';
