/**
 * The design document (`*.lightpath.json`): one zod schema gives the TypeScript types,
 * the runtime check and the published JSON Schema (docs/lightpath-design.schema.json).
 *
 * Units are in the names: lengths in mm, angles in degrees, temperatures in °C,
 * power in W, rates in Gb/s. Coordinates are global: x to the right, y away from the
 * viewer (into the board), z up from the bottom face of the base carrier.
 */
import { z } from 'zod';
import { conductivityWmK, htcWm2K, resistanceKPerW } from './thermalBounds';
import { MeasuredLossSchema } from './measuredLossSchema';
import { PartSchema } from './partSchema';
import {
  KOverrideShape,
  LayerThicknessSchema,
  ModulationSchema,
  RectMmSchema,
  SerdesClassSchema,
} from './signalSchema';

export {
  ModulationSchema,
  RectMmSchema,
  SerdesClassSchema,
  type Modulation,
  type RectMm,
  type SerdesClass,
} from './signalSchema';
export { MeasuredLossSchema, type MeasuredLoss } from './measuredLossSchema';

/** Format identifier written into every document. */
export const FORMAT = 'lightpath-studio/design';

/**
 * Current format version. One line per version (never reuse a number):
 * 1 — first draft: a link carried `rateGbps` for the whole link and no modulation.
 * 2 — links carry `laneRateGbps` and `modulation`; documents gained `scenarios`.
 * 3 — designs define their own `parts` and `materials`; layers take k from material and copper
 *     (overrides optional) and hold `regions`; parts may sit `inLayer`; cooling has per-face
 *     exposure and `boundaries` on any part, carrier face or region; fibers are routed from
 *     `waypointsMm` instead of storing a drawn path.
 */
export const FORMAT_VERSION = 3;

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

/** Key of a material: the built-in table (model/materials.ts) or the design's own `materials`. */
const materialKey = z.string().min(1).max(64);

/**
 * A material of the design's own, for layers, regions and part build-ups whose material the
 * built-in table lacks. Its key must not shadow a built-in key.
 */
export const CustomMaterialSchema = z.object({
  key: materialKey,
  name: z.string().min(1).max(200),
  inPlaneWmK: conductivityWmK,
  throughPlaneWmK: conductivityWmK,
  /** Relative permittivity, for signal layers. */
  dk: z.number().min(1).max(100).optional(),
  /** Dissipation factor (loss tangent), for signal layers. */
  df: z.number().min(0).max(1).optional(),
  /** Where the numbers come from: a source id of docs/DATA-SOURCES.md, or "user". */
  source: z.string().min(1).max(200).default('user'),
});
export type CustomMaterial = z.infer<typeof CustomMaterialSchema>;

/** `count` copper layers (default 1) inside a laminate layer: thickness in µm, area fill 0…1. */
export const CopperSchema = z.object({
  thicknessUm: z.number().positive().max(1000),
  fill: z.number().min(0).max(1),
  count: z.number().int().min(1).max(200).optional(),
});
export type Copper = z.infer<typeof CopperSchema>;

export const RegionKindSchema = z.enum(['die', 'copper-coin', 'tsv-field', 'cavity', 'other']);
export type RegionKind = z.infer<typeof RegionKindSchema>;

/**
 * A rectangle of another material inside a layer (a die in mould, a copper coin, a TSV field,
 * a cavity of air), in the carrier's frame: x, y from the carrier's origin, mm. It spans the
 * layer's whole thickness. Regions of one layer must not overlap.
 */
export const RegionSchema = z.object({
  id,
  name: z.string().max(200),
  kind: RegionKindSchema,
  material: materialKey,
  rectMm: RectMmSchema,
  ...KOverrideShape,
});
export type Region = z.infer<typeof RegionSchema>;

/**
 * A carrier layer. Its conductivity follows from its material and the copper it holds
 * (model/materials.ts `laminateConductivity`), unless `kInPlaneWmK` / `kThroughPlaneWmK`
 * override it; its dielectric from the material's Dk/Df unless `dk` / `df` override them.
 */
export const LayerSchema = z.object({
  /** Display name, e.g. "L3 signal" or "ABF build-up". */
  name: z.string().max(200),
  /** Material key (model/materials.ts or the design's `materials`), e.g. "megtron7", "abf". */
  material: materialKey,
  thicknessMm: LayerThicknessSchema,
  /** Copper layers inside this layer (planes and signal layers), bottom to top. */
  copper: z.array(CopperSchema).max(64).optional(),
  ...KOverrideShape,
  /** Relative permittivity of the dielectric where the layer carries signals. */
  dk: z.number().min(1).max(100).optional(),
  /** Dissipation factor of the dielectric where the layer carries signals. */
  df: z.number().min(0).max(1).optional(),
  /** RMS roughness of the signal copper, µm (for conductor loss). */
  roughnessUm: z.number().min(0).max(20).optional(),
  /** Rectangles of other material inside the layer. */
  regions: z.array(RegionSchema).max(10_000).optional(),
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
  /**
   * Index of the carrier layer the part is embedded in (a die in a mould layer): its bottom
   * sits on that layer's bottom face instead of the carrier's top. Top-side mounts only.
   */
  inLayer: z.number().int().min(0).max(1000).optional(),
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
  /** Part reference: one of the design's own `parts`, else the part library (assets/parts). */
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
  /** Imported Touchstone through loss replacing the estimate (optional, format 3). */
  measuredLoss: MeasuredLossSchema.optional(),
});
export type Link = z.infer<typeof LinkSchema>;

/** Single-mode fiber types (ITU-T G.652 / G.657); minimum bend radii in model/data/fiber.ts. */
export const FiberTypeSchema = z.enum(['G.652.D', 'G.657.A1', 'G.657.A2', 'G.657.B2', 'G.657.B3']);
export type FiberType = z.infer<typeof FiberTypeSchema>;

const pointMm = z.object({ x: finite, y: finite, z: finite });

/**
 * A fiber or ribbon of `count` fibers from an optical port to another port or to a point
 * where it leaves the design (`endMm`, e.g. on the faceplate). Its route is computed
 * (engine/routing/fiberRoute) through the user's `waypointsMm`, every corner bent at
 * `bendRadiusMm` or, when absent, the fiber type's minimum long-term radius.
 */
export const FiberSchema = z.object({
  id,
  /** Bundle the fiber belongs to, for length and skew per bundle; absent: its own. */
  bundle: z.string().min(1).max(200).optional(),
  from: PortRefSchema,
  /** The far port; absent when the fiber leaves the design at `endMm`. */
  to: PortRefSchema.optional(),
  /** Where the fiber leaves the design when it has no `to` (global mm). */
  endMm: pointMm.optional(),
  fiberType: FiberTypeSchema,
  count: z.number().int().min(1).max(4096),
  /** Points the route passes through, in order (global mm); empty: routed automatically. */
  waypointsMm: z.array(pointMm).max(1000).default([]),
  /** Bend radius of every corner, mm; absent: the fiber type's minimum long-term radius. */
  bendRadiusMm: positive.optional(),
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

/** The faces a cooling boundary covers. */
export const BoundaryTargetSchema = z.discriminatedUnion('kind', [
  /** The top faces of these components (their top layer). */
  z.object({ kind: z.literal('components'), componentIds: z.array(id).min(1) }),
  /** The top or bottom face of a carrier (where no part covers it). */
  z.object({ kind: z.literal('carrier'), carrierId: id, face: z.enum(['top', 'bottom']) }),
  /** The top or bottom face of a region of a carrier layer. */
  z.object({
    kind: z.literal('region'),
    carrierId: id,
    regionId: id,
    face: z.enum(['top', 'bottom']),
  }),
]);
export type BoundaryTarget = z.infer<typeof BoundaryTargetSchema>;

/** How strongly a boundary cools: a lumped resistance, or a heat-transfer coefficient. */
export const BoundaryRatingSchema = z.discriminatedUnion('kind', [
  /** Total resistance from the covered faces to the coolant, K/W, spread by face area. */
  z.object({ kind: z.literal('resistance'), kPerW: resistanceKPerW }),
  /** Heat-transfer coefficient from each covered face to the coolant, W/(m²·K). */
  z.object({ kind: z.literal('htc'), wPerM2K: htcWm2K.positive() }),
]);
export type BoundaryRating = z.infer<typeof BoundaryRatingSchema>;

/** A heatsink, cold plate or lid attach as a boundary condition on some faces. */
export const CoolingBoundarySchema = z.object({
  id,
  name: z.string().max(200),
  kind: z.enum(['cold-plate', 'air-heatsink', 'lid', 'convection']),
  target: BoundaryTargetSchema,
  rating: BoundaryRatingSchema,
  coolantC: z.number().gt(-100).lt(300),
  /** The preset the numbers came from (model/data/coolingPresets.ts), if any. */
  presetId: z.string().max(64).optional(),
});
export type CoolingBoundary = z.infer<typeof CoolingBoundarySchema>;

/** Convection from faces no boundary covers, to ambient, W/(m²·K); 0 makes them adiabatic. */
export const ExposedFacesSchema = z.object({
  topHtcWm2K: htcWm2K,
  bottomHtcWm2K: htcWm2K,
  sidesHtcWm2K: htcWm2K,
});
export type ExposedFaces = z.infer<typeof ExposedFacesSchema>;

export const CoolingSchema = z.object({
  ambientC: z
    .number()
    .gt(-60, 'expected an ambient above -60 °C')
    .lt(150, 'expected an ambient below 150 °C'),
  exposed: ExposedFacesSchema,
  boundaries: z.array(CoolingBoundarySchema),
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
  /** Materials of the design's own (keys must not shadow the built-in table). */
  materials: z.array(CustomMaterialSchema).max(1000),
  /** Parts of the design's own; a component's partId finds these before the library. */
  parts: z.array(PartSchema).max(10_000),
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
