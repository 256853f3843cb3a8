import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDocument } from '../../../renderer/src/model/load';
import { MIGRATIONS, OLDEST_FORMAT_VERSION, migrate } from '../../../renderer/src/model/migrations';
import { FORMAT_VERSION } from '../../../renderer/src/model/schema';
import { sampleDesign } from './sampleDesign';
import { TEST_LIBRARY } from './testLibrary';

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
