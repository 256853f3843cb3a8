/**
 * convertArchitecture: one command re-lays an open design as another architecture from the
 * parameters it infers; the design keeps its name and comments; one undo restores it exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../../../renderer/src/engine/compare/evaluateDesign';
import {
  CommandError,
  convertArchitecture,
  runCommand,
} from '../../../renderer/src/model/commands';
import { commandFromJson } from '../../../renderer/src/model/commands/registry';
import { createHistory, execute, undo } from '../../../renderer/src/model/history';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { serializeDesign } from '../../../renderer/src/model/serialize';

const library = defaultPartLibrary();

function open(name: string) {
  const text = readFileSync(`assets/examples/${name}.lightpath.json`, 'utf8');
  const loaded = loadDocument(name, text, { library });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { text, doc: loaded.doc };
}

describe('convertArchitecture', () => {
  it('NPO → CPO Type A puts the engines on the package substrate, co-packaged', () => {
    const { doc } = open('switch-npo');
    const before = doc.components.filter((c) => c.partId === 'oe-800g-socketed');
    expect(before).toHaveLength(64);
    expect(before.every((c) => c.mount.carrierId === 'board')).toBe(true);
    const next = runCommand(doc, convertArchitecture({ architecture: 'cpo-a' })).doc;
    expect(next.meta.architecture).toBe('cpo-a');
    expect(next.meta.name).toBe(doc.meta.name);
    const pkg = next.carriers.find((c) => c.id === 'pkg');
    expect(pkg?.kind).toBe('substrate');
    const engines = next.components.filter((c) => c.partId === 'oe-800g');
    expect(engines).toHaveLength(64);
    expect(engines.every((c) => c.mount.carrierId === 'pkg')).toBe(true);
    expect(library.get('oe-800g')?.fruClass).toBe('co-packaged');
    expect(next.links.every((l) => l.serdesClass === 'XSR')).toBe(true);
    // The converted design is the CPO-A example's layout, with the NPO design's comments.
    const example = open('switch-cpo-a').doc;
    expect(next.components).toEqual(example.components);
    expect(next.comments.map((c) => c.id)).toEqual(doc.comments.map((c) => c.id));
    const errors = evaluateDesign(next, library, { thermalPreset: null }).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  it('one undo restores the original text byte for byte', () => {
    const { text, doc } = open('switch-npo');
    let history = createHistory(doc);
    history = execute(history, convertArchitecture({ architecture: 'cpo-a' }));
    expect(serializeDesign(history.doc)).not.toBe(text);
    history = undo(history);
    expect(serializeDesign(history.doc)).toBe(text);
  });

  it('re-pins a comment whose component is gone to where it stood', () => {
    const { doc } = open('switch-npo');
    const socket = doc.comments.find((c) => c.id === 'c-socket')!;
    const engineId = 'componentId' in socket.anchor ? socket.anchor.componentId : '';
    const engine = doc.components.find((c) => c.id === engineId)!;
    const next = runCommand(doc, convertArchitecture({ architecture: 'dsp-pluggable' })).doc;
    expect(next.components.some((c) => c.id === engineId)).toBe(false);
    const moved = next.comments.find((c) => c.id === 'c-socket')!;
    expect(moved.text).toBe(socket.text);
    expect(moved.anchor).toEqual({
      pointMm: { x: engine.positionMm.x, y: engine.positionMm.y, z: 4.7 },
    });
  });

  it('keeps own parts and converts a 224G design back and forth', () => {
    const { doc } = open('switch-cpo-b-224g');
    const npo = runCommand(doc, convertArchitecture({ architecture: 'npo' })).doc;
    expect(npo.parts.map((p) => p.id)).toEqual(['oe-1t6-socketed', 'switch-51t2-224g']);
    expect(npo.links.every((l) => l.laneRateGbps === 212.5 && l.serdesClass === 'XSR+')).toBe(true);
    const back = runCommand(npo, convertArchitecture({ architecture: 'cpo-b' })).doc;
    expect(back.components).toEqual(doc.components);
    expect(back.links).toEqual(doc.links);
  });

  it('refuses an unknown architecture and a design with no xPU, naming why', () => {
    const { doc } = open('switch-npo');
    expect(() => runCommand(doc, convertArchitecture({ architecture: 'cpo-d' as never }))).toThrow(
      /invalid architecture: /,
    );
    const bare = { ...doc, components: doc.components.filter((c) => c.id !== 'sw') };
    expect(() => runCommand(bare, convertArchitecture({ architecture: 'lpo' }))).toThrow(
      CommandError,
    );
    expect(() => runCommand(bare, convertArchitecture({ architecture: 'lpo' }))).toThrow(
      'cannot convert to lpo: the design has no xPU to lay out around',
    );
  });

  it('replays from JSON', () => {
    const { doc } = open('switch-lpo');
    const command = commandFromJson({
      name: 'convertArchitecture',
      params: { architecture: 'npo' },
    });
    expect(runCommand(doc, command).doc.meta.architecture).toBe('npo');
  });
});
