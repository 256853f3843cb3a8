import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../renderer/src/model/load';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import { populatedStack } from './stackDesign';
import { TEST_LIBRARY } from './testLibrary';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON edited by tests
type Loose = any;

const FILE = 'stack.lightpath.json';

/** Loads the populated stack design after `edit`. */
function load(edit: (doc: Loose) => void = () => {}) {
  const doc = JSON.parse(serializeDesign(populatedStack()));
  doc.components = []; // the test library is not needed for the stack checks
  doc.cooling.boundaries = [];
  edit(doc);
  return loadDocument(FILE, JSON.stringify(doc), { library: TEST_LIBRARY });
}

function warnings(edit: (doc: Loose) => void): string[] {
  const result = load(edit);
  if (!result.ok) throw new Error(result.error.message);
  return result.warnings.map((w) => w.message);
}

const MOULD = 'carriers[1].layers[1]';

describe('stack-up semantic checks', () => {
  it('a clean stack opens without warnings', () => {
    expect(warnings(() => {})).toEqual([]);
  });

  it('warns about a region outside its layer', () => {
    expect(warnings((d) => (d.carriers[1].layers[1].regions[0].rectMm.x = 50))).toEqual([
      `${FILE}: ${MOULD}.regions[0].rectMm: expected a rectangle inside the layer's outline x 0…60, y 0…50 mm (carrier-local), found x 50…70, y 10…25 mm`,
    ]);
  });

  it('warns about overlapping regions of one layer', () => {
    const found = warnings((d) =>
      d.carriers[1].layers[1].regions.push({
        id: 'coin-1',
        name: 'coin',
        kind: 'copper-coin',
        material: 'copper',
        rectMm: { x: 25, y: 20, width: 10, depth: 10 },
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${MOULD}.regions[1].rectMm: expected no overlap`);
    expect(found[0]).toContain(`overlapping ${MOULD}.regions[0] ("die-1")`);
  });

  it('warns about mount.inLayer beyond the carrier layers', () => {
    const found = warnings((d) =>
      d.components.push({
        id: 'u9',
        partId: 'test-gpu',
        name: 'U9',
        positionMm: { x: 80, y: 60 },
        rotationDeg: 0,
        mount: { carrierId: 'pkg', side: 'top', inLayer: 2 },
      }),
    );
    expect(found).toContain(
      `${FILE}: components[0].mount.inLayer: expected a layer index of carrier "pkg" (0…1), found 2`,
    );
  });

  it('warns about a design material shadowing a built-in', () => {
    const found = warnings((d) =>
      d.materials.push({
        key: 'silicon',
        name: 'Si',
        inPlaneWmK: 120,
        throughPlaneWmK: 120,
        source: 'user',
      }),
    );
    expect(found).toEqual([
      `${FILE}: materials[0].key: expected a key the built-in material table does not use (the design material wins), found "silicon", shadowing the built-in "Silicon"`,
    ]);
  });

  it('refuses unknown materials of layers, regions and part layers, naming path and known keys', () => {
    for (const [edit, path] of [
      [(d: Loose) => (d.carriers[1].layers[0].material = 'wood'), 'carriers[1].layers[0].material'],
      [
        (d: Loose) => (d.carriers[1].layers[1].regions[0].material = 'wood'),
        `${MOULD}.regions[0].material`,
      ],
    ] as const) {
      const result = load(edit);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.path).toBe(path);
      expect(result.error.message).toContain(
        "expected a material key of the built-in table or the design's materials (silicon, copper,",
      );
      expect(result.error.message).toContain('found "wood"');
    }
  });

  it('accepts a design material and refuses an unknown one in a design part', () => {
    const part = JSON.parse(JSON.stringify([...TEST_LIBRARY.values()][0]));
    part.id = 'my-die';
    part.layers = [{ name: 'die', material: 'my-si', thicknessMm: 0.7, isHeatSource: true }];
    const own = {
      key: 'my-si',
      name: 'thin Si',
      inPlaneWmK: 120,
      throughPlaneWmK: 120,
      source: 'user',
    };
    expect(load((d) => ((d.parts = [part]), (d.materials = [own]))).ok).toBe(true);
    const result = load((d) => (d.parts = [part]));
    expect(result.ok || result.error.path).toBe('parts[0].layers[0].material');
  });
});
