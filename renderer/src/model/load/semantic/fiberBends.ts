/**
 * A fiber whose `bendRadiusMm` is below the minimum its type allows (model/data/fiber.ts,
 * ITU-T G.652 / G.657): a warning, since the file is drawable and the fiber-bend design rule
 * reports the same finding with its location; the route is still drawn at the radius given.
 */
import { minBendRadiusMm } from '../../data/fiber';
import type { Design } from '../../schema';
import type { Reporter } from './reporter';

/** Runs the fiber bend-radius check. */
export function checkFiberBends(doc: Design, report: Reporter): void {
  doc.fibers.forEach((fiber, i) => {
    const minimum = minBendRadiusMm(fiber.fiberType);
    if (fiber.bendRadiusMm === undefined || fiber.bendRadiusMm >= minimum) return;
    report.warn({
      path: `fibers[${i}].bendRadiusMm`,
      expected: `at least the ${minimum} mm minimum bend radius of ${fiber.fiberType} fiber`,
      found: `${fiber.bendRadiusMm} mm`,
    });
  });
}
