/**
 * Checks of the design's own parts and materials whose values cannot all hold at once. The
 * file still opens (warnings); the message says which value the engines use:
 * - a power map whose total differs from the part's `powerW`: `powerW` holds, the map is
 *   only the distribution (the thermal model scales it to the component's power); a grid
 *   with more or fewer cells than nx × ny (missing cells dissipate nothing, extra ones are
 *   ignored); blocks outside the outline (clipped to the part) or overlapping;
 * - a build-up whose layers do not add up to `sizeMm.z`: `sizeMm.z` holds (layout, stacking
 *   and clearances use it) and the thermal model scales every layer by sizeMm.z / Σ t;
 * - a part id used twice in `parts` (the last definition wins, as designParts() merges them)
 *   and a material key used twice in `materials` (the first wins, as findMaterial() reads).
 * Materials of part layers are stack.ts's; unknown part ids of components are parts.ts's.
 */
import type { Part } from '../../partSchema';
import type { Design } from '../../schema';
import type { Reporter } from './reporter';

/** Relative agreement two sums need (the commands' PART_SUM_TOLERANCE). */
const RELATIVE_TOLERANCE = 1e-6;

const agrees = (a: number, b: number) =>
  Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

function checkPowerMap(part: Part, at: string, report: Reporter): void {
  const map = part.powerMap;
  if (map === undefined) return;
  let total = 0;
  if (map.kind === 'grid') {
    if (map.cellsW.length !== map.nx * map.ny) {
      report.warn({
        path: `${at}.powerMap.cellsW`,
        expected: `nx × ny = ${map.nx * map.ny} cells`,
        found: `${map.cellsW.length}`,
        hint: 'missing cells dissipate nothing, extra cells are ignored',
      });
    }
    map.cellsW.slice(0, map.nx * map.ny).forEach((w) => (total += w));
  } else {
    map.blocks.forEach((block, b) => {
      total += block.powerW;
      const { x, y, width, depth } = block.rectMm;
      const eps = RELATIVE_TOLERANCE * Math.max(part.sizeMm.x, part.sizeMm.y);
      if (
        x < -eps ||
        y < -eps ||
        x + width > part.sizeMm.x + eps ||
        y + depth > part.sizeMm.y + eps
      ) {
        report.warn({
          path: `${at}.powerMap.blocks[${b}].rectMm`,
          expected: `a block inside the part's outline x 0…${part.sizeMm.x}, y 0…${part.sizeMm.y} mm`,
          found: `x ${x}…${x + width}, y ${y}…${y + depth} mm`,
        });
      }
      const other = map.blocks.findIndex((o, j) => {
        if (j >= b) return false;
        const dx = Math.min(x + width, o.rectMm.x + o.rectMm.width) - Math.max(x, o.rectMm.x);
        const dy = Math.min(y + depth, o.rectMm.y + o.rectMm.depth) - Math.max(y, o.rectMm.y);
        return dx > 1e-9 && dy > 1e-9;
      });
      if (other >= 0) {
        report.warn({
          path: `${at}.powerMap.blocks[${b}].rectMm`,
          expected: 'no overlap with the other blocks of the map',
          found: `an overlap with blocks[${other}] (${JSON.stringify(map.blocks[other]!.name)})`,
        });
      }
    });
  }
  if (agrees(total, part.powerW)) return;
  report.warn({
    path: `${at}.powerMap`,
    expected: `a map adding up to the part's powerW ${part.powerW} W`,
    found: `${total} W`,
    hint:
      total > 0
        ? `powerW holds: the map is scaled by ${part.powerW / total} and gives only where the power goes`
        : 'a map without power is ignored: the power spreads uniformly over the heat-source layers',
  });
}

function checkBuildUp(part: Part, at: string, report: Reporter): void {
  if (part.layers.length === 0) return;
  const total = part.layers.reduce((s, l) => s + l.thicknessMm, 0);
  if (agrees(total, part.sizeMm.z)) return;
  report.warn({
    path: `${at}.layers`,
    expected: `layers adding up to the part's height sizeMm.z = ${part.sizeMm.z} mm`,
    found: `${total} mm`,
    hint: `sizeMm.z holds: the thermal model scales every layer by ${part.sizeMm.z / total}`,
  });
}

/** Reports the second and later uses of a key, naming the first use and which one wins. */
function checkDuplicates(
  keys: readonly string[],
  path: (i: number) => string,
  what: string,
  winner: string,
  report: Reporter,
): void {
  const first = new Map<string, number>();
  keys.forEach((key, i) => {
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else
      report.warn({
        path: path(i),
        expected: `${what} not used by another entry (it is already used at ${path(at)})`,
        found: JSON.stringify(key),
        hint: winner,
      });
  });
}

/** Runs the design-part and design-material checks. */
export function checkDesignParts(doc: Design, report: Reporter): void {
  checkDuplicates(
    doc.parts.map((p) => p.id),
    (i) => `parts[${i}].id`,
    'a part id',
    'the last definition is the one components use',
    report,
  );
  checkDuplicates(
    doc.materials.map((m) => m.key),
    (i) => `materials[${i}].key`,
    'a material key',
    'the first definition is the one layers use',
    report,
  );
  doc.parts.forEach((part, p) => {
    checkPowerMap(part, `parts[${p}]`, report);
    checkBuildUp(part, `parts[${p}]`, report);
  });
}
