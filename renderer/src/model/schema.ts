/**
 * The design document (`*.lightpath.json`): one zod schema gives the TypeScript types,
 * the runtime check and the published JSON Schema (docs/lightpath-design.schema.json).
 *
 * Units are in the names: lengths in mm, angles in degrees, temperatures in °C,
 * power in W, rates in Gb/s. Coordinates are global: x to the right, y away from the
 * viewer (into the board), z up from the bottom face of the base carrier.
 */
import { z } from 'zod';

/** Format identifier written into every document. */
export const FORMAT = 'lightpath-studio/design';

/**
 * Current format version. One line per version (never reuse a number):
 * 1 — first draft: a link carried `rateGbps` for the whole link and no modulation.
 * 2 — links carry `laneRateGbps` and `modulation`; documents gained `scenarios`.
 */
export const FORMAT_VERSION = 2;

const id = z.string().min(1).max(128);
// zod 4 numbers are finite (NaN and ±Infinity fail the type check). Bounds use zod's own
// checks rather than refinements, so they also appear in the generated JSON Schema.
const finite = z.number();
const nonNegative = z.number().min(0);
const positive = z.number().positive();

export const ArchitectureSchema = z.enum([
  'dsp-pluggable',
  'lpo',
  'npo',
  'cpo-a',
  'cpo-b',
  'cpo-c',
]);
export type Architecture = z.infer<typeof ArchitectureSchema>;

export const CarrierKindSchema = z.enum(['pcb', 'substrate', 'interposer-2.5d', 'interposer-3d']);
export type CarrierKind = z.infer<typeof CarrierKindSchema>;

/**
 * SerDes reach class of an electrical link (OIF CEI naming). `XSR+` is OIF CEI-112G-XSR+
 * (die to a nearby optical engine over up to 13 dB, e.g. NPO through a board and socket).
 */
export const SerdesClassSchema = z.enum(['XSR', 'XSR+', 'VSR', 'MR', 'LR']);
export type SerdesClass = z.infer<typeof SerdesClassSchema>;

export const ModulationSchema = z.enum(['NRZ', 'PAM4']);
export type Modulation = z.infer<typeof ModulationSchema>;

export const LayerSchema = z.object({
  /** Display name, e.g. "L3 signal" or "ABF build-up". */
  name: z.string().max(200),
  /** Material key (see model/materials.ts), e.g. "megtron7", "abf", "silicon", "copper". */
  material: z.string().min(1).max(64),
  thicknessMm: positive,
  /** Thermal conductivity along the layer, W/(m·K). */
  kInPlaneWmK: positive,
  /** Thermal conductivity through the layer, W/(m·K). */
  kThroughPlaneWmK: positive,
});
export type Layer = z.infer<typeof LayerSchema>;

export const CarrierSchema = z.object({
  id,
  name: z.string().max(200),
  kind: CarrierKindSchema,
  /** Carrier this one is mounted on; absent for the base carrier (the board). */
  onCarrierId: id.optional(),
  /** Global x, y of the carrier's lower-left corner, mm. */
  originMm: z.object({ x: finite, y: finite }),
  widthMm: positive,
  depthMm: positive,
  /** Height of the joint below the carrier (BGA balls, C4 bumps), mm. 0 for the base. */
  standoffMm: nonNegative.default(0),
  /** Layers from bottom to top. */
  layers: z.array(LayerSchema).min(1),
});
export type Carrier = z.infer<typeof CarrierSchema>;

export const MountSchema = z.object({
  carrierId: id,
  side: z.enum(['top', 'bottom']).default('top'),
  /** For 3D stacks: the component this one sits on (CPO Type C). */
  onComponentId: id.optional(),
});
export type Mount = z.infer<typeof MountSchema>;

/** Per-instance values that replace the part library's defaults. */
export const OverridesSchema = z.object({
  powerW: nonNegative.optional(),
  tempLimitC: finite.optional(),
  costUsd: nonNegative.optional(),
  failureRateFit: nonNegative.optional(),
});
export type Overrides = z.infer<typeof OverridesSchema>;

export const ComponentSchema = z.object({
  id,
  /** Part reference into the library (assets/parts). */
  partId: id,
  /** Reference designator or label, e.g. "U1", "OE3". */
  name: z.string().max(200),
  /** Global x, y of the component's centre, mm. */
  positionMm: z.object({ x: finite, y: finite }),
  /** Rotation about z, degrees, counter-clockwise. */
  rotationDeg: finite.default(0),
  mount: MountSchema,
  overrides: OverridesSchema.optional(),
});
export type Component = z.infer<typeof ComponentSchema>;

export const PortRefSchema = z.object({ componentId: id, port: id });
export type PortRef = z.infer<typeof PortRefSchema>;

export const LinkSchema = z.object({
  id,
  from: PortRefSchema,
  to: PortRefSchema,
  lanes: z.number().int().min(1).max(1024),
  laneRateGbps: z.number().positive().max(1000, 'expected a lane rate ≤ 1000 Gb/s'),
  modulation: ModulationSchema,
  serdesClass: SerdesClassSchema,
});
export type Link = z.infer<typeof LinkSchema>;

export const FiberTypeSchema = z.enum(['G.652.D', 'G.657.A2', 'G.657.B3']);
export type FiberType = z.infer<typeof FiberTypeSchema>;

export const FiberSchema = z.object({
  id,
  from: PortRefSchema,
  /** Absent when the fiber leaves the design (to the faceplate or another system). */
  to: PortRefSchema.optional(),
  fiberType: FiberTypeSchema,
  count: z.number().int().min(1).max(4096),
  /** Polyline of the fiber route (global mm); corners are bent at `bendRadiusMm`. */
  pathMm: z.array(z.object({ x: finite, y: finite, z: finite })),
  bendRadiusMm: positive,
  /** Length beyond the design (to the faceplate, or the far system), m. */
  externalLengthM: nonNegative.default(0),
});
export type Fiber = z.infer<typeof FiberSchema>;

export const KeepOutSchema = z.object({
  id,
  name: z.string().max(200),
  carrierId: id,
  /** What the keep-out forbids. */
  kind: z.enum(['routing', 'placement', 'both']),
  rectMm: z.object({ x: finite, y: finite, width: positive, depth: positive }),
});
export type KeepOut = z.infer<typeof KeepOutSchema>;

export const HeatsinkSchema = z.object({
  id,
  kind: z.enum(['cold-plate', 'air-heatsink']),
  /** Components whose top faces the heatsink covers. */
  componentIds: z.array(id).min(1),
  /** Thermal resistance from the covered faces to the coolant, K/W. */
  resistanceKPerW: positive,
  coolantC: finite,
});
export type Heatsink = z.infer<typeof HeatsinkSchema>;

export const CoolingSchema = z.object({
  ambientC: z
    .number()
    .gt(-60, 'expected an ambient above -60 °C')
    .lt(150, 'expected an ambient below 150 °C'),
  /** Natural/forced convection from exposed faces not under a heatsink, W/(m²·K). */
  exposedHtcWm2K: nonNegative,
  heatsinks: z.array(HeatsinkSchema),
});
export type Cooling = z.infer<typeof CoolingSchema>;

export const CommentAnchorSchema = z.union([
  z.object({ componentId: id }),
  z.object({ pointMm: z.object({ x: finite, y: finite, z: finite }) }),
]);
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

export const ReviewCommentSchema = z.object({
  id,
  author: z.string().min(1).max(200),
  /** ISO 8601 timestamp. */
  createdAt: z.string().max(64),
  text: z.string().max(20_000),
  status: z.enum(['open', 'resolved']),
  anchor: CommentAnchorSchema,
});
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

export const ScenarioSchema = z.object({
  id,
  name: z.string().max(200),
  /** Named parameter values, e.g. { "cooling.ambientC": 45 }. */
  params: z.record(z.string(), finite),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const MetaSchema = z.object({
  name: z.string().min(1).max(200),
  /** Variant label, e.g. "CPO Type A". */
  variant: z.string().max(200).default(''),
  architecture: ArchitectureSchema,
  /** The system laid out, e.g. "51.2T switch, 64 × 800G". */
  system: z.string().max(500).default(''),
  author: z.string().max(200).default(''),
  description: z.string().max(20_000).default(''),
});
export type Meta = z.infer<typeof MetaSchema>;

/**
 * Per-design thresholds of the design-rule checker (engine/rules). Every key is optional;
 * an absent key takes the documented default (docs/MODELS.md, "Design rules").
 */
export const RulesConfigSchema = z
  .object({
    /** Rule ids switched off for this design, e.g. ["min-spacing"]. */
    disabled: z.array(id),
    /** Minimum edge-to-edge gap between neighbouring bodies, mm (replaces per-carrier defaults). */
    minSpacingMm: nonNegative,
    /** Edge length one lane (one TX and one RX pair) takes on an xPU edge, mm. */
    lanePitchMm: positive,
    /** Largest xPU-to-optical-engine distance, mm (replaces the architecture's default). */
    oeMaxDistanceMm: positive,
    /** Channel margin below which a passing link is still flagged, dB. */
    channelMarginWarnDb: nonNegative,
    /** Temperature margin below which a part under its limit is still flagged, K. */
    tempMarginWarnC: nonNegative,
  })
  .partial();
export type RulesConfig = z.infer<typeof RulesConfigSchema>;

export const DesignSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: z.string().max(64),
  units: z.object({
    length: z.literal('mm'),
    angle: z.literal('deg'),
    temperature: z.literal('C'),
  }),
  meta: MetaSchema,
  carriers: z.array(CarrierSchema).min(1),
  components: z.array(ComponentSchema),
  links: z.array(LinkSchema),
  fibers: z.array(FiberSchema),
  keepOuts: z.array(KeepOutSchema),
  cooling: CoolingSchema,
  comments: z.array(ReviewCommentSchema),
  scenarios: z.array(ScenarioSchema),
  /** Design-rule thresholds for this design; absent means all defaults. */
  rules: RulesConfigSchema.optional(),
});
/** A whole design document as stored on disk (current format version). */
export type Design = z.infer<typeof DesignSchema>;
