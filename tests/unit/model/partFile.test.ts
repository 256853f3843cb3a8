import { describe, expect, it } from 'vitest';
import {
  addComponent,
  addMaterial,
  addPartDefinition,
  runCommand,
} from '../../../renderer/src/model/commands';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import {
  PART_FILE_FORMAT,
  loadPartFile,
  serializePartFile,
} from '../../../renderer/src/model/partFile';
import { PartSchema, type Part } from '../../../renderer/src/model/partSchema';
import type { CustomMaterial } from '../../../renderer/src/model/schema';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import { sampleDesign } from './sampleDesign';
import { TEST_LIBRARY } from './testLibrary';

const resin: CustomMaterial = {
  key: 'my-resin',
  name: 'Filled resin',
  inPlaneWmK: 1.2,
  throughPlaneWmK: 0.9,
  source: 'user',
};

function die(id = 'die-a', material = 'silicon'): Part {
  return PartSchema.parse({
    id,
    name: `Die ${id}`,
    category: 'die',
    sizeMm: { x: 20, y: 20, z: 0.8 },
    powerW: 150,
    tempLimitC: 105,
    ports: [],
    fruClass: 'co-packaged',
    failureRateFit: 50,
    costUsd: 900,
    layers: [{ name: 'die', material, thicknessMm: 0.8, isHeatSource: true }],
    // Keys out of order on purpose: the file sorts them.
    sources: { tempLimitC: 'user', powerW: 'user', costUsd: 'lightpath-estimate' },
  });
}

describe('part-library file', () => {
  it('serialises deterministically and loads back what it wrote', () => {
    const contents = { materials: [resin], parts: [die(), die('die-b', 'my-resin')] };
    const text = serializePartFile(contents);
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['format', 'formatVersion', 'materials', 'parts']);
    expect(json.format).toBe(PART_FILE_FORMAT);
    expect(json.formatVersion).toBe(1);
    expect(Object.keys(json.parts[0].sources)).toEqual(['costUsd', 'powerW', 'tempLimitC']);
    const loaded = loadPartFile('mine.lightpath-parts.json', text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.contents.materials).toEqual([resin]);
    expect(loaded.contents.parts.map((p) => p.id)).toEqual(['die-a', 'die-b']);
    // Written again, byte for byte the same, whatever order the input's keys had.
    expect(serializePartFile(loaded.contents)).toBe(text);
    const reversed = <T extends object>(o: T) =>
      Object.fromEntries(Object.entries(o).reverse()) as T;
    const shuffled = {
      parts: contents.parts.map(reversed),
      materials: contents.materials.map(reversed),
    };
    expect(JSON.stringify(shuffled.parts[0])).not.toBe(JSON.stringify(contents.parts[0]));
    expect(serializePartFile(shuffled)).toBe(text);
  });

  it('rounds numbers to the 1e-9 grid', () => {
    const part = { ...die(), powerW: 0.1 + 0.2 };
    const json = JSON.parse(serializePartFile({ materials: [], parts: [part] }));
    expect(json.parts[0].powerW).toBe(0.3);
  });

  const load = (value: unknown) =>
    loadPartFile(
      'lib.lightpath-parts.json',
      typeof value === 'string' ? value : JSON.stringify(value),
    );
  const good = () => JSON.parse(serializePartFile({ materials: [resin], parts: [die()] }));

  it('refuses bad input with the file name and the JSON path, never throwing', () => {
    const cases: [unknown, RegExp][] = [
      ['{ not json', /lib\.lightpath-parts\.json: \(document\): expected JSON text/],
      [[1, 2], /expected a JSON object with "format": "lightpath-studio\/parts"/],
      [
        { ...good(), format: 'lightpath-studio/design' },
        /format: expected "lightpath-studio\/parts"/,
      ],
      [{ ...good(), formatVersion: 2 }, /formatVersion: expected format version 1, found 2/],
      [
        { ...good(), parts: [{ ...good().parts[0], sizeMm: { x: 'wide', y: 1, z: 1 } }] },
        /parts\[0\]\.sizeMm\.x: expected a finite number, found "wide"/,
      ],
      [
        { ...good(), parts: [good().parts[0], good().parts[0]] },
        /parts\[1\]\.id: expected an id not used earlier/,
      ],
      [
        { ...good(), materials: [{ ...resin, key: 'copper' }] },
        /materials\[0\]\.key: expected a key no built-in material has, found "copper"/,
      ],
      [
        { ...good(), materials: [], parts: [die('die-r', 'my-resin')] },
        /parts\[0\]: expected a part definition the studio accepts, found parts\[0\]\.layers\[0\]\.material: "my-resin"/,
      ],
      [
        { ...good(), parts: [{ ...die(), sizeMm: { x: 20, y: 20, z: 1 } }] },
        /build-up is 0\.8 mm thick but sizeMm\.z is 1 mm/,
      ],
    ];
    for (const [input, message] of cases) {
      const result = load(input);
      expect(result.ok, String(message)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(loadPartFile('x.json', 42 as unknown as string).ok).toBe(false);
  });

  it('drops __proto__ members instead of obeying them', () => {
    const text = serializePartFile({ materials: [], parts: [die()] }).replace(
      '"sources": {',
      '"sources": { "__proto__": { "polluted": "yes" },',
    );
    const result = load(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok)
      expect(Object.keys(result.contents.parts[0]?.sources ?? {})).not.toContain('__proto__');
  });
});

describe('a design with its own parts', () => {
  function designWithOwnPart() {
    let doc = runCommand(sampleDesign(), addMaterial({ material: resin })).doc;
    doc = runCommand(doc, addPartDefinition({ part: die('die-own', 'my-resin') })).doc;
    const component = {
      id: 'cmp-9',
      partId: 'die-own',
      name: 'D1',
      positionMm: { x: 40, y: 40 },
      rotationDeg: 0,
      mount: { carrierId: 'board', side: 'top' as const },
    };
    return runCommand(doc, addComponent({ component })).doc;
  }

  it('reopens without the library having its parts', () => {
    const text = serializeDesign(designWithOwnPart());
    for (const library of [TEST_LIBRARY, new Map([...defaultPartLibrary(), ...TEST_LIBRARY])]) {
      expect(library.has('die-own')).toBe(false);
      const result = loadDocument('own.lightpath.json', text, { library });
      expect(result.ok ? '' : result.error.message).toBe('');
      if (result.ok) {
        expect(result.doc.parts.map((p) => p.id)).toEqual(['die-own']);
        expect(result.doc.components.find((c) => c.id === 'cmp-9')?.partId).toBe('die-own');
        expect(serializeDesign(result.doc)).toBe(text);
      }
    }
  });

  it('is refused when the part definition is missing (the check can fail)', () => {
    const doc = designWithOwnPart();
    const text = serializeDesign({ ...doc, parts: [] });
    const result = loadDocument('own.lightpath.json', text, { library: TEST_LIBRARY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/components\[2\]\.partId/);
  });
});
