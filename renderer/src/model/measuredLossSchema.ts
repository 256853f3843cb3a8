/**
 * A link's measured insertion loss: the through-path IL(f) of a Touchstone file the user
 * imported (S21 of a .s2p, SDD21 of a .s4p), stored in the design itself so a saved file never
 * depends on the .s2p/.s4p file. When present it replaces the stack-up estimate wherever it
 * covers the frequency (engine/channel/linkChannel.ts).
 */
import { z } from 'zod';

/** Most points a measurement may hold (a dense VNA sweep has a few thousand). */
export const MAX_MEASURED_POINTS = 20001;

/**
 * Lowest loss accepted, dB: a passive channel has IL ≥ 0; the import allows |S21| up to
 * 1 + 1e-3 for VNA noise (touchstone/checks.ts), i.e. IL ≥ −0.0087 dB.
 */
export const MIN_MEASURED_LOSS_DB = -0.01;

export const MeasuredLossPointSchema = z.object({
  /** Frequency, GHz. */
  fGhz: z.number().min(0),
  /** Insertion loss at fGhz, dB (positive = loss). */
  lossDb: z.number().min(MIN_MEASURED_LOSS_DB),
});

export const MeasuredLossSchema = z.object({
  /** Name of the imported file, e.g. "channel.s2p" (for display; the file is not read again). */
  fileName: z.string().min(1).max(260),
  ports: z.union([z.literal(2), z.literal(4)]),
  points: z
    .array(MeasuredLossPointSchema)
    .min(2, 'expected at least 2 points')
    .max(MAX_MEASURED_POINTS)
    .refine(
      (pts) => pts.every((p, i) => i === 0 || p.fGhz > pts[i - 1]!.fGhz),
      'expected strictly ascending frequencies',
    ),
});
export type MeasuredLoss = z.infer<typeof MeasuredLossSchema>;
