import { describe, expect, it } from 'vitest';
import { addLayer, moveLayer, removeLayer, setLayer } from '../../../renderer/src/model/commands';
import type { Design } from '../../../renderer/src/model/schema';
import { expectRefused, populatedStack, runUndoable, stackDesign, substrate } from './stackDesign';

const abf = { name: 'ABF', material: 'abf', thicknessMm: 0.03 };
const pkgOf = (doc: Design) => doc.carriers.find((c) => c.id === 'pkg')!;
const inLayer = (doc: Design) => doc.components[0]!.mount.inLayer;

describe('addLayer', () => {
  it('inserts a layer and keeps embedded components on their layer', () => {
    const doc = populatedStack();
    const after = runUndoable(doc, addLayer({ carrierId: 'pkg', index: 0, layer: abf }));
    const [core, mould] = substrate().layers;
    expect(pkgOf(after).layers).toEqual([abf, core, mould]);
    expect(inLayer(after)).toBe(2);
    const top = runUndoable(doc, addLayer({ carrierId: 'pkg', index: 2, layer: abf }));
    expect(pkgOf(top).layers).toEqual([core, mould, abf]);
    expect(inLayer(top)).toBe(1);
  });

  it('refuses bad layers, naming field, value and range', () => {
    const doc = stackDesign();
    const add = (layer: object, index = 2) =>
      addLayer({ carrierId: 'pkg', index, layer: layer as never });
    expectRefused(
      doc,
      add({ ...abf, thicknessMm: 0 }),
      /invalid layer\.thicknessMm: .*>0.*found 0/,
    );
    expectRefused(doc, add({ ...abf, thicknessMm: -0.2 }), /layer\.thicknessMm.*found -0\.2/);
    expectRefused(doc, add({ ...abf, kInPlaneWmK: 0 }), /layer\.kInPlaneWmK.*>0.*found 0/);
    expectRefused(
      doc,
      add({ ...abf, material: 'unobtainium' }),
      /layer\.material: unknown material "unobtainium"; expected one of .*abf/,
    );
    expectRefused(doc, add(abf, 3), /index 3 is not a place for a layer; expected 0…2/);
    expectRefused(
      doc,
      addLayer({ carrierId: 'nope', index: 0, layer: abf }),
      /carrier "nope" does not exist/,
    );
  });

  it('accepts a design material', () => {
    const doc: Design = {
      ...stackDesign(),
      materials: [
        { key: 'my-emc', name: 'EMC', inPlaneWmK: 1.2, throughPlaneWmK: 1.2, source: 'user' },
      ],
    };
    const after = runUndoable(
      doc,
      addLayer({ carrierId: 'pkg', index: 2, layer: { ...abf, material: 'my-emc' } }),
    );
    expect(pkgOf(after).layers[2]!.material).toBe('my-emc');
  });
});

describe('removeLayer', () => {
  it('removes a layer and shifts embedded components above it', () => {
    const doc = populatedStack();
    doc.cooling = { ...doc.cooling, boundaries: [] };
    const after = runUndoable(doc, removeLayer({ carrierId: 'pkg', index: 0 }));
    expect(pkgOf(after).layers).toEqual([substrate().layers[1]]);
    expect(inLayer(after)).toBe(0);
  });

  it('refuses the last layer, an embedded component, a cooled region, a bad index', () => {
    const doc = populatedStack();
    expectRefused(
      doc,
      removeLayer({ carrierId: 'board', index: 0 }),
      /carrier "board" must keep at least 1 layer/,
    );
    expectRefused(
      doc,
      removeLayer({ carrierId: 'pkg', index: 1 }),
      /layer 1 of carrier "pkg" holds embedded components "u1"/,
    );
    const free = { ...doc, components: [] };
    expectRefused(
      free,
      removeLayer({ carrierId: 'pkg', index: 1 }),
      /regions cooled by boundaries "cool-1"/,
    );
    expectRefused(
      doc,
      removeLayer({ carrierId: 'pkg', index: 5 }),
      /layer index 5 is not a layer of carrier "pkg"; expected 0…1/,
    );
  });
});

describe('moveLayer', () => {
  it('reorders layers and keeps inLayer on the same layer', () => {
    const doc = populatedStack();
    const after = runUndoable(doc, moveLayer({ carrierId: 'pkg', from: 1, to: 0 }));
    const [core, mould] = substrate().layers;
    expect(pkgOf(after).layers).toEqual([mould, core]);
    expect(inLayer(after)).toBe(0);
    const three = runUndoable(doc, addLayer({ carrierId: 'pkg', index: 2, layer: abf }));
    const moved = runUndoable(three, moveLayer({ carrierId: 'pkg', from: 0, to: 2 }));
    expect(pkgOf(moved).layers).toEqual([mould, abf, core]);
    expect(inLayer(moved)).toBe(0);
  });

  it('refuses indices outside the stack', () => {
    expectRefused(
      stackDesign(),
      moveLayer({ carrierId: 'pkg', from: 0, to: 2 }),
      /to 2 is not a layer of carrier "pkg"; expected 0…1/,
    );
    expectRefused(
      stackDesign(),
      moveLayer({ carrierId: 'pkg', from: -1, to: 0 }),
      /from -1 is not a layer/,
    );
  });
});

describe('setLayer', () => {
  it('sets fields and overrides, and null clears an override', () => {
    const doc = stackDesign();
    const changes = {
      name: 'core 2',
      thicknessMm: 1.2,
      kThroughPlaneWmK: 0.9,
      copper: [{ thicknessUm: 18, fill: 0.6, count: 4 }],
      dk: 3.4,
      df: 0.004,
      roughnessUm: 0.5,
    };
    const after = runUndoable(doc, setLayer({ carrierId: 'pkg', index: 0, changes }));
    expect(pkgOf(after).layers[0]).toEqual({ material: 'substrate-core', ...changes });
    const cleared = runUndoable(
      after,
      setLayer({
        carrierId: 'pkg',
        index: 0,
        changes: { kThroughPlaneWmK: null, dk: null, copper: undefined },
      }),
    );
    expect(pkgOf(cleared).layers[0]).toEqual({
      name: 'core 2',
      material: 'substrate-core',
      thicknessMm: 1.2,
      df: 0.004,
      roughnessUm: 0.5,
    });
    expect(pkgOf(cleared).layers[1]).toBe(pkgOf(doc).layers[1]);
  });

  it('refuses bad values, naming field, value and range', () => {
    const doc = stackDesign();
    const set = (changes: object) =>
      setLayer({ carrierId: 'pkg', index: 1, changes: changes as never });
    expectRefused(
      doc,
      set({ thicknessMm: -0.5 }),
      /invalid layers\[1\]\.thicknessMm: .*>0.*found -0\.5/,
    );
    expectRefused(doc, set({ kInPlaneWmK: -3 }), /kInPlaneWmK.*>0.*found -3/);
    expectRefused(doc, set({ df: 2 }), /df.*<=1.*found 2/);
    expectRefused(doc, set({ material: 'wood' }), /layers\[1\]\.material: unknown material "wood"/);
    expectRefused(doc, set({ thicknessMm: null }), /thicknessMm/);
    expectRefused(doc, set({ regions: [] }), /changes\.regions: not a layer field/);
  });
});
