import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../../renderer/src/model/load';
import { MIGRATIONS, OLDEST_FORMAT_VERSION, migrate } from '../../../renderer/src/model/migrations';
import { DesignSchema, FORMAT_VERSION } from '../../../renderer/src/model/schema';
import { sampleDesign } from './sampleDesign';
import { TEST_LIBRARY } from './testLibrary';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON read by tests
type Loose = any;

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const spies = MIGRATIONS.map((step) => vi.spyOn(step, 'up'));

describe('migrations', () => {
  it('are numbered without gaps up to FORMAT_VERSION', () => {
    expect(MIGRATIONS.map((step) => step.fromVersion)).toEqual(
      MIGRATIONS.map((_, i) => OLDEST_FORMAT_VERSION + i),
    );
    expect(OLDEST_FORMAT_VERSION + MIGRATIONS.length).toBe(FORMAT_VERSION);
  });

  it('AddLaneRate (1 → 2): before/after fixture', () => {
    const before = JSON.parse(fixture('v1/addLaneRate.before.json'));
    const frozen = JSON.stringify(before);
    const { applied } = migrate(before, 1);
    expect(applied).toEqual(['AddLaneRate', 'AuthorPackages']);
    const doc = { ...MIGRATIONS[0]!.up(before), formatVersion: 2 };
    expect(doc).toEqual(JSON.parse(fixture('v1/addLaneRate.after.json')));
    expect(JSON.stringify(before)).toBe(frozen); // pure: the input is untouched
  });

  it('AuthorPackages (2 → 3): before/after fixture', () => {
    const before = JSON.parse(fixture('v2/authorPackages.before.json'));
    const frozen = JSON.stringify(before);
    const { doc, applied } = migrate(before, 2);
    expect(applied).toEqual(['AuthorPackages']);
    expect(doc).toEqual(JSON.parse(fixture('v3/authorPackages.after.json')));
    expect(JSON.stringify(before)).toBe(frozen); // pure: the input is untouched
  });

  it('AuthorPackages rules: k equal to copper planes, to the material, or kept; heatsinks and paths', () => {
    const { doc } = migrate(JSON.parse(fixture('v2/authorPackages.before.json')), 2);
    const [planes, plain, measured] = (doc as Loose).carriers[0].layers;
    // fr4 34.4 / 0.33 W/(m·K): f = (34.4 − 0.8) / (401 − 0.8), copper f × 1.6 mm; the series
    // mean 1 / (f / 401 + (1 − f) / 0.3) = 0.327 agrees with 0.33 within the 1 % tolerance.
    const f = (34.4 - 0.8) / (401 - 0.8);
    expect(planes.copper[0].thicknessUm).toBeCloseTo(f * 1600, 5);
    expect(1 / (f / 401 + (1 - f) / 0.3)).toBeCloseTo(0.33, 2);
    expect(planes).not.toHaveProperty('kInPlaneWmK');
    expect(plain).toEqual({ name: 'low-loss core', material: 'megtron7', thicknessMm: 0.2 });
    expect(measured).toMatchObject({ kInPlaneWmK: 5, kThroughPlaneWmK: 0.3 });
    expect(measured).not.toHaveProperty('copper');
    const [leaving, toPort] = (doc as Loose).fibers;
    expect(leaving.endMm).toEqual({ x: 200, y: 100, z: 3 });
    expect(leaving.waypointsMm).toHaveLength(2);
    expect(toPort).not.toHaveProperty('endMm');
    expect(toPort.waypointsMm).toEqual([
      { x: 140, y: 75, z: 3 },
      { x: 140, y: 40, z: 3 },
    ]);
    expect((doc as Loose).cooling.boundaries[1]).toMatchObject({
      kind: 'air-heatsink',
      target: { kind: 'components', componentIds: ['oe1', 'oe2'] },
      rating: { kind: 'resistance', kPerW: 0.8 },
    });
  });

  it('a whole v2 document loads as the after fixture, with a warning naming the step', () => {
    const result = loadDocument('small.v2.json', fixture('v2/authorPackages.before.json'), {
      library: TEST_LIBRARY,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc).toEqual(
      DesignSchema.parse(JSON.parse(fixture('v3/authorPackages.after.json'))),
    );
    const migrated = result.warnings.find((w) => w.kind === 'migrated');
    expect(migrated?.message).toContain('upgraded by AuthorPackages');
  });

  it('a whole v1 document loads as the equivalent current document, with a warning', () => {
    const result = loadDocument('small.v1.json', fixture('v1/small-npo.v1.lightpath.json'), {
      library: TEST_LIBRARY,
    });
    if (!result.ok) throw new Error(result.error.message);
    const expected = sampleDesign();
    expect(result.doc.formatVersion).toBe(FORMAT_VERSION);
    expect(result.doc.links[0]).toEqual(expected.links[0]);
    expect(result.doc.links[1]).toMatchObject({ laneRateGbps: 25, modulation: 'NRZ', lanes: 4 });
    expect(result.doc.scenarios).toEqual([]);
    expect({ ...result.doc, links: [], scenarios: [] }).toEqual({
      ...expected,
      links: [],
      scenarios: [],
    });
    expect(result.warnings.map((w) => w.kind)).toContain('migrated');
  });

  // Runs last (tests in a file run in order): fails when a step exists that no test above
  // ran, like tldraw's "all migrator fns were called at least once".
  it('every migration step was exercised by the tests above', () => {
    const neverRun = MIGRATIONS.filter((_, i) => spies[i]?.mock.calls.length === 0).map(
      (s) => s.name,
    );
    expect(neverRun).toEqual([]);
  });
});
