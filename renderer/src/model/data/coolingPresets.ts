/**
 * Cooling presets: common liquid cold plates, air heatsinks, a lid + TIM2 attach and plain
 * convection, as the rating a cooling boundary takes (a lumped resistance, K/W, spread by
 * area; or a coefficient, W/(m²·K), on every covered face) with the coolant it rejects to.
 * A resistance is case-to-coolant for the package it was quoted for: on a smaller or larger
 * face it is the same total, not the same per area. Sources: docs/DATA-SOURCES.md.
 */
import type { BoundaryRating, CoolingBoundary } from '../schema';
import type { Sourced } from './sourced';
import { DEFAULT_TEMPS_C, HTC_W_M2K, SINK_RESISTANCE_K_PER_W } from './thermal';

/** A ready-made boundary rating. */
export interface CoolingPreset extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly kind: CoolingBoundary['kind'];
  readonly rating: BoundaryRating;
  /** Coolant (liquid inlet or local air) the boundary rejects heat to, °C. */
  readonly coolantC: number;
}

const LIQUID_C = DEFAULT_TEMPS_C['coolant-inlet'].value;
const AIR_C = DEFAULT_TEMPS_C['ambient-air'].value;

/** TIM2 bond line under a cold plate, mm, and the grease's conductivity, W/(m·K). */
const TIM2_BOND_LINE_MM = 0.05;
const TIM2_GREASE_WMK = 4;

/** Every preset, liquid first, then air, attach, convection. */
export const COOLING_PRESETS: readonly CoolingPreset[] = [
  {
    id: 'cold-plate-1kw',
    name: 'Liquid cold plate, 700–1000 W package (0.04 K/W)',
    kind: 'cold-plate',
    rating: { kind: 'resistance', kPerW: SINK_RESISTANCE_K_PER_W['cold-plate'].value },
    coolantC: LIQUID_C,
    sourceId: SINK_RESISTANCE_K_PER_W['cold-plate'].sourceId,
    assumption: SINK_RESISTANCE_K_PER_W['cold-plate'].assumption,
  },
  {
    id: 'cold-plate-gb200',
    name: 'Liquid cold plate, GB200-class (0.03 K/W)',
    kind: 'cold-plate',
    rating: { kind: 'resistance', kPerW: 0.03 },
    coolantC: LIQUID_C,
    sourceId: 'kenfa-gb200-cold-plate',
    assumption:
      'required cold-plate resistance "less than 0.03 °C/W" for a B200 GPU; taken at the bound',
  },
  {
    id: 'liquid-channels-htc',
    name: 'Liquid channels, h = 5,000 W/(m²·K)',
    kind: 'cold-plate',
    rating: { kind: 'htc', wPerM2K: HTC_W_M2K.liquid.value },
    coolantC: LIQUID_C,
    sourceId: HTC_W_M2K.liquid.sourceId,
    assumption: HTC_W_M2K.liquid.assumption,
  },
  {
    id: 'microchannel-htc',
    name: 'Liquid microchannels, h = 20,000 W/(m²·K)',
    kind: 'cold-plate',
    rating: { kind: 'htc', wPerM2K: 20_000 },
    coolantC: LIQUID_C,
    sourceId: 'incropera-2011',
    assumption:
      'top of the 100–20,000 W/(m²·K) range for forced convection of liquids: channels etched or skived right over the face',
  },
  {
    id: 'air-heatsink-asic',
    name: 'Forced-air heatsink, large, on a ~500 W ASIC (0.12 K/W)',
    kind: 'air-heatsink',
    rating: { kind: 'resistance', kPerW: SINK_RESISTANCE_K_PER_W['air-heatsink'].value },
    coolantC: AIR_C,
    sourceId: SINK_RESISTANCE_K_PER_W['air-heatsink'].sourceId,
    assumption: SINK_RESISTANCE_K_PER_W['air-heatsink'].assumption,
  },
  {
    id: 'air-heatsink-2u',
    name: 'Forced-air heatsink, 2U server CPU (0.20 K/W)',
    kind: 'air-heatsink',
    rating: { kind: 'resistance', kPerW: 0.201 },
    coolantC: AIR_C,
    sourceId: 'intel-xeon5500-tmdg',
    assumption:
      'Intel 2U/tower reference target Ψca 0.201 °C/W case to local air (incl. TIM2) at ~100 W; local air taken as ambient',
  },
  {
    id: 'air-heatsink-1u',
    name: 'Forced-air heatsink, 1U server CPU (0.34 K/W)',
    kind: 'air-heatsink',
    rating: { kind: 'resistance', kPerW: 0.335 },
    coolantC: AIR_C,
    sourceId: 'intel-xeon5500-tmdg',
    assumption:
      'Intel 1U reference target Ψca 0.335 °C/W case to local air (incl. TIM2) at 9.7 CFM; local air taken as ambient',
  },
  {
    id: 'lid-tim2-attach',
    name: 'Lid + TIM2 to a cold plate base at coolant, h = 80,000 W/(m²·K)',
    kind: 'lid',
    rating: { kind: 'htc', wPerM2K: TIM2_GREASE_WMK / (TIM2_BOND_LINE_MM * 1e-3) },
    coolantC: LIQUID_C,
    sourceId: 'lightpath-estimate',
    assumption:
      'TIM2 grease k = 4 W/(m·K) (DATA.md 3–8) over a 50 µm bond line, h = k/t; the plate base is held at coolant (its own resistance left out)',
  },
  {
    id: 'forced-air-htc',
    name: 'Forced air over a bare face, h = 100 W/(m²·K)',
    kind: 'convection',
    rating: { kind: 'htc', wPerM2K: HTC_W_M2K['forced-air'].value },
    coolantC: AIR_C,
    sourceId: HTC_W_M2K['forced-air'].sourceId,
    assumption: HTC_W_M2K['forced-air'].assumption,
  },
];

/** The preset with that id, if any. */
export function coolingPreset(id: string | undefined): CoolingPreset | undefined {
  return id === undefined ? undefined : COOLING_PRESETS.find((p) => p.id === id);
}
