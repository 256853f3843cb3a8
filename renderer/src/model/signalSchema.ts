/**
 * Enumerations of the electrical signal shared by the design schema and the part schema
 * (kept apart so the two schema files do not import each other).
 */
import { z } from 'zod';

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
  kInPlaneWmK: z.number().positive().optional(),
  /** Conductivity through the layer, replacing the material's, W/(m·K). */
  kThroughPlaneWmK: z.number().positive().optional(),
};
