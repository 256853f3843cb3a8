/**
 * Fuzzing the loader: thousands of mutated fixtures and random texts. Whatever comes in,
 * loadDocument returns either a schema- and semantically valid design or the typed
 * DocumentError naming the file; it never throws, never pollutes prototypes, never hangs.
 * Format-3 members (design parts and materials, layers with copper and regions, boundaries,
 * fiber waypoints, mounts) are mutated on their own, and the analyses run on what loads.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeElectrical } from '../../renderer/src/engine/analyze';
import { checkRules } from '../../renderer/src/engine/rules/checkRules';
import { analyzeServiceability } from '../../renderer/src/engine/service/analyzeServiceability';
import { solveThermal } from '../../renderer/src/engine/thermal/analyzeThermal';
import { loadDocument, checkDesign } from '../../renderer/src/model/load';
import { DesignSchema } from '../../renderer/src/model/schema';
import { TEST_LIBRARY } from '../unit/model/testLibrary';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON edited by tests
type Loose = any;

const FILE = 'fuzz.lightpath.json';
/** Per-input time bound, ms: generous for a slow CI box; a hang or blow-up exceeds it by far. */
const MAX_MS_PER_LOAD = 1000;
const KINDS = [
  'unreadable',
  'too-large',
  'not-json',
  'not-a-design',
  'bad-version',
  'newer-version',
  'migration-failed',
  'schema',
  'semantic',
];

const SMALL_V3 = readFileSync(
  new URL('../fixtures/v3/small-npo.lightpath.json', import.meta.url),
  'utf8',
);

/**
 * The small v3 fixture with every format-3 member in use: a design material and part (with
 * a build-up and a power map), a second carrier layer with copper and a region, a die
 * embedded in that layer (`mount.inLayer`), boundaries on a carrier face and a region face,
 * a fiber through waypoints in a bundle.
 */
function richV3(): string {
  const doc = JSON.parse(SMALL_V3);
  doc.materials = [{ key: 'my-mould', name: 'Mould', inPlaneWmK: 1, throughPlaneWmK: 0.9 }];
  doc.parts = [
    {
      id: 'die-1',
      name: 'Die',
      category: 'die',
      sizeMm: { x: 10, y: 10, z: 0.5 },
      powerW: 20,
      tempLimitC: 105,
      ports: [],
      fruClass: 'soldered',
      failureRateFit: 10,
      costUsd: 100,
      layers: [
        { name: 'bulk', material: 'silicon', thicknessMm: 0.4 },
        { name: 'active', material: 'silicon', thicknessMm: 0.1, isHeatSource: true },
      ],
      powerMap: {
        kind: 'blocks',
        blocks: [
          { name: 'core', rectMm: { x: 0, y: 0, width: 5, depth: 10 }, powerW: 15 },
          { name: 'io', rectMm: { x: 5, y: 0, width: 5, depth: 10 }, powerW: 5 },
        ],
      },
      sources: { powerW: 'user' },
    },
  ];
  doc.carriers[0].layers.push({
    name: 'mould',
    material: 'my-mould',
    thicknessMm: 0.6,
    copper: [{ thicknessUm: 18, fill: 0.3, count: 2 }],
    kThroughPlaneWmK: 1.2,
    regions: [
      {
        id: 'coin-1',
        name: 'coin',
        kind: 'copper-coin',
        material: 'copper',
        rectMm: { x: 150, y: 20, width: 10, depth: 10 },
      },
    ],
  });
  doc.components.push({
    id: 'd1',
    partId: 'die-1',
    name: 'D1',
    positionMm: { x: 100, y: 30 },
    rotationDeg: 0,
    mount: { carrierId: 'board', side: 'top', inLayer: 1 },
  });
  doc.cooling.boundaries.push(
    {
      id: 'hs-2',
      name: 'Board underside',
      kind: 'convection',
      target: { kind: 'carrier', carrierId: 'board', face: 'bottom' },
      rating: { kind: 'htc', wPerM2K: 20 },
      coolantC: 30,
    },
    {
      id: 'hs-3',
      name: 'Coin plate',
      kind: 'cold-plate',
      target: { kind: 'region', carrierId: 'board', regionId: 'coin-1', face: 'bottom' },
      rating: { kind: 'resistance', kPerW: 0.5 },
      coolantC: 30,
    },
  );
  doc.fibers[0].bundle = 'ribbon-a';
  doc.fibers[0].waypointsMm = [
    { x: 150, y: 75, z: 3 },
    { x: 180, y: 60, z: 3 },
  ];
  return JSON.stringify(doc);
}
const RICH_V3 = richV3();

const BASES = [
  readFileSync(new URL('../fixtures/v2/small-npo.lightpath.json', import.meta.url), 'utf8'),
  readFileSync(new URL('../fixtures/v1/small-npo.v1.lightpath.json', import.meta.url), 'utf8'),
  SMALL_V3,
  RICH_V3,
];

/** Paths under the members format 3 added (parts, materials, layers, regions, boundaries, fibers). */
const FORMAT3_PATH =
  /^(parts|materials|carriers\.\d+\.layers|cooling\.(exposed|boundaries)|fibers\.\d+\.(waypointsMm|endMm|bundle|bendRadiusMm)|components\.\d+\.mount)(\.|$)/;

type Json = unknown;
type Path = (string | number)[];

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  }
  return out;
}

/** A fresh copy (values are shared between runs; own `__proto__` members survive). */
const copy = (value: Json): Json =>
  value === undefined ? value : JSON.parse(JSON.stringify(value));

const deep = (depth: number): Json => (depth === 0 ? 1 : [deep(depth - 1)]);

const replacement = fc.oneof(
  fc.constantFrom<Json>(null, true, '', 'x', -0, 1e308, -1e308, 2 ** 53 + 1, 1e-320, [], {}, 'NaN'),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.constant(deep(200)),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as Json),
  fc.jsonValue({ maxDepth: 3 }),
);

/** One edit of a parsed document at a path chosen by `pick` (an index into all paths). */
const mutation = fc.record({
  op: fc.constantFrom(
    'delete',
    'replace',
    'duplicate-array-item',
    'rename-key-proto',
    'set-constructor',
  ),
  pick: fc.nat(),
  value: replacement,
});

function applyMutation(
  doc: Json,
  m: { op: string; pick: number; value: Json },
  only?: RegExp,
): void {
  const paths = pathsOf(doc).filter((p) => p.length > 0 && (!only || only.test(p.join('.'))));
  const path = paths[m.pick % paths.length];
  if (!path) return;
  let parent: Loose = doc;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const key = path[path.length - 1] as string | number;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (m.op === 'replace') parent[key] = copy(m.value);
  else if (m.op === 'duplicate-array-item' && Array.isArray(parent))
    parent.push(copy(parent[Number(key)]));
  else if (m.op === 'rename-key-proto' && !Array.isArray(parent)) {
    Object.defineProperty(parent, '__proto__', {
      value: parent[key],
      enumerable: true,
      configurable: true,
      writable: true,
    });
    delete parent[key];
  } else if (m.op === 'set-constructor' && !Array.isArray(parent))
    parent.constructor = { prototype: { polluted: true } };
}

/** `arb` one time in eight, else undefined (most inputs should reach the later stages). */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: arb, weight: 1 });
}

/** Text of a mutated fixture: JSON edits, then maybe a cut or a splice of raw characters. */
const mutatedText = fc
  .record({
    base: fc.constantFrom(...BASES),
    edits: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    cut: rarely(fc.nat()),
    splice: rarely(fc.tuple(fc.nat(), fc.string({ maxLength: 5 }))),
  })
  .map(({ base, edits, cut, splice }) => {
    const doc = JSON.parse(base);
    for (const edit of edits) applyMutation(doc, edit);
    let text = JSON.stringify(doc);
    if (cut !== undefined) text = text.slice(0, cut % (text.length + 1));
    if (splice !== undefined) {
      const at = splice[0] % (text.length + 1);
      text = text.slice(0, at) + splice[1] + text.slice(at);
    }
    return text;
  });

/** Text of the rich v3 design with 1–4 edits, all inside the format-3 members. */
const format3Text = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((edits) => {
  const doc = JSON.parse(RICH_V3);
  for (const edit of edits) applyMutation(doc, edit, FORMAT3_PATH);
  return JSON.stringify(doc);
});

function checkOutcome(text: string) {
  const started = performance.now();
  const result = loadDocument(FILE, text, { library: TEST_LIBRARY, maxBytes: 64 * 1024 });
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_LOAD);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (result.ok) {
    expect(DesignSchema.safeParse(result.doc).success).toBe(true);
    expect(checkDesign(result.doc, TEST_LIBRARY).filter((i) => i.severity === 'error')).toEqual([]);
    return;
  }
  const { error } = result;
  expect(KINDS).toContain(error.kind);
  expect(typeof error.path).toBe('string');
  expect(error.expected.length).toBeGreaterThan(0);
  expect(
    error.message.startsWith(
      `${FILE}: ${error.path === '' ? '(document)' : error.path}: expected `,
    ),
  ).toBe(true);
  expect(error.errors.length).toBeGreaterThan(0);
}

describe('loader fuzz', () => {
  it('1,200 mutated fixtures: a valid design or the typed error, never a throw', () => {
    fc.assert(
      fc.property(mutatedText, (text) => checkOutcome(text)),
      { numRuns: 1200 },
    );
  }, 120_000);

  it('the rich v3 design itself loads with no error', () => {
    const result = loadDocument(FILE, RICH_V3, { library: TEST_LIBRARY });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc.parts.map((p) => p.id)).toEqual(['die-1']);
    expect(result.doc.carriers[0]?.layers[1]?.regions?.[0]?.id).toBe('coin-1');
    expect(result.doc.fibers[0]?.waypointsMm).toHaveLength(2);
  });

  it('800 edits of parts, materials, layers, regions, boundaries, waypoints and mounts', () => {
    let loaded = 0;
    fc.assert(
      fc.property(format3Text, (text) => {
        checkOutcome(text);
        if (loadDocument(FILE, text, { library: TEST_LIBRARY }).ok) loaded += 1;
      }),
      { numRuns: 800 },
    );
    // Both outcomes are exercised: many edits stay loadable (with warnings), many are refused.
    expect(loaded).toBeGreaterThan(50);
    expect(loaded).toBeLessThan(800);
  }, 120_000);

  it('every analysis runs on what such edits leave loadable (80 designs)', () => {
    fc.assert(
      fc.property(format3Text, (text) => {
        const result = loadDocument(FILE, text, { library: TEST_LIBRARY });
        if (!result.ok) return;
        const electrical = analyzeElectrical(result.doc, TEST_LIBRARY);
        const thermal = solveThermal(result.doc, TEST_LIBRARY, {
          preset: 'coarse',
          couplings: false,
        });
        expect(Number.isFinite(thermal.maxC)).toBe(true);
        analyzeServiceability(result.doc, TEST_LIBRARY);
        checkRules(result.doc, TEST_LIBRARY, { electrical, thermal });
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('400 random JSON values and texts', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 6 }),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
    );
    fc.assert(
      fc.property(anyText, (text) => checkOutcome(text)),
      { numRuns: 400 },
    );
  }, 60_000);

  it('hostile shapes: huge nesting, huge numbers, over-size text', () => {
    checkOutcome('['.repeat(1_000_000));
    checkOutcome(`${'['.repeat(500_000)}${']'.repeat(500_000)}`);
    checkOutcome(`{"format":"lightpath-studio/design","formatVersion":1e400}`);
    checkOutcome(' '.repeat(200_000));
    expect(loadDocument(FILE, ' '.repeat(200_000), { maxBytes: 64 * 1024 })).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
  });
});
