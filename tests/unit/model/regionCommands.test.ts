import { describe, expect, it } from 'vitest';
import { addRegion, removeRegion, updateRegion } from '../../../renderer/src/model/commands';
import type { Design, Region } from '../../../renderer/src/model/schema';
import { expectRefused, populatedStack, runUndoable, stackDesign, substrate } from './stackDesign';

const coin: Region = {
  id: 'coin-1',
  name: 'coin',
  kind: 'copper-coin',
  material: 'copper',
  rectMm: { x: 30, y: 10, width: 10, depth: 10 },
};
const mouldOf = (doc: Design) => doc.carriers.find((c) => c.id === 'pkg')!.layers[1]!;
const die = substrate().layers[1]!.regions![0]!;

describe('addRegion', () => {
  it('adds a region (touching a neighbour is fine) and to a layer without regions', () => {
    const doc = stackDesign();
    const after = runUndoable(doc, addRegion({ carrierId: 'pkg', layerIndex: 1, region: coin }));
    expect(mouldOf(after).regions).toEqual([die, coin]);
    const core = runUndoable(doc, addRegion({ carrierId: 'pkg', layerIndex: 0, region: coin }));
    expect(core.carriers[1]!.layers[0]).toEqual({ ...substrate().layers[0], regions: [coin] });
  });

  it('refuses outside, overlapping, zero-area, unknown material, bad k, taken id, bad layer', () => {
    const doc = stackDesign();
    const add = (region: object, layerIndex = 1) =>
      addRegion({ carrierId: 'pkg', layerIndex, region: region as Region });
    expectRefused(
      doc,
      add({ ...coin, rectMm: { x: 55, y: 10, width: 10, depth: 10 } }),
      /region "coin-1" rectMm x 55…65, y 10…20 mm lies outside layer "mould" of carrier "pkg"; expected within x 0…60, y 0…50 mm/,
    );
    expectRefused(
      doc,
      add({ ...coin, rectMm: { x: 25, y: 10, width: 10, depth: 10 } }),
      /region "coin-1" rectMm x 25…35, y 10…20 mm overlaps region "die-1" \(x 10…30, y 10…25 mm\)/,
    );
    expectRefused(
      doc,
      add({ ...coin, rectMm: { x: 30, y: 10, width: 0, depth: 10 } }),
      /region\.rectMm\.width.*>0.*found 0/,
    );
    expectRefused(
      doc,
      add({ ...coin, material: 'gold' }),
      /region\.material: unknown material "gold"/,
    );
    expectRefused(
      doc,
      add({ ...coin, kThroughPlaneWmK: 0 }),
      /region\.kThroughPlaneWmK.*>0.*found 0/,
    );
    expectRefused(doc, add({ ...coin, id: 'pkg' }), /id "pkg" is already used/);
    expectRefused(doc, add(coin, 2), /layerIndex 2 is not a layer of carrier "pkg"; expected 0…1/);
  });
});

describe('updateRegion', () => {
  it('changes rect, material, kind and k overrides; null clears an override', () => {
    const doc = stackDesign();
    const changes = {
      rectMm: { x: 0, y: 0, width: 60, depth: 50 },
      material: 'copper',
      kind: 'copper-coin' as const,
      kInPlaneWmK: 300,
    };
    const after = runUndoable(doc, updateRegion({ carrierId: 'pkg', regionId: 'die-1', changes }));
    expect(mouldOf(after).regions).toEqual([{ ...die, ...changes }]);
    const cleared = runUndoable(
      after,
      updateRegion({ carrierId: 'pkg', regionId: 'die-1', changes: { kInPlaneWmK: null } }),
    );
    expect(mouldOf(cleared).regions).toEqual([
      { ...die, rectMm: changes.rectMm, material: 'copper', kind: 'copper-coin' },
    ]);
  });

  it('refuses moving outside or onto another region, and unknown regions', () => {
    const doc = runUndoable(
      stackDesign(),
      addRegion({ carrierId: 'pkg', layerIndex: 1, region: coin }),
    );
    const update = (changes: object) =>
      updateRegion({ carrierId: 'pkg', regionId: 'coin-1', changes: changes as never });
    expectRefused(
      doc,
      update({ rectMm: { x: 20, y: 10, width: 5, depth: 5 } }),
      /overlaps region "die-1"/,
    );
    expectRefused(
      doc,
      update({ rectMm: { x: -1, y: 10, width: 5, depth: 5 } }),
      /lies outside layer "mould"/,
    );
    expectRefused(doc, update({ kind: 'hole' }), /region\.kind.*found "hole"/);
    expectRefused(doc, update({ id: 'x' }), /changes\.id: not a region field/);
    expectRefused(
      doc,
      updateRegion({ carrierId: 'pkg', regionId: 'zz', changes: {} }),
      /region "zz" does not exist in carrier "pkg"/,
    );
  });
});

describe('removeRegion', () => {
  it('removes a region; a layer left without regions loses the list', () => {
    const doc = stackDesign();
    const after = runUndoable(doc, removeRegion({ carrierId: 'pkg', regionId: 'die-1' }));
    expect(mouldOf(after)).toEqual({ name: 'mould', material: 'mould-compound', thicknessMm: 0.5 });
  });

  it('refuses while a cooling boundary targets it', () => {
    expectRefused(
      populatedStack(),
      removeRegion({ carrierId: 'pkg', regionId: 'die-1' }),
      /region "die-1" is cooled by boundaries "cool-1"/,
    );
  });
});
