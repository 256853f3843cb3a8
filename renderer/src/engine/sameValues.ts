/**
 * Value equality of the document pieces the electrical analysis depends on. The worker
 * receives each revision as a structured clone, so unchanged objects are equal in value but
 * never identical: incremental reuse compares values, field by field, without allocating.
 */
import type { Component, Link, MeasuredLoss } from '../model/schema';

/** True when two components sit in the same place with the same part and mount. */
export function samePlacement(a: Component, b: Component): boolean {
  return (
    a.id === b.id &&
    a.partId === b.partId &&
    a.positionMm.x === b.positionMm.x &&
    a.positionMm.y === b.positionMm.y &&
    a.rotationDeg === b.rotationDeg &&
    a.mount.carrierId === b.mount.carrierId &&
    a.mount.side === b.mount.side &&
    a.mount.onComponentId === b.mount.onComponentId
  );
}

/** True when two measured losses (or their absence) hold the same file and points. */
export function sameMeasuredLoss(
  a: MeasuredLoss | undefined,
  b: MeasuredLoss | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.fileName !== b.fileName || a.ports !== b.ports || a.points.length !== b.points.length)
    return false;
  for (let i = 0; i < a.points.length; i++) {
    const p = a.points[i]!;
    const q = b.points[i]!;
    if (p.fGhz !== q.fGhz || p.lossDb !== q.lossDb) return false;
  }
  return true;
}

/**
 * True when two links connect the same ports with the same lanes, rate and class, and the
 * same measured loss (an imported Touchstone file replaces the estimate).
 */
export function sameLink(a: Link, b: Link): boolean {
  return (
    a.id === b.id &&
    a.from.componentId === b.from.componentId &&
    a.from.port === b.from.port &&
    a.to.componentId === b.to.componentId &&
    a.to.port === b.to.port &&
    a.lanes === b.lanes &&
    a.laneRateGbps === b.laneRateGbps &&
    a.modulation === b.modulation &&
    a.serdesClass === b.serdesClass &&
    sameMeasuredLoss(a.measuredLoss, b.measuredLoss)
  );
}
