/**
 * Default trace cross-section of each transmission medium, for the line-loss model
 * (engine/channel/lineLoss): strip width, copper thickness, spacing of the reference planes
 * of a stripline (b; a microstrip on an outer layer sits (b − t) / 2 above its plane), the
 * RMS roughness of the copper and the dielectric used when a layer's material has no Dk/Df.
 * Each row is a single-ended ~40–50 Ω line of the kind the medium uses for 112G/224G lanes.
 * Copper conductivity is the annealed-copper standard. Sources: docs/DATA-SOURCES.md.
 */
import type { ChannelMedium } from './channelLoss';
import type { Sourced } from './sourced';

/** A trace cross-section, µm, with the material key of its default dielectric. */
export interface TraceGeometry extends Sourced {
  readonly widthUm: number;
  /** Copper thickness, used when the layer's copper does not give one. */
  readonly thicknessUm: number;
  /** Distance between the two reference planes of the stripline, µm. */
  readonly planeSpacingUm: number;
  /** RMS roughness of the copper, used when the layer has no `roughnessUm`. */
  readonly roughnessUm: number;
  /** Material whose Dk/Df apply when the layer's own material has none. */
  readonly defaultMaterial: string;
}

/** Trace cross-sections by medium (the `vertical` path is a per-element loss, not a line). */
export const TRACE_GEOMETRY: Readonly<Record<Exclude<ChannelMedium, 'vertical'>, TraceGeometry>> = {
  pcb: {
    widthUm: 100,
    thicknessUm: 18,
    planeSpacingUm: 250,
    roughnessUm: 0.4,
    defaultMaterial: 'megtron7',
    sourceId: 'lightpath-data-md',
    assumption:
      'board stripline ~100 µm wide (DATA.md), ½ oz copper, planes 250 µm apart → ~47 Ω in Dk 3.4; HVLP-class foil ~0.4 µm RMS (estimate)',
  },
  substrate: {
    widthUm: 20,
    thicknessUm: 15,
    planeSpacingUm: 75,
    roughnessUm: 0.3,
    defaultMaterial: 'abf',
    sourceId: 'lightpath-data-md',
    assumption:
      'ABF build-up stripline, 15–25 µm lines (DATA.md), 15 µm plated copper, 30 µm dielectric each side → ~50 Ω; desmeared semi-additive copper ~0.3 µm RMS (estimate)',
  },
  interposer: {
    widthUm: 8,
    thicknessUm: 3,
    planeSpacingUm: 20,
    roughnessUm: 0.01,
    defaultMaterial: 'sio2',
    sourceId: 'lightpath-estimate',
    assumption:
      'SerDes lanes on a CoWoS-class silicon interposer run in the thick top metal at relaxed width: 8 µm lines, ~3 µm copper, planes 20 µm apart in oxide → ~43 Ω, ~0.33 dB/mm at 26.6 GHz (inside the 0.4 dB/mm per-mm estimate of MEDIUM_LOSS_DB_PER_MM); the 2 µm minimum-pitch lines are for HBM-style parallel buses, ~1.6 dB/mm at 26.6 GHz, and would carry no 112G lane over more than a few mm; CMP-smooth copper',
  },
  'fanout-rdl': {
    widthUm: 10,
    thicknessUm: 5,
    planeSpacingUm: 25,
    roughnessUm: 0.1,
    defaultMaterial: 'polyimide',
    sourceId: 'lightpath-estimate',
    assumption:
      'wafer-level fan-out RDL: 10 µm lines, 5 µm plated copper, 10 µm polyimide to the planes each side → ~43 Ω',
  },
};

/** Conductivity of the signal copper, S/m. */
export const COPPER_CONDUCTIVITY: Sourced & { readonly sPerM: number } = {
  sPerM: 5.8e7,
  sourceId: 'iec-60028-iacs',
  assumption:
    'International Annealed Copper Standard, 58.0 MS/m at 20 °C; plated and foil copper are within a few per cent',
};
