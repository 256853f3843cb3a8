/** A small literal design with a package substrate on a board, for the stack-up command tests. */
import { expect } from 'vitest';
import type { Command } from '../../../renderer/src/model/commands';
import { canUndo } from '../../../renderer/src/model/history';
import { newDocument } from '../../../renderer/src/model/newDocument';
import {
  DesignSchema,
  type Carrier,
  type Component,
  type Design,
} from '../../../renderer/src/model/schema';
import { createDocumentStore } from '../../../renderer/src/store/documentStore';

/** The package substrate of `stackDesign`: two layers, a die region in the top one. */
export function substrate(): Carrier {
  return {
    id: 'pkg',
    name: 'Package',
    kind: 'substrate',
    onCarrierId: 'board',
    originMm: { x: 50, y: 40 },
    widthMm: 60,
    depthMm: 50,
    standoffMm: 0.4,
    layers: [
      { name: 'core', material: 'substrate-core', thicknessMm: 0.8 },
      {
        name: 'mould',
        material: 'mould-compound',
        thicknessMm: 0.5,
        regions: [
          {
            id: 'die-1',
            name: 'die',
            kind: 'die',
            material: 'silicon',
            rectMm: { x: 10, y: 10, width: 20, depth: 15 },
          },
        ],
      },
    ],
  };
}

/** A component on the substrate, embedded in its mould layer (index 1). */
export function embedded(): Component {
  return {
    id: 'u1',
    partId: 'test-gpu',
    name: 'U1',
    positionMm: { x: 80, y: 60 },
    rotationDeg: 0,
    mount: { carrierId: 'pkg', side: 'top', inLayer: 1 },
  };
}

/** A bare board ("board", 250 × 200 mm) with the substrate "pkg" on it and nothing else. */
export function stackDesign(): Design {
  const doc = newDocument({ name: 'stack test' });
  return { ...doc, carriers: [...doc.carriers, substrate()] };
}

/** `stackDesign` with `u1` in the mould, a keep-out and a cooling boundary on the die region. */
export function populatedStack(): Design {
  const doc = stackDesign();
  return {
    ...doc,
    components: [embedded()],
    keepOuts: [
      {
        id: 'ko-1',
        name: 'hole',
        carrierId: 'pkg',
        kind: 'both',
        rectMm: { x: 52, y: 42, width: 4, depth: 4 },
      },
    ],
    cooling: {
      ...doc.cooling,
      boundaries: [
        {
          id: 'cool-1',
          name: 'lid',
          kind: 'lid',
          target: { kind: 'region', carrierId: 'pkg', regionId: 'die-1', face: 'top' },
          rating: { kind: 'htc', wPerM2K: 5000 },
          coolantC: 40,
        },
      ],
    },
  };
}

/**
 * Runs `command` through a document store and expects it refused with `message`: false from
 * runCommand, the message kept, the same document object and nothing to undo.
 */
export function expectRefused<P>(doc: Design, command: Command<P>, message: RegExp): string {
  const docs = createDocumentStore(doc, 'test.lightpath.json');
  expect(docs.runCommand(command)).toBe(false);
  const state = docs.store.getState();
  expect(state.lastCommandError).toMatch(message);
  expect(state.doc).toBe(doc);
  expect(canUndo(state.history)).toBe(false);
  return state.lastCommandError;
}

/** Runs `command` as one undo step; checks undo restores `doc` exactly and redo the result. */
export function runUndoable<P>(doc: Design, command: Command<P>): Design {
  const docs = createDocumentStore(doc, 'test.lightpath.json');
  expect(docs.runCommand(command), docs.store.getState().lastCommandError).toBe(true);
  const after = docs.store.getState().doc;
  expect(docs.undo()).toBe(true);
  expect(docs.store.getState().doc).toEqual(doc);
  expect(docs.redo()).toBe(true);
  expect(docs.store.getState().doc).toEqual(after);
  expect(DesignSchema.safeParse(after).success).toBe(true);
  return after;
}
