/**
 * Loss of one fiber of the design, dB: attenuation over its routed length (fiberRoute's
 * arc-filleted `lengthMm`) plus its length beyond the design, macrobends at its corners
 * (bendLoss.ts) and the mated connectors it passes.
 */
import { OPTICAL_BUDGET } from '../../model/data/opticalBudget';
import type { Design, Fiber } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import { fiberRoute } from '../routing/fiberRoute';
import { bendLossDb } from './bendLoss';

/** A fiber's loss by cause, dB. */
export interface FiberPathLoss {
  readonly fiberId: string;
  readonly lengthMm: number;
  readonly attenuationDb: number;
  readonly bendDb: number;
  /** Corners tighter than the fiber type's table covers. */
  readonly bendsBelowTable: number;
  readonly connectorDb: number;
  readonly totalDb: number;
}

/** Attenuation of a length of single-mode fiber, dB. */
export function attenuationDb(lengthMm: number): number {
  return (OPTICAL_BUDGET.fiberDbPerKm.value * lengthMm) / 1e6;
}

/** Loss of `fiber` through `connectors` mated connectors. */
export function fiberPathLoss(
  doc: Design,
  fiber: Fiber,
  layout: Layout,
  connectors: number,
): FiberPathLoss {
  const route = fiberRoute(doc, fiber, layout);
  const lengthMm = route.lengthMm + fiber.externalLengthM * 1000;
  const bends = bendLossDb(fiber.fiberType, route.corners);
  const connectorDb = connectors * OPTICAL_BUDGET.connectorDb.value;
  const attenuation = attenuationDb(lengthMm);
  return {
    fiberId: fiber.id,
    lengthMm,
    attenuationDb: attenuation,
    bendDb: bends.lossDb,
    bendsBelowTable: bends.belowTableCount,
    connectorDb,
    totalDb: attenuation + bends.lossDb + connectorDb,
  };
}
