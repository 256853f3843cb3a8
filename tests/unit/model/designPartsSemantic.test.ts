/**
 * Issue 12 item 8 (files side): a file with values that cannot all hold opens with warnings
 * naming the path and which value the engines use, and every analysis runs on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeElectrical } from '../../../renderer/src/engine/analyze';
import { analyzeServiceability } from '../../../renderer/src/engine/service/analyzeServiceability';
import { checkRules } from '../../../renderer/src/engine/rules/checkRules';
import { solveThermal } from '../../../renderer/src/engine/thermal/analyzeThermal';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON edited by tests
type Loose = any;

const FILE = 'odd.lightpath.json';
const library = defaultPartLibrary();
const base = JSON.parse(readFileSync('tests/fixtures/v3/npo-bundled-parts.lightpath.json', 'utf8'));
const oe800 = JSON.parse(readFileSync('assets/parts/oe-800g.json', 'utf8'));

/** The fixture with its engine as a design part `my-oe` (edited by `edit`). */
function withDesignPart(edit: (doc: Loose, part: Loose) => void): string {
  const doc = structuredClone(base);
  const part = { ...structuredClone(oe800), id: 'my-oe', name: 'My engine' };
  doc.parts = [part];
  doc.components[1].partId = 'my-oe';
  edit(doc, part);
  return JSON.stringify(doc);
}

function opens(text: string) {
  const result = loadDocument(FILE, text, { library });
  if (!result.ok) throw new Error(result.error.message);
  const { doc } = result;
  // Every analysis runs on what was loaded.
  const electrical = analyzeElectrical(doc, library);
  const thermal = solveThermal(doc, library, { preset: 'coarse', couplings: false });
  expect(Number.isFinite(thermal.maxC)).toBe(true);
  analyzeServiceability(doc, library);
  checkRules(doc, library, { electrical, thermal });
  return result.warnings.map((w) => w.message);
}

describe('design parts with values that cannot all hold', () => {
  it('a power map not adding up to powerW: powerW holds, the map is scaled', () => {
    const messages = opens(
      withDesignPart((_, part) => {
        part.powerMap = {
          kind: 'blocks',
          blocks: [
            { name: 'drivers', rectMm: { x: 0, y: 0, width: 5, depth: 14 }, powerW: 1 },
            { name: 'tia', rectMm: { x: 5, y: 0, width: 5, depth: 14 }, powerW: 1 },
          ],
        };
      }),
    );
    expect(messages).toContain(
      `${FILE}: parts[0].powerMap: expected a map adding up to the part's powerW 3.5 W, found 2 W — powerW holds: the map is scaled by 1.75 and gives only where the power goes`,
    );
  });

  it('a grid with the wrong cell count, a block off the outline, overlapping blocks', () => {
    const grid = opens(
      withDesignPart((_, part) => {
        part.powerMap = { kind: 'grid', nx: 2, ny: 2, cellsW: [1, 1, 1.5] };
      }),
    );
    expect(grid.join('\n')).toContain(
      'parts[0].powerMap.cellsW: expected nx × ny = 4 cells, found 3',
    );
    const blocks = opens(
      withDesignPart((_, part) => {
        part.powerMap = {
          kind: 'blocks',
          blocks: [
            { name: 'a', rectMm: { x: 0, y: 0, width: 6, depth: 14 }, powerW: 2 },
            { name: 'b', rectMm: { x: 5, y: 0, width: 6, depth: 14 }, powerW: 1.5 },
          ],
        };
      }),
    ).join('\n');
    expect(blocks).toContain('parts[0].powerMap.blocks[1].rectMm: expected a block inside');
    expect(blocks).toContain('found an overlap with blocks[0] ("a")');
  });

  it('a build-up thicker than sizeMm.z: sizeMm.z holds, the layers are scaled', () => {
    const messages = opens(
      withDesignPart((_, part) => {
        part.layers[1].thicknessMm = 1.25; // 0.1 + 1.25 + 0.2 + 0.45 = 2 mm against 1.5
      }),
    );
    expect(messages).toContain(
      `${FILE}: parts[0].layers: expected layers adding up to the part's height sizeMm.z = 1.5 mm, found 2 mm — sizeMm.z holds: the thermal model scales every layer by 0.75`,
    );
  });

  it('duplicate part ids (last wins) and duplicate material keys (first wins)', () => {
    const messages = opens(
      withDesignPart((doc, part) => {
        doc.parts.push({ ...structuredClone(part), name: 'again' });
        const tim = { key: 'my-tim', name: 'TIM', inPlaneWmK: 5, throughPlaneWmK: 5 };
        doc.materials = [tim, { ...tim, inPlaneWmK: 6 }];
      }),
    ).join('\n');
    expect(messages).toContain(
      'parts[1].id: expected a part id not used by another entry (it is already used at parts[0].id), found "my-oe" — the last definition is the one components use',
    );
    expect(messages).toContain(
      'materials[1].key: expected a material key not used by another entry (it is already used at materials[0].key), found "my-tim" — the first definition is the one layers use',
    );
  });

  it('a fiber bent tighter than its type allows is a warning', () => {
    const doc = structuredClone(base);
    doc.fibers = [
      {
        id: 'f1',
        from: { componentId: 'oe1', port: 'fiber' },
        endMm: { x: 199, y: 75, z: 3 },
        fiberType: 'G.652.D',
        count: 8,
        bendRadiusMm: 10,
      },
    ];
    expect(opens(JSON.stringify(doc))).toContain(
      `${FILE}: fibers[0].bendRadiusMm: expected at least the 30 mm minimum bend radius of G.652.D fiber, found 10 mm`,
    );
  });

  it('a component whose design part does not exist is refused with a message, not a crash', () => {
    const text = withDesignPart((doc) => {
      doc.parts = [];
    });
    const result = loadDocument(FILE, text, { library });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('semantic');
    expect(result.error.message).toContain('components[1].partId: expected the id of a part');
    expect(result.error.message).toContain('found "my-oe"');
  });

  it('the consistent design part opens without these warnings', () => {
    const messages = opens(withDesignPart(() => {}));
    expect(messages.filter((m) => /parts\[|materials\[|bendRadiusMm/.test(m))).toEqual([]);
  });
});
