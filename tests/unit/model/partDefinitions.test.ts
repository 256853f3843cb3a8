import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  CommandError,
  addMaterial,
  addPartDefinition,
  commandFromJson,
  importPartLibrary,
  removeMaterial,
  removePartDefinition,
  runCommand,
  updateMaterial,
  updatePartDefinition,
  type Command,
} from '../../../renderer/src/model/commands';
import { execute, createHistory } from '../../../renderer/src/model/history';
import { PartSchema, type Part } from '../../../renderer/src/model/partSchema';
import type { CustomMaterial, Design } from '../../../renderer/src/model/schema';
import { sampleDesign } from './sampleDesign';

/** A 20 × 20 × 0.8 mm, 150 W silicon die with a two-block power map and one port. */
function die(overrides: Partial<Part> = {}): Part {
  return PartSchema.parse({
    id: 'die-a',
    name: 'Compute die A',
    category: 'die',
    sizeMm: { x: 20, y: 20, z: 0.8 },
    powerW: 150,
    tempLimitC: 105,
    ports: [
      {
        id: 'd2d',
        kind: 'electrical',
        lanes: 16,
        laneRateGbps: 32,
        modulation: 'NRZ',
        serdesClass: 'XSR',
        edge: 'east',
        offsetMm: 0,
      },
    ],
    fruClass: 'co-packaged',
    failureRateFit: 50,
    costUsd: 900,
    layers: [
      { name: 'bulk', material: 'silicon', thicknessMm: 0.7 },
      { name: 'BEOL', material: 'silicon', thicknessMm: 0.1, isHeatSource: true },
    ],
    powerMap: {
      kind: 'blocks',
      blocks: [
        { name: 'cores', rectMm: { x: 0, y: 0, width: 12, depth: 20 }, powerW: 120 },
        { name: 'io', rectMm: { x: 12, y: 0, width: 8, depth: 20 }, powerW: 30 },
      ],
    },
    sources: { powerW: 'user', sizeMm: 'user' },
    ...overrides,
  });
}

const resin: CustomMaterial = {
  key: 'my-resin',
  name: 'Filled resin',
  inPlaneWmK: 1.2,
  throughPlaneWmK: 0.9,
  source: 'user',
};

/** Runs `command` and checks its inverse patches give back `doc` exactly. */
function runAndUndo<P>(doc: Design, command: Command<P>): Design {
  const result = runCommand(doc, command);
  expect(applyPatches(result.doc, result.inversePatches)).toEqual(doc);
  expect(applyPatches(doc, result.patches)).toEqual(result.doc);
  return result.doc;
}

/** Expects `command` to be refused with `message`, leaving history and document untouched. */
function expectRefused<P>(doc: Design, command: Command<P>, message: RegExp) {
  const state = createHistory(doc);
  const before = JSON.stringify(doc);
  expect(() => execute(state, command)).toThrow(CommandError);
  expect(() => execute(state, command)).toThrow(message);
  expect(JSON.stringify(state.doc)).toBe(before);
  expect(state.undoStack).toHaveLength(0);
}

describe('addPartDefinition', () => {
  it('adds the part to doc.parts; undo restores the document', () => {
    const before = sampleDesign();
    const after = runAndUndo(before, addPartDefinition({ part: die() }));
    expect(before.parts).toEqual([]);
    expect(after.parts).toEqual([die()]);
    expect(after.components).toBe(before.components);
  });

  it('normalises numbers to the 1e-9 grid', () => {
    const part = die({ sizeMm: { x: 20, y: 20, z: 0.1 + 0.7 } });
    const after = runCommand(sampleDesign(), addPartDefinition({ part })).doc;
    expect(after.parts[0]?.sizeMm.z).toBe(0.8);
  });

  it('refuses invalid definitions with the field, the value and the allowed range', () => {
    const doc = runCommand(sampleDesign(), addPartDefinition({ part: die() })).doc;
    const add = (part: unknown) => addPartDefinition({ part: part as Part });
    expectRefused(doc, add(die()), /part\.id: "die-a" is already a part of this design/);
    expectRefused(
      sampleDesign(),
      add({ ...die(), sizeMm: { x: 0, y: 20, z: 0.8 } }),
      /invalid part\.sizeMm\.x: expected a number > 0, found 0/,
    );
    expectRefused(
      sampleDesign(),
      add(
        die({
          layers: [{ name: 'x', material: 'unobtainium', thicknessMm: 0.8, isHeatSource: true }],
        }),
      ),
      /part\.layers\[0\]\.material: "unobtainium" is neither a built-in material/,
    );
    expectRefused(
      sampleDesign(),
      add(die({ sizeMm: { x: 20, y: 20, z: 1 } })),
      /build-up is 0\.8 mm thick but sizeMm\.z is 1 mm/,
    );
    const blocks = die().powerMap as Extract<Part['powerMap'], { kind: 'blocks' }>;
    const [cores, io] = blocks.blocks as [(typeof blocks.blocks)[0], (typeof blocks.blocks)[0]];
    expectRefused(
      sampleDesign(),
      add(
        die({
          powerMap: { kind: 'blocks', blocks: [cores, { ...io, rectMm: { ...io.rectMm, x: 14 } }] },
        }),
      ),
      /blocks\[1\] \("io"\): x spans 14 mm…22 mm, outside the outline \(allowed 0…20 mm\)/,
    );
    expectRefused(
      sampleDesign(),
      add(
        die({
          powerMap: { kind: 'blocks', blocks: [cores, { ...io, rectMm: { ...io.rectMm, x: 10 } }] },
        }),
      ),
      /blocks\[1\] \("io"\) overlaps powerMap\.blocks\[0\] \("cores"\) by 2 mm × 20 mm/,
    );
    expectRefused(
      sampleDesign(),
      add(die({ powerW: 140 })),
      /map dissipates 150 W but powerW is 140 W/,
    );
    expectRefused(
      sampleDesign(),
      add(die({ powerMap: { kind: 'grid', nx: 2, ny: 2, cellsW: [50, 50, 50] } })),
      /cellsW: 3 cells given, expected nx × ny = 4/,
    );
    const port = die().ports[0] as Part['ports'][0];
    expectRefused(
      sampleDesign(),
      add(die({ ports: [{ ...port, offsetMm: 11 }] })),
      /ports\[0\]\.offsetMm: 11 mm lies beyond the east edge \(allowed −10 mm…10 mm\)/,
    );
    expectRefused(sampleDesign(), add(die({ ports: [port, port] })), /ports\[1\]\.id: "d2d"/);
    expectRefused(sampleDesign(), add(die({ sources: { powerW: ' ' } })), /sources\.powerW/);
  });

  it('accepts a grid map that sums to powerW and a part without a build-up', () => {
    const grid = die({ powerMap: { kind: 'grid', nx: 2, ny: 1, cellsW: [100, 50] } });
    expect(runCommand(sampleDesign(), addPartDefinition({ part: grid })).doc.parts).toHaveLength(1);
    const bare = die({ layers: [], sizeMm: { x: 20, y: 20, z: 3 } });
    expect(runCommand(sampleDesign(), addPartDefinition({ part: bare })).doc.parts).toHaveLength(1);
  });
});

describe('updatePartDefinition and removePartDefinition', () => {
  const withDie = () => runCommand(sampleDesign(), addPartDefinition({ part: die() })).doc;
  const placed = () => {
    const doc = structuredClone(withDie());
    const oe = doc.components.find((c) => c.id === 'oe1');
    if (oe) oe.partId = 'die-a';
    const link = doc.links[0];
    if (link) link.to = { componentId: 'oe1', port: 'd2d' };
    return doc;
  };

  it('replaces the whole definition and keeps the id', () => {
    const before = withDie();
    const part = { ...die({ powerW: 200, powerMap: undefined }), id: 'renamed' };
    const after = runAndUndo(before, updatePartDefinition({ id: 'die-a', part }));
    expect(after.parts).toEqual([{ ...part, id: 'die-a' }]);
  });

  it('refuses an unknown id and dropping a port a link still uses', () => {
    expectRefused(
      withDie(),
      updatePartDefinition({ id: 'nope', part: die() }),
      /part definition "nope" does not exist/,
    );
    expectRefused(
      placed(),
      updatePartDefinition({ id: 'die-a', part: die({ ports: [] }) }),
      /links or fibers still end on oe1\.d2d/,
    );
  });

  it('removes an unused part; refuses one that components use, naming them', () => {
    const after = runAndUndo(withDie(), removePartDefinition({ id: 'die-a' }));
    expect(after.parts).toEqual([]);
    expectRefused(
      placed(),
      removePartDefinition({ id: 'die-a' }),
      /part "die-a" is used by OE1 \(oe1\)/,
    );
  });
});

describe('design materials', () => {
  it('adds, updates and removes a material; undo restores each step', () => {
    const added = runAndUndo(sampleDesign(), addMaterial({ material: resin }));
    expect(added.materials).toEqual([resin]);
    const changed = { ...resin, key: 'other', inPlaneWmK: 2 };
    const updated = runAndUndo(added, updateMaterial({ key: 'my-resin', material: changed }));
    expect(updated.materials).toEqual([{ ...resin, inPlaneWmK: 2 }]);
    expect(runAndUndo(updated, removeMaterial({ key: 'my-resin' })).materials).toEqual([]);
  });

  it('refuses shadowing a built-in key, a duplicate key and removing a used material', () => {
    expectRefused(
      sampleDesign(),
      addMaterial({ material: { ...resin, key: 'silicon' } }),
      /material\.key: "silicon" is a built-in material/,
    );
    const doc = runCommand(sampleDesign(), addMaterial({ material: resin })).doc;
    expectRefused(doc, addMaterial({ material: resin }), /"my-resin" is already a design material/);
    const inLayer = structuredClone(doc);
    (inLayer.carriers[0]?.layers[0] as { material: string }).material = 'my-resin';
    expectRefused(
      inLayer,
      removeMaterial({ key: 'my-resin' }),
      /used by carriers\[0\]\.layers\[0\] \(board\)/,
    );
    const part = die({
      layers: [{ name: 'all', material: 'my-resin', thicknessMm: 0.8, isHeatSource: true }],
    });
    const inPart = runCommand(doc, addPartDefinition({ part })).doc;
    expectRefused(inPart, removeMaterial({ key: 'my-resin' }), /used by part die-a layers\[0\]/);
    expectRefused(doc, removeMaterial({ key: 'nope' }), /design material "nope" does not exist/);
  });
});

describe('importPartLibrary', () => {
  const resinDie = die({
    id: 'die-r',
    layers: [{ name: 'all', material: 'my-resin', thicknessMm: 0.8, isHeatSource: true }],
  });

  it('adds parts and the materials they need; an identical material is kept once', () => {
    const before = runCommand(sampleDesign(), addMaterial({ material: resin })).doc;
    const after = runAndUndo(
      before,
      importPartLibrary({ parts: [die(), resinDie], materials: [resin] }),
    );
    expect(after.parts.map((p) => p.id)).toEqual(['die-a', 'die-r']);
    expect(after.materials).toEqual([resin]);
  });

  it('refuses clashing part ids (naming them), differing materials and bad parts', () => {
    const doc = runCommand(sampleDesign(), addPartDefinition({ part: die() })).doc;
    expectRefused(
      doc,
      importPartLibrary({ parts: [resinDie, die()], materials: [resin] }),
      /parts "die-a" are already parts of this design; nothing imported/,
    );
    const withResin = runCommand(sampleDesign(), addMaterial({ material: resin })).doc;
    expectRefused(
      withResin,
      importPartLibrary({ parts: [], materials: [{ ...resin, inPlaneWmK: 3 }] }),
      /material "my-resin" is already a design material with other values/,
    );
    expectRefused(
      sampleDesign(),
      importPartLibrary({ parts: [resinDie], materials: [] }),
      /parts\[0\]\.layers\[0\]\.material: "my-resin"/,
    );
  });

  it('replays from its JSON form', () => {
    const json = JSON.parse(
      JSON.stringify({ name: 'importPartLibrary', params: { parts: [die()], materials: [] } }),
    );
    expect(runCommand(sampleDesign(), commandFromJson(json)).doc.parts).toEqual([die()]);
  });
});
