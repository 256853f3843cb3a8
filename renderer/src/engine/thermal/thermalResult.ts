import type { EnergyBalance } from './energyBalance';
import type { Vec3Mm } from './types';

/** Temperatures of one component, °C, and its limit. */
export interface ComponentTemperature {
  id: string;
  name: string;
  partId: string;
  category: string;
  maxC: number;
  meanC: number;
  /** Volume-mean temperature of the heat-source layers (the active die), °C. */
  activeMeanC: number;
  /** Where the maximum sits (cell centre), mm. */
  maxAtMm: Vec3Mm;
  limitC: number;
  /** limitC − maxC: negative when over the limit, K. */
  marginC: number;
}

/** An optical engine or laser against its limit, and its microring drift. */
export interface OpticalCheck {
  id: string;
  name: string;
  category: 'optical-engine' | 'laser-source';
  maxC: number;
  limitC: number;
  marginC: number;
  isOverLimit: boolean;
  /**
   * Microring resonance drift, nm: ringDriftNmPerK × (active-layer mean − ring reference
   * temperature); undefined for parts without rings.
   */
  ringDriftNm: number | undefined;
}

/** Temperature rise of an optical part (engine, pluggable module, laser) per watt of an xPU, by superposition, K/W. */
export interface ThermalCoupling {
  xpuId: string;
  opticalId: string;
  /** Mean temperature rise of the optical part per watt dissipated in the xPU alone. */
  kPerW: number;
}

/** A local maximum of the temperature field. */
export interface Hotspot {
  x: number;
  y: number;
  z: number;
  c: number;
  /** Component or carrier the hot cell belongs to. */
  ownerId: string;
}

/** A horizontal cut of the field for the heat map. */
export interface TemperatureSlice {
  label: string;
  /** Height of the cut, mm. */
  zMm: number;
  nx: number;
  ny: number;
  /** Cell edges, mm (nx + 1 and ny + 1 values). */
  xMm: Float32Array;
  yMm: Float32Array;
  /** Temperature per cell, °C, index j·nx + i; NaN where the cut meets no material. */
  tempC: Float32Array;
}

/** The whole field, index (j·nx + i)·nz + k; NaN on empty cells. */
export interface TemperatureField {
  nx: number;
  ny: number;
  nz: number;
  xMm: Float32Array;
  yMm: Float32Array;
  zMm: Float32Array;
  tempC: Float32Array;
}

/** Everything the thermal analysis reports for a design. */
export interface ThermalResult {
  ambientC: number;
  maxC: number;
  iterations: number;
  relativeResidual: number;
  energyBalance: EnergyBalance;
  grid: { nx: number; ny: number; nz: number; cells: number; solidCells: number; preset: string };
  components: ComponentTemperature[];
  optical: OpticalCheck[];
  couplings: ThermalCoupling[];
  hotspots: Hotspot[];
  slices: TemperatureSlice[];
  field: TemperatureField;
  /** Things the user should know: skipped parts, lost power, sinks with no face. */
  warnings: string[];
}
