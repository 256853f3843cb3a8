/**
 * What a part definition must satisfy beyond its schema before a command stores it in
 * `Design.parts`: every layer's material exists (built-in or the design's own), the
 * build-up is as tall as the part, power-map blocks lie inside the outline without
 * overlapping and sum to `powerW`, port ids are unique and ports sit on their edge.
 * Each refusal is a CommandError naming the field, its value and the allowed range.
 */
import { MATERIALS } from '../materials';
import { normalizeNumber } from '../numbers';
import type { Part, PowerMap } from '../partSchema';
import type { CustomMaterial } from '../schema';
import { CommandError } from './command';

/** Relative tolerance of the build-up-height and power-map-total checks. */
export const PART_SUM_TOLERANCE = 1e-6;

function agrees(a: number, b: number): boolean {
  return Math.abs(a - b) <= PART_SUM_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

const mm = (v: number) => `${normalizeNumber(v)} mm`;

function checkMaterials(part: Part, own: readonly CustomMaterial[], where: string) {
  part.layers.forEach((layer, i) => {
    if (MATERIALS.has(layer.material) || own.some((m) => m.key === layer.material)) return;
    const known = [...MATERIALS.keys(), ...own.map((m) => m.key)].join(', ');
    throw new CommandError(
      `${where}.layers[${i}].material: "${layer.material}" is neither a built-in material nor one of the design's materials (known: ${known})`,
    );
  });
}

/**
 * The build-up must be exactly as tall as the part (within PART_SUM_TOLERANCE relative):
 * the thermal model stacks the layers over the part's height, so a mismatch would stretch
 * or squash every layer silently. An empty build-up is allowed (one uniform block).
 */
function checkBuildUpHeight(part: Part, where: string) {
  if (part.layers.length === 0) return;
  const total = part.layers.reduce((s, l) => s + l.thicknessMm, 0);
  if (agrees(total, part.sizeMm.z)) return;
  throw new CommandError(
    `${where}.layers: the build-up is ${mm(total)} thick but sizeMm.z is ${mm(part.sizeMm.z)}; the layer thicknesses must add up to the part height`,
  );
}

function checkBlocks(part: Part, map: Extract<PowerMap, { kind: 'blocks' }>, where: string) {
  const { x: sx, y: sy } = part.sizeMm;
  map.blocks.forEach((b, i) => {
    const { x, y, width, depth } = b.rectMm;
    const at = `${where}.powerMap.blocks[${i}] ("${b.name}")`;
    if (x < 0 || x + width > sx * (1 + PART_SUM_TOLERANCE)) {
      throw new CommandError(
        `${at}: x spans ${mm(x)}…${mm(x + width)}, outside the outline (allowed 0…${mm(sx)})`,
      );
    }
    if (y < 0 || y + depth > sy * (1 + PART_SUM_TOLERANCE)) {
      throw new CommandError(
        `${at}: y spans ${mm(y)}…${mm(y + depth)}, outside the outline (allowed 0…${mm(sy)})`,
      );
    }
    map.blocks.slice(0, i).forEach((other, j) => {
      const o = other.rectMm;
      const dx = Math.min(x + width, o.x + o.width) - Math.max(x, o.x);
      const dy = Math.min(y + depth, o.y + o.depth) - Math.max(y, o.y);
      if (dx > 1e-9 && dy > 1e-9) {
        throw new CommandError(
          `${at} overlaps powerMap.blocks[${j}] ("${other.name}") by ${mm(dx)} × ${mm(dy)}; blocks must not overlap`,
        );
      }
    });
  });
}

function checkPowerMap(part: Part, where: string) {
  const map = part.powerMap;
  if (map === undefined) return;
  let total: number;
  if (map.kind === 'blocks') {
    checkBlocks(part, map, where);
    total = map.blocks.reduce((s, b) => s + b.powerW, 0);
  } else {
    if (map.cellsW.length !== map.nx * map.ny) {
      throw new CommandError(
        `${where}.powerMap.cellsW: ${map.cellsW.length} cells given, expected nx × ny = ${map.nx * map.ny}`,
      );
    }
    total = map.cellsW.reduce((s, w) => s + w, 0);
  }
  if (!agrees(total, part.powerW)) {
    throw new CommandError(
      `${where}.powerMap: the map dissipates ${normalizeNumber(total)} W but powerW is ${normalizeNumber(part.powerW)} W; the map must add up to powerW (within ${PART_SUM_TOLERANCE} relative)`,
    );
  }
}

function checkPorts(part: Part, where: string) {
  const seen = new Set<string>();
  part.ports.forEach((port, i) => {
    if (seen.has(port.id)) {
      throw new CommandError(`${where}.ports[${i}].id: "${port.id}" is used by an earlier port`);
    }
    seen.add(port.id);
    const along =
      port.edge === 'north' || port.edge === 'south'
        ? part.sizeMm.x
        : port.edge === 'east' || port.edge === 'west'
          ? part.sizeMm.y
          : Math.max(part.sizeMm.x, part.sizeMm.y);
    if (Math.abs(port.offsetMm) > along / 2) {
      throw new CommandError(
        `${where}.ports[${i}].offsetMm: ${mm(port.offsetMm)} lies beyond the ${port.edge} edge (allowed −${mm(along / 2)}…${mm(along / 2)})`,
      );
    }
  });
}

/**
 * Throws a CommandError unless `part` (already schema-valid) may be stored in a design
 * whose own materials are `own`. `where` prefixes the field paths, e.g. `part`.
 */
export function checkPartDefinition(
  part: Part,
  own: readonly CustomMaterial[],
  where = 'part',
): void {
  checkMaterials(part, own, where);
  checkBuildUpHeight(part, where);
  checkPowerMap(part, where);
  checkPorts(part, where);
  for (const [field, source] of Object.entries(part.sources)) {
    if (source.trim() === '') {
      throw new CommandError(
        `${where}.sources.${field}: empty; give a source id of docs/DATA-SOURCES.md or "user"`,
      );
    }
  }
}
