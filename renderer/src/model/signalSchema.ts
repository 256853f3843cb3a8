/**
 * Enumerations of the electrical signal and other shapes shared by the design schema and the
 * part schema (kept apart so the two schema files do not import each other).
 */
import { z } from 'zod';
import { conductivityWmK } from './thermalBounds';

/**
 * Thickest layer a carrier or part may have, mm: far above any package layer (boards ~5 mm,
 * cold-plate bases ~10 mm, finned sinks tens of mm), low enough that the thermal mesh, which
 * resolves each layer at the preset's cell thickness, stays bounded (a 1e9 mm layer found by
 * the loader fuzz made the coarse mesh ~1e9 cells and killed the process).
 */
export const MAX_LAYER_THICKNESS_MM = 200;

/** A layer's thickness: positive, at most MAX_LAYER_THICKNESS_MM. */
export const LayerThicknessSchema = z.number().positive().max(MAX_LAYER_THICKNESS_MM);

/**
 * SerDes reach class of an electrical link (OIF CEI naming). `XSR+` is OIF CEI-112G-XSR+
 * (die to a nearby optical engine over up to 13 dB, e.g. NPO through a board and socket).
 */
export const SerdesClassSchema = z.enum(['XSR', 'XSR+', 'VSR', 'MR', 'LR']);
export type SerdesClass = z.infer<typeof SerdesClassSchema>;

export const ModulationSchema = z.enum(['NRZ', 'PAM4']);
export type Modulation = z.infer<typeof ModulationSchema>;

/** A rectangle in some frame's own coordinates: lower-left corner and size, mm. */
export const RectMmSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  depth: z.number().positive(),
});
export type RectMm = z.infer<typeof RectMmSchema>;

/**
 * Thermal conductivity overrides of a layer, W/(m·K). Absent members come from the layer's
 * material (and copper), so a file never holds a conductivity that disagrees with another.
 */
export const KOverrideShape = {
  /** Conductivity along the layer, replacing the material's, W/(m·K). */
  kInPlaneWmK: conductivityWmK.optional(),
  /** Conductivity through the layer, replacing the material's, W/(m·K). */
  kThroughPlaneWmK: conductivityWmK.optional(),
};
