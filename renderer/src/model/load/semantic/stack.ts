/**
 * Stack-up checks: every material key (carrier layers, their regions, the layers of the
 * design's own parts) names a built-in or design material — an error otherwise, since no
 * conductivity can be computed; and, as warnings (the file opens, the studio shows them):
 * regions outside their layer's outline or overlapping another region of the layer,
 * `mount.inLayer` beyond the carrier's layers, design materials shadowing a built-in key.
 */
import { MATERIALS } from '../../materials';
import type { Carrier, Design, Region } from '../../schema';
import type { Reporter } from './reporter';

const EPSILON_MM = 1e-6;

function rectText(r: Region['rectMm']): string {
  return `x ${r.x}…${r.x + r.width}, y ${r.y}…${r.y + r.depth} mm`;
}

function isOutside(r: Region['rectMm'], carrier: Carrier): boolean {
  return (
    r.x < -EPSILON_MM ||
    r.y < -EPSILON_MM ||
    r.x + r.width > carrier.widthMm + EPSILON_MM ||
    r.y + r.depth > carrier.depthMm + EPSILON_MM
  );
}

function overlap(a: Region['rectMm'], b: Region['rectMm']): boolean {
  return (
    a.x < b.x + b.width - EPSILON_MM &&
    b.x < a.x + a.width - EPSILON_MM &&
    a.y < b.y + b.depth - EPSILON_MM &&
    b.y < a.y + a.depth - EPSILON_MM
  );
}

function checkRegions(carrier: Carrier, at: string, regions: readonly Region[], report: Reporter) {
  regions.forEach((region, r) => {
    if (isOutside(region.rectMm, carrier)) {
      report.warn({
        path: `${at}.regions[${r}].rectMm`,
        expected: `a rectangle inside the layer's outline x 0…${carrier.widthMm}, y 0…${carrier.depthMm} mm (carrier-local)`,
        found: rectText(region.rectMm),
      });
    }
    const other = regions.findIndex((o, j) => j < r && overlap(o.rectMm, region.rectMm));
    if (other >= 0) {
      report.warn({
        path: `${at}.regions[${r}].rectMm`,
        expected: `no overlap with the other regions of the layer`,
        found: `${rectText(region.rectMm)}, overlapping ${at}.regions[${other}] (${JSON.stringify(regions[other]!.id)})`,
      });
    }
  });
}

/** Runs the stack-up checks. */
export function checkStack(doc: Design, report: Reporter): void {
  const own = new Set(doc.materials.map((m) => m.key));
  const known = [...MATERIALS.keys(), ...own];
  const needMaterial = (path: string, key: string) => {
    if (MATERIALS.has(key) || own.has(key)) return;
    report.error({
      path,
      expected: `a material key of the built-in table or the design's materials (${known.join(', ')})`,
      found: JSON.stringify(key),
    });
  };
  doc.materials.forEach((m, i) => {
    if (MATERIALS.has(m.key)) {
      report.warn({
        path: `materials[${i}].key`,
        expected: 'a key the built-in material table does not use (the design material wins)',
        found: `${JSON.stringify(m.key)}, shadowing the built-in ${JSON.stringify(MATERIALS.get(m.key)!.name)}`,
      });
    }
  });
  doc.carriers.forEach((carrier, c) =>
    carrier.layers.forEach((layer, l) => {
      const at = `carriers[${c}].layers[${l}]`;
      needMaterial(`${at}.material`, layer.material);
      const regions = layer.regions ?? [];
      regions.forEach((region, r) => needMaterial(`${at}.regions[${r}].material`, region.material));
      checkRegions(carrier, at, regions, report);
    }),
  );
  doc.parts.forEach((part, p) =>
    part.layers.forEach((layer, l) =>
      needMaterial(`parts[${p}].layers[${l}].material`, layer.material),
    ),
  );
  const carriers = new Map(doc.carriers.map((c) => [c.id, c]));
  doc.components.forEach((component, i) => {
    const { inLayer, carrierId } = component.mount;
    const carrier = carriers.get(carrierId);
    if (inLayer === undefined || carrier === undefined || inLayer < carrier.layers.length) return;
    report.warn({
      path: `components[${i}].mount.inLayer`,
      expected: `a layer index of carrier ${JSON.stringify(carrier.id)} (0…${carrier.layers.length - 1})`,
      found: String(inLayer),
    });
  });
}
