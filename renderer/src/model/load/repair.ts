/**
 * Between validation and the semantic checks: repairs that keep the user's intent and are
 * reported as warnings, so a loaded design obeys the same invariants as an edited one.
 * Today: component rotations outside [0, 360) are wrapped into it (e.g. -90 → 270).
 */
import { normalizeAngleDeg } from '../numbers';
import type { Design } from '../schema';
import { makeIssue, type DocumentIssue } from './documentError';

/** Returns the repaired design (the same object when nothing needed repair) and a warning per repair. */
export function repairDesign(
  fileName: string,
  doc: Design,
): { doc: Design; warnings: DocumentIssue[] } {
  const warnings: DocumentIssue[] = [];
  let components = doc.components;
  doc.components.forEach((component, index) => {
    const wrapped = normalizeAngleDeg(component.rotationDeg);
    if (wrapped === component.rotationDeg) return;
    if (components === doc.components) components = [...doc.components];
    components[index] = { ...component, rotationDeg: wrapped };
    warnings.push(
      makeIssue(
        fileName,
        {
          kind: 'repaired',
          path: `components[${index}].rotationDeg`,
          expected: 'an angle in [0, 360) degrees',
          found: String(component.rotationDeg),
          hint: `read as ${wrapped}`,
        },
        'warning',
      ),
    );
  });
  return { doc: components === doc.components ? doc : { ...doc, components }, warnings };
}
