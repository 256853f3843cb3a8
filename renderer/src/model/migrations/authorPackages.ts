/**
 * Format 2 → 3, "AuthorPackages".
 * - The design gains `materials` and `parts` of its own (both empty here).
 * - A layer's conductivity now follows from its material and copper. A v2 layer stored k
 *   itself; where those values are what the material's mixing rule gives for some copper
 *   volume fraction f (in-plane f·k_Cu + (1−f)·k_d, through-plane the series mean, within
 *   the v2 files' rounding), the layer gets `copper: [{ thicknessUm: f·t, fill: 1 }]`, the
 *   equivalent solid copper; where k equals the material's, nothing; otherwise the v2 values
 *   stay as explicit overrides. Conductivities of the v2 table are frozen below, so this step
 *   gives the same file whatever the material table becomes.
 * - Cooling: `exposedHtcWm2K` becomes `exposed` with the same value on top, bottom and sides;
 *   each heatsink becomes a boundary on its components' top faces with the same resistance.
 * - Fibers: the drawn `pathMm` (port point, corners, end) becomes `waypointsMm` (its
 *   corners), with `endMm` where a fiber without a far port ended.
 */
import { isJsonObject, type JsonObject, type MigrationStep } from './migration';

/** In-plane and through-plane k of the v2 material table, W/(m·K) (model/materials.ts then). */
const V2_MATERIAL_K: Readonly<Record<string, readonly [number, number]>> = {
  silicon: [148, 148],
  copper: [401, 401],
  aluminium: [237, 237],
  aln: [170, 170],
  sio2: [1.4, 1.4],
  sac305: [58, 58],
  indium: [82, 82],
  'tim-grease': [4, 4],
  underfill: [0.5, 0.5],
  'mould-compound': [0.8, 0.8],
  fr4: [0.8, 0.3],
  megtron7: [0.4, 0.4],
  abf: [0.3, 0.3],
  'substrate-core': [0.45, 0.45],
  glass: [1.1, 1.1],
};
const K_COPPER = 401;
/** Relative agreement the v2 files' rounding (0.01 in-plane, 0.001 through) allows. */
const TOLERANCE = 0.01;

const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(b), 1e-3);
const round = (v: number, step: number) => Math.round(v / step) * step;

function upgradeLayer(layer: unknown): unknown {
  if (!isJsonObject(layer)) return layer;
  const { kInPlaneWmK: kin, kThroughPlaneWmK: kth, ...rest } = layer;
  const table = typeof rest.material === 'string' ? V2_MATERIAL_K[rest.material] : undefined;
  const t = rest.thicknessMm;
  if (typeof kin !== 'number' || typeof kth !== 'number' || table === undefined) {
    return { ...rest, kInPlaneWmK: kin, kThroughPlaneWmK: kth };
  }
  const [din, dth] = table;
  if (close(kin, din) && close(kth, dth)) return rest;
  const f = (kin - din) / (K_COPPER - din);
  if (f > 0 && f < 1 && typeof t === 'number' && t > 0) {
    const series = 1 / (f / K_COPPER + (1 - f) / dth);
    if (close(series, kth)) {
      return { ...rest, copper: [{ thicknessUm: round(f * t * 1000, 1e-6), fill: 1 }] };
    }
  }
  return { ...rest, kInPlaneWmK: kin, kThroughPlaneWmK: kth };
}

function upgradeCarrier(carrier: unknown): unknown {
  if (!isJsonObject(carrier) || !Array.isArray(carrier.layers)) return carrier;
  return { ...carrier, layers: carrier.layers.map(upgradeLayer) };
}

function upgradeHeatsink(h: unknown): unknown {
  if (!isJsonObject(h)) return h;
  const kind = h.kind;
  return {
    id: h.id,
    name: kind === 'air-heatsink' ? 'Air heatsink' : 'Cold plate',
    kind,
    target: { kind: 'components', componentIds: h.componentIds },
    rating: { kind: 'resistance', kPerW: h.resistanceKPerW },
    coolantC: h.coolantC,
  };
}

function upgradeCooling(cooling: unknown): unknown {
  if (!isJsonObject(cooling)) return cooling;
  const { exposedHtcWm2K: h, heatsinks, ...rest } = cooling;
  return {
    ...rest,
    exposed: { topHtcWm2K: h, bottomHtcWm2K: h, sidesHtcWm2K: h },
    boundaries: Array.isArray(heatsinks) ? heatsinks.map(upgradeHeatsink) : heatsinks,
  };
}

function upgradeFiber(fiber: unknown): unknown {
  if (!isJsonObject(fiber)) return fiber;
  const { pathMm, ...rest } = fiber;
  if (!Array.isArray(pathMm)) return { ...rest, waypointsMm: [] };
  if (rest.to !== undefined) return { ...rest, waypointsMm: pathMm.slice(1, -1) };
  if (pathMm.length < 2) return { ...rest, waypointsMm: [] };
  return { ...rest, waypointsMm: pathMm.slice(1, -1), endMm: pathMm[pathMm.length - 1] };
}

export const authorPackages: MigrationStep = {
  name: 'AuthorPackages',
  fromVersion: 2,
  up(doc: JsonObject): JsonObject {
    const map = (value: unknown, f: (item: unknown) => unknown) =>
      Array.isArray(value) ? value.map(f) : value;
    return {
      ...doc,
      materials: doc.materials ?? [],
      parts: doc.parts ?? [],
      carriers: map(doc.carriers, upgradeCarrier),
      cooling: upgradeCooling(doc.cooling),
      fibers: map(doc.fibers, upgradeFiber),
      formatVersion: 3,
    };
  },
};
