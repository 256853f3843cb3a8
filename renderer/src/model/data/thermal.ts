/**
 * Thermal defaults: heat-transfer coefficients, cold plate and heat-sink resistances, ambient
 * and coolant temperatures, microring drift and laser temperature limits.
 * Sources: docs/DATA-SOURCES.md.
 */
import type { Sourced } from './sourced';

/** A value with its unit in the field name, and its source. */
export interface ThermalEntry extends Sourced {
  readonly value: number;
}

/** Cooling on a surface. */
export type CoolingKind = 'natural-air' | 'forced-air' | 'liquid';

/** Convective heat-transfer coefficients, W/(m²·K). */
export const HTC_W_M2K: Readonly<Record<CoolingKind, ThermalEntry>> = {
  'natural-air': {
    value: 10,
    sourceId: 'incropera-2011',
    assumption: 'free convection of gases, 2–25 W/(m²·K): board faces in still air',
  },
  'forced-air': {
    value: 100,
    sourceId: 'incropera-2011',
    assumption: 'forced convection of gases, 25–250 W/(m²·K): server airflow over bare surfaces',
  },
  liquid: {
    value: 5000,
    sourceId: 'incropera-2011',
    assumption: 'forced convection of liquids, 100–20,000 W/(m²·K): water in cold-plate channels',
  },
};

/** Thermal resistances of a heat sink or cold plate from the part's top face to coolant/air, K/W. */
export const SINK_RESISTANCE_K_PER_W: Readonly<
  Record<'cold-plate' | 'air-heatsink', ThermalEntry>
> = {
  'cold-plate': {
    value: 0.04,
    sourceId: 'cold-plate-resistance',
    assumption: 'liquid cold plate on a 700–1000 W package, incl. TIM2 (0.02–0.05 K/W)',
  },
  'air-heatsink': {
    value: 0.12,
    sourceId: 'lightpath-estimate',
    assumption: 'large forced-air heat sink on a ~500 W switch ASIC: ~60 K rise at 500 W',
  },
};

/** Equivalent heat-transfer coefficient of a resistance R over a contact area, W/(m²·K): 1/(R·A). */
export function htcFromResistance(resistanceKPerW: number, areaMm2: number): number {
  if (!(resistanceKPerW > 0 && areaMm2 > 0))
    throw new RangeError('resistance and area must be > 0');
  return 1 / (resistanceKPerW * areaMm2 * 1e-6);
}

/** Default temperatures, °C. */
export const DEFAULT_TEMPS_C: Readonly<Record<'ambient-air' | 'coolant-inlet', ThermalEntry>> = {
  'ambient-air': {
    value: 35,
    sourceId: 'lightpath-estimate',
    assumption: 'server inlet air at the top of the ASHRAE A2 allowable range (35 °C)',
  },
  'coolant-inlet': {
    value: 35,
    sourceId: 'lightpath-estimate',
    assumption: 'warm-water liquid cooling supply',
  },
};

/** Resonance drift of silicon microrings with temperature, nm/K. */
export const RING_DRIFT_NM_PER_K: ThermalEntry = {
  value: 0.08,
  sourceId: 'microring-thermal-drift',
  assumption:
    'silicon ring near 1310 nm, dn/dT ≈ 1.8×10⁻⁴ /K, no athermal cladding; range 0.08–0.1',
};

/** Temperature at which a ring's resonance is trimmed, °C; drift is counted from here. */
export const RING_REFERENCE_TEMP_C: ThermalEntry = {
  value: 25,
  sourceId: 'lightpath-estimate',
  assumption: 'rings trimmed/calibrated at room temperature; heaters then track rises above it',
};

/** Laser temperature limits, °C. */
export const LASER_LIMIT_C: Readonly<Record<'integrated' | 'pluggable-case', ThermalEntry>> = {
  integrated: {
    value: 80,
    sourceId: 'lightpath-data-md',
    assumption:
      'laser integrated in an engine or module: 70–85 °C; one reason CPO moves lasers out',
  },
  'pluggable-case': {
    value: 70,
    sourceId: 'osfp-800g-datasheets',
    assumption: 'commercial pluggable module / ELSFP case temperature, 0–70 °C',
  },
};

/** Resonance drift of a ring for a temperature, nm (signed): coefficient × (T − reference). */
export function ringDriftNm(
  tempC: number,
  driftNmPerK: number = RING_DRIFT_NM_PER_K.value,
): number {
  return driftNmPerK * (tempC - RING_REFERENCE_TEMP_C.value);
}
