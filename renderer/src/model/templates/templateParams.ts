/**
 * Parameters of the template generator (generateDesign.ts): what system to lay out and how.
 * One zod schema gives the type, the defaults and the checks; a refused value names the
 * field, the value and what is allowed, so the studio's form can show it beside the field.
 */
import { z } from 'zod';
import { ArchitectureSchema, CarrierKindSchema, type Architecture } from '../schema';
import type { LaneRateGbps } from './laneRates';
import { checkTemplateParams, type ParamIssue } from './paramChecks';

export type { ParamIssue } from './paramChecks';

/** Optical engines of the part library the generator can place. */
export const LIBRARY_ENGINES = ['oe-800g', 'oe-1t6', 'oe-3t2'] as const;

const sizeMm = z.object({
  x: z.number().min(10, 'expected at least 10 mm').max(150, 'expected at most 150 mm'),
  y: z.number().min(10, 'expected at least 10 mm').max(150, 'expected at most 150 mm'),
});

/** The xPU: a switch ASIC or a GPU, its power and its package size. */
export const XpuParamsSchema = z.object({
  kind: z.enum(['switch', 'gpu']),
  powerW: z.number().min(1, 'expected at least 1 W').max(3000, 'expected at most 3000 W'),
  sizeMm,
});
export type XpuParams = z.infer<typeof XpuParamsSchema>;

/** A library engine, or one of the design's own defined by how many engines carry the I/O. */
export const EngineParamsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library'), partId: z.enum(LIBRARY_ENGINES) }),
  z.object({
    kind: z.literal('own'),
    count: z.number().int().min(4, 'expected at least 4 engines').max(512),
    sizeMm: z.object({
      x: z.number().min(2, 'expected at least 2 mm').max(40, 'expected at most 40 mm'),
      y: z.number().min(2, 'expected at least 2 mm').max(40, 'expected at most 40 mm'),
    }),
    powerW: z.number().min(0.1, 'expected at least 0.1 W').max(100, 'expected at most 100 W'),
  }),
]);
export type EngineParams = z.infer<typeof EngineParamsSchema>;

const laneRate = z.union([z.literal(106.25), z.literal(212.5)], {
  error: 'expected 106.25 (112G) or 212.5 (224G) Gb/s',
});

const TemplateParamsObject = z.object({
  architecture: ArchitectureSchema,
  xpu: XpuParamsSchema,
  /** Switch capacity, or the xPU's I/O bandwidth, Tb/s of payload. */
  capacityTbps: z
    .number()
    .min(0.4, 'expected at least 0.4 Tb/s')
    .max(204.8, 'expected at most 204.8 Tb/s'),
  laneRateGbps: laneRate,
  lanesPerPort: z
    .number()
    .int()
    .min(1, 'expected at least 1 lane')
    .max(16, 'expected at most 16 lanes'),
  opticalEngine: EngineParamsSchema,
  /** Carrier the xPU (and, for CPO, the engines) sits on; absent: the architecture's own. */
  carrierKind: CarrierKindSchema.optional(),
});

/**
 * The parameters, checked field by field and then across fields (the cross checks only run
 * once every field is valid, so each message is about one real problem).
 */
export const TemplateParamsSchema = TemplateParamsObject.pipe(
  z.custom<z.infer<typeof TemplateParamsObject>>().superRefine((params, ctx) => {
    for (const issue of checkTemplateParams(params)) ctx.addIssue({ code: 'custom', ...issue });
  }),
);
export type TemplateParams = z.infer<typeof TemplateParamsSchema>;

/** The parameters of the shipped 51.2T switch examples at a lane rate (docs/EXAMPLES.md). */
export function exampleParams(
  architecture: Architecture,
  laneRateGbps: LaneRateGbps,
): TemplateParams {
  return {
    architecture,
    xpu: { kind: 'switch', powerW: 500, sizeMm: { x: 80, y: 80 } },
    capacityTbps: 51.2,
    laneRateGbps,
    lanesPerPort: 8,
    opticalEngine: { kind: 'library', partId: laneRateGbps === 106.25 ? 'oe-800g' : 'oe-1t6' },
  };
}

/** Checks `value`; the parameters, or every issue with its path. */
export function parseTemplateParams(
  value: unknown,
): { ok: true; params: TemplateParams } | { ok: false; issues: ParamIssue[] } {
  const result = TemplateParamsSchema.safeParse(value);
  if (result.success) return { ok: true, params: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: i.message,
    })),
  };
}
