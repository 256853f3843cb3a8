/**
 * The 3D layout as glTF 2.0 (Khronos, "glTF 2.0 Specification", registry.khronos.org/glTF):
 * one unit cube (24 vertices with flat normals, 36 indices) in an embedded base64 buffer,
 * one mesh per body kind with its colour, and one named node per carrier and component,
 * translated to the body's centre and scaled to its size. glTF is metres and y-up, so a
 * design point (x, y, z) mm becomes (x, z, −y) / 1000.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import { BOX_COLORS, layoutBoxes, type LayoutBox } from '../svg/layoutBoxes';
import { base64Encode } from './base64';

/** The cube's faces: outward normal and the four corners (counter-clockwise seen from outside). */
const FACES: readonly (readonly [readonly number[], readonly (readonly number[])[]])[] = [
  [
    [1, 0, 0],
    [
      [1, -1, -1],
      [1, 1, -1],
      [1, 1, 1],
      [1, -1, 1],
    ],
  ],
  [
    [-1, 0, 0],
    [
      [-1, -1, 1],
      [-1, 1, 1],
      [-1, 1, -1],
      [-1, -1, -1],
    ],
  ],
  [
    [0, 1, 0],
    [
      [-1, 1, 1],
      [1, 1, 1],
      [1, 1, -1],
      [-1, 1, -1],
    ],
  ],
  [
    [0, -1, 0],
    [
      [-1, -1, -1],
      [1, -1, -1],
      [1, -1, 1],
      [-1, -1, 1],
    ],
  ],
  [
    [0, 0, 1],
    [
      [-1, -1, 1],
      [1, -1, 1],
      [1, 1, 1],
      [-1, 1, 1],
    ],
  ],
  [
    [0, 0, -1],
    [
      [1, -1, -1],
      [-1, -1, -1],
      [-1, 1, -1],
      [1, 1, -1],
    ],
  ],
];

/** The unit cube (−0.5 … 0.5): positions, normals (float32 × 3 each) and uint16 indices. */
export function unitCube() {
  const positions = new Float32Array(24 * 3);
  const normals = new Float32Array(24 * 3);
  const indices = new Uint16Array(36);
  FACES.forEach(([normal, corners], f) => {
    corners.forEach((corner, k) => {
      const v = f * 4 + k;
      for (let a = 0; a < 3; a++) {
        positions[v * 3 + a] = (corner[a] as number) * 0.5;
        normals[v * 3 + a] = normal[a] as number;
      }
    });
    indices.set([f * 4, f * 4 + 1, f * 4 + 2, f * 4, f * 4 + 2, f * 4 + 3], f * 6);
  });
  return { positions, normals, indices };
}

function srgbToLinear(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [16, 8, 0].map((shift) => {
    const c = ((n >> shift) & 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function node(b: LayoutBox, mesh: number) {
  const c = (lo: number, hi: number) => (lo + hi) / 2000;
  const s = (lo: number, hi: number) => Math.max(hi - lo, 1e-3) / 1000;
  return {
    name: b.name || b.id,
    mesh,
    translation: [c(b.minMm.x, b.maxMm.x), c(b.minMm.z, b.maxMm.z), -c(b.minMm.y, b.maxMm.y)],
    scale: [s(b.minMm.x, b.maxMm.x), s(b.minMm.z, b.maxMm.z), s(b.minMm.y, b.maxMm.y)],
    extras: { id: b.id, kind: b.kind },
  };
}

/** The glTF JSON object of a design's layout (buffer embedded as a data: URI). */
export function layoutGltf(doc: Design, partLibrary: PartLibrary, generator: string) {
  const library = designParts(doc, partLibrary);
  const boxes = layoutBoxes(doc, library);
  const cube = unitCube();
  const bytes = new Uint8Array(
    cube.positions.byteLength + cube.normals.byteLength + cube.indices.byteLength,
  );
  bytes.set(new Uint8Array(cube.positions.buffer), 0);
  bytes.set(new Uint8Array(cube.normals.buffer), cube.positions.byteLength);
  bytes.set(new Uint8Array(cube.indices.buffer), cube.positions.byteLength * 2);
  const kinds = [...new Set(boxes.map((b) => b.kind))];
  const meshOf = new Map(kinds.map((k, i) => [k, i]));
  return {
    asset: { version: '2.0', generator },
    scene: 0,
    scenes: [{ name: doc.meta.name, nodes: [0] }],
    nodes: [
      { name: doc.meta.name, children: boxes.map((_, i) => i + 1) },
      ...boxes.map((b) => node(b, meshOf.get(b.kind) as number)),
    ],
    meshes: kinds.map((k, i) => ({
      name: k,
      primitives: [{ attributes: { POSITION: 0, NORMAL: 1 }, indices: 2, material: i }],
    })),
    materials: kinds.map((k) => ({
      name: k,
      pbrMetallicRoughness: {
        baseColorFactor: [...srgbToLinear(BOX_COLORS[k]), 1],
        metallicFactor: 0,
        roughnessFactor: 0.8,
      },
    })),
    accessors: [
      {
        bufferView: 0,
        componentType: 5126,
        count: 24,
        type: 'VEC3',
        min: [-0.5, -0.5, -0.5],
        max: [0.5, 0.5, 0.5],
      },
      { bufferView: 1, componentType: 5126, count: 24, type: 'VEC3' },
      { bufferView: 2, componentType: 5123, count: 36, type: 'SCALAR' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: cube.positions.byteLength, target: 34962 },
      {
        buffer: 0,
        byteOffset: cube.positions.byteLength,
        byteLength: cube.normals.byteLength,
        target: 34962,
      },
      {
        buffer: 0,
        byteOffset: cube.positions.byteLength * 2,
        byteLength: cube.indices.byteLength,
        target: 34963,
      },
    ],
    buffers: [
      {
        byteLength: bytes.byteLength,
        uri: `data:application/octet-stream;base64,${base64Encode(bytes)}`,
      },
    ],
  };
}
