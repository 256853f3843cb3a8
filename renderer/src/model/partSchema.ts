/**
 * The part library (assets/parts/*.json): what a component *is*. A design's component
 * references a part by id and may override a few values per instance.
 * Every default number names its source id, resolved in docs/DATA-SOURCES.md.
 */
import { z } from 'zod';
import { ModulationSchema, SerdesClassSchema } from './schema';

const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const positive = finite.refine((v) => v > 0, 'expected a number > 0');
const nonNegative = finite.refine((v) => v >= 0, 'expected a number ≥ 0');

export const PartCategorySchema = z.enum([
  'xpu', // GPU, NPU or switch ASIC: the host of the SerDes
  'hbm',
  'optical-engine',
  'laser-source',
  'fiber-interface',
  'cage',
  'pluggable-module',
  'retimer',
]);
export type PartCategory = z.infer<typeof PartCategorySchema>;

/**
 * Field-replaceable-unit (FRU) class: how the part is replaced when it fails.
 */
export const FruClassSchema = z.enum(['hot-pluggable', 'socketed', 'soldered', 'co-packaged']);
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

/** One layer of the part's own thermal build-up, bottom to top. */
export const PartLayerSchema = z.object({
  name: z.string().max(100),
  material: z.string().max(64),
  thicknessMm: positive,
  kWmK: positive,
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
  /** Field name → source id in docs/DATA-SOURCES.md (e.g. { "powerW": "nvidia-h100-datasheet" }). */
  sources: z.record(z.string(), z.string()),
});
/** A library part. */
export type Part = z.infer<typeof PartSchema>;

export const PartLibrarySchema = z.array(PartSchema);
/** Parts keyed by id. */
export type PartLibrary = ReadonlyMap<string, Part>;
