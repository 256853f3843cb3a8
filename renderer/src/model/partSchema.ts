/**
 * The part library (assets/parts/*.json): what a component *is*. A design's component
 * references a part by id and may override a few values per instance.
 * Every default number names its source id, resolved in docs/DATA-SOURCES.md.
 */
import { z } from 'zod';
import {
  KOverrideShape,
  LayerThicknessSchema,
  ModulationSchema,
  RectMmSchema,
  SerdesClassSchema,
} from './signalSchema';

// zod 4 numbers are finite; bounds are zod checks so they reach the JSON Schema.
const finite = z.number();
const positive = z.number().positive('expected a number > 0');
const nonNegative = z.number().min(0, 'expected a number ≥ 0');

export const PartCategorySchema = z.enum([
  'xpu', // GPU, NPU or switch ASIC: the host of the SerDes
  'hbm',
  'optical-engine',
  'laser-source',
  'fiber-interface',
  'cage',
  'pluggable-module',
  'retimer',
  'die', // a bare die of the user's own (chiplet, bridge, base die)
  'passive', // capacitors, passive blocks
  'stiffener',
  'lid', // package lid or heat spreader
  'mechanical', // heatsink bodies, cold-plate bases, enclosures
]);
export type PartCategory = z.infer<typeof PartCategorySchema>;

/**
 * Field-replaceable-unit (FRU) class: how the part is replaced when it fails.
 * `detachable`: held by a connector or latch that opens without tools or rework (an external
 * laser source behind a blind-mate fiber connector, a detachable fiber shuffle).
 */
export const FruClassSchema = z.enum([
  'hot-pluggable',
  'detachable',
  'socketed',
  'soldered',
  'co-packaged',
]);
export type FruClass = z.infer<typeof FruClassSchema>;

export const PortSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['electrical', 'optical']),
  lanes: z.number().int().min(1).max(1024),
  laneRateGbps: positive,
  modulation: ModulationSchema,
  /** Reach class of an electrical port's SerDes; absent for optical ports. */
  serdesClass: SerdesClassSchema.optional(),
  /** Edge of the part's footprint the port sits on (before rotation). */
  edge: z.enum(['north', 'south', 'east', 'west', 'top', 'bottom']),
  /** Offset of the port's centre along that edge from the edge's midpoint, mm. */
  offsetMm: finite.default(0),
});
export type Port = z.infer<typeof PortSchema>;

/**
 * One layer of the part's own thermal build-up, bottom to top. Its conductivity is its
 * material's (model/materials.ts, or one of the design's own materials) unless overridden.
 */
export const PartLayerSchema = z.object({
  name: z.string().max(100),
  material: z.string().min(1).max(64),
  thicknessMm: LayerThicknessSchema,
  ...KOverrideShape,
  /** True for the layer where the part's power is dissipated. */
  isHeatSource: z.boolean().default(false),
});
export type PartLayer = z.infer<typeof PartLayerSchema>;

/** Energy of the electrical and optical functions the part performs, pJ/bit. */
export const EnergySchema = z.object({
  serdesPjPerBit: nonNegative.optional(),
  dspPjPerBit: nonNegative.optional(),
  driverTiaPjPerBit: nonNegative.optional(),
  modulatorPjPerBit: nonNegative.optional(),
  laserPjPerBit: nonNegative.optional(),
});
export type Energy = z.infer<typeof EnergySchema>;

/** One named block of a power map, in the part's own frame (see PowerMapSchema). */
export const PowerBlockSchema = z.object({
  name: z.string().min(1).max(100),
  rectMm: RectMmSchema,
  powerW: nonNegative,
});
export type PowerBlock = z.infer<typeof PowerBlockSchema>;

/**
 * Where in its heat-source layer a part dissipates, in the part's own frame (x, y from the
 * lower-left corner of the unrotated footprint, mm). Named blocks, or a grid of cells of
 * equal size (`cellsW` row by row from y = 0, nx per row). The map's total is the part's
 * `powerW`; a component whose power differs (an override, or the power engine) scales it.
 */
export const PowerMapSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blocks'), blocks: z.array(PowerBlockSchema).min(1).max(1000) }),
  z.object({
    kind: z.literal('grid'),
    nx: z.number().int().min(1).max(256),
    ny: z.number().int().min(1).max(256),
    cellsW: z.array(nonNegative).max(65536),
  }),
]);
export type PowerMap = z.infer<typeof PowerMapSchema>;

export const PartSchema = z.object({
  id: z.string().min(1).max(128),
  name: z.string().min(1).max(200),
  category: PartCategorySchema,
  description: z.string().max(2000).default(''),
  sizeMm: z.object({ x: positive, y: positive, z: positive }),
  /** Total dissipated power, W. */
  powerW: nonNegative,
  /** Maximum allowed case/junction temperature, °C. */
  tempLimitC: finite,
  ports: z.array(PortSchema),
  fruClass: FruClassSchema,
  /** Failure rate in FIT (failures per 10⁹ device-hours). */
  failureRateFit: nonNegative,
  /** Replacement part cost, USD. */
  costUsd: nonNegative,
  energy: EnergySchema.default({}),
  /** True for modules that retime with a DSP; false for linear (LPO) modules. */
  hasDsp: z.boolean().optional(),
  /** For parts with microrings: resonance drift, nm/K. */
  ringDriftNmPerK: nonNegative.optional(),
  /** Added latency inside the part (DSP, FEC), ns. */
  latencyNs: nonNegative.default(0),
  layers: z.array(PartLayerSchema).default([]),
  /** Where the power is dissipated within the heat-source layers; absent: uniformly. */
  powerMap: PowerMapSchema.optional(),
  /** Smallest bend an in-package light turn of this part allows a fiber, mm (as the part states). */
  lightTurnRadiusMm: positive.optional(),
  /**
   * Field name → source id in docs/DATA-SOURCES.md (e.g. { "powerW": "nvidia-h100-datasheet" }),
   * or "user" for a value the design's author entered.
   */
  sources: z.record(z.string(), z.string()),
});
/** A library part. */
export type Part = z.infer<typeof PartSchema>;

export const PartLibrarySchema = z.array(PartSchema);
/** Parts keyed by id. */
export type PartLibrary = ReadonlyMap<string, Part>;
