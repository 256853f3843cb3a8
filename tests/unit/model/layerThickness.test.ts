/**
 * A layer thicker than MAX_LAYER_THICKNESS_MM is refused where it enters: the loader (found
 * by the loader fuzz: a 955,276,535 mm mould layer made the coarse thermal mesh ~1e9 cells and
 * killed the process) and the layer commands, with the field, its value and the limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setLayer } from '../../../renderer/src/model/commands';
import { CommandError, runCommand } from '../../../renderer/src/model/commands/command';
import { loadDocument } from '../../../renderer/src/model/load';
import { MAX_LAYER_THICKNESS_MM } from '../../../renderer/src/model/signalSchema';
import { sampleDesign } from './sampleDesign';
import { TEST_LIBRARY } from './testLibrary';

const FILE = 'thick-layer.lightpath.json';
const text = readFileSync(
  new URL('../../fixtures/v3/thick-layer.lightpath.json', import.meta.url),
  'utf8',
);

describe('layer thickness limit', () => {
  it('the loader refuses the fuzz finding with the JSON path and the limit', () => {
    const result = loadDocument(FILE, text, { library: TEST_LIBRARY });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('carriers[0].layers[1].thicknessMm');
    expect(JSON.stringify(result)).toContain(String(MAX_LAYER_THICKNESS_MM));
  });

  it('a layer command refuses it, the document unchanged', () => {
    const doc = sampleDesign();
    const carrier = doc.carriers[0]!;
    const before = JSON.stringify(doc);
    const edit = setLayer({ carrierId: carrier.id, index: 0, changes: { thicknessMm: 1e9 } });
    expect(() => runCommand(doc, edit)).toThrow(CommandError);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
