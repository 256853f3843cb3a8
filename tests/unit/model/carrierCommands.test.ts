import { describe, expect, it } from 'vitest';
import {
  addCarrier,
  moveCarrier,
  removeCarrier,
  resizeCarrier,
  setCarrierProperties,
} from '../../../renderer/src/model/commands';
import type { Carrier } from '../../../renderer/src/model/schema';
import { expectRefused, populatedStack, runUndoable, stackDesign, substrate } from './stackDesign';

const interposer: Carrier = {
  id: 'ip',
  name: 'Interposer',
  kind: 'interposer-2.5d',
  onCarrierId: 'pkg',
  originMm: { x: 60, y: 50 },
  widthMm: 30,
  depthMm: 20,
  standoffMm: 0.1,
  layers: [{ name: 'Si', material: 'silicon', thicknessMm: 0.1 }],
};

describe('addCarrier', () => {
  it('mounts a carrier of any kind on another and undoes exactly', () => {
    const doc = stackDesign();
    const after = runUndoable(doc, addCarrier({ carrier: interposer }));
    expect(after.carriers.map((c) => c.id)).toEqual(['board', 'pkg', 'ip']);
    expect(after.carriers[2]).toEqual(interposer);
    expect(after.carriers[1]).toBe(doc.carriers[1]);
  });

  it('refuses bad carriers, naming field, value and range', () => {
    const doc = stackDesign();
    expectRefused(
      doc,
      addCarrier({ carrier: { ...interposer, widthMm: 0 } }),
      /carrier\.widthMm.*>0.*found 0/,
    );
    expectRefused(
      doc,
      addCarrier({
        carrier: { ...interposer, layers: [{ name: 'x', material: 'si', thicknessMm: 0.1 }] },
      }),
      /carrier\.layers\[0\]\.material: unknown material "si"; expected one of silicon, copper/,
    );
    expectRefused(
      doc,
      addCarrier({
        carrier: { ...interposer, layers: [{ name: 'x', material: 'silicon', thicknessMm: -0.1 }] },
      }),
      /carrier\.layers\.0\.thicknessMm.*>0.*found -0\.1/,
    );
    expectRefused(
      doc,
      addCarrier({ carrier: { ...interposer, originMm: { x: 100, y: 50 } } }),
      /carrier "ip" \(x 100…130, y 50…70 mm\) lies outside its parent carrier "pkg"; expected within x 50…110, y 40…90 mm/,
    );
    expectRefused(
      doc,
      addCarrier({ carrier: { ...interposer, onCarrierId: 'nope' } }),
      /carrier "nope" does not exist/,
    );
    expectRefused(
      doc,
      addCarrier({ carrier: { ...interposer, id: 'pkg' } }),
      /id "pkg" is already used/,
    );
    const { onCarrierId: _none, ...base } = interposer;
    expectRefused(doc, addCarrier({ carrier: base }), /onCarrierId: required/);
    const clash = {
      ...substrate().layers[1]!,
      regions: [{ ...substrate().layers[1]!.regions![0]!, id: 'die-1' }],
    };
    expectRefused(
      doc,
      addCarrier({ carrier: { ...interposer, id: 'ip2', layers: [clash] } }),
      /id "die-1" is already used/,
    );
  });
});

describe('removeCarrier', () => {
  it('removes an empty carrier', () => {
    const doc = stackDesign();
    const after = runUndoable(doc, removeCarrier({ id: 'pkg' }));
    expect(after.carriers.map((c) => c.id)).toEqual(['board']);
  });

  it('refuses while things sit on it, naming them, and cascades when asked', () => {
    const withIp = { ...populatedStack() };
    withIp.carriers = [...withIp.carriers, interposer];
    expectRefused(
      withIp,
      removeCarrier({ id: 'pkg' }),
      /carrier "pkg" still holds components "u1"; keep-outs "ko-1"; cooling boundaries "cool-1"; carriers "ip"/,
    );
    expectRefused(
      withIp,
      removeCarrier({ id: 'board', cascade: true }),
      /base carrier; it cannot be removed/,
    );
    expectRefused(withIp, removeCarrier({ id: 'x' }), /carrier "x" does not exist/);
    const after = runUndoable(withIp, removeCarrier({ id: 'pkg', cascade: true }));
    expect(after.carriers.map((c) => c.id)).toEqual(['board']);
    expect(after.components).toEqual([]);
    expect(after.keepOuts).toEqual([]);
    expect(after.cooling.boundaries).toEqual([]);
  });
});

describe('moveCarrier', () => {
  it('moves mounted carriers, components and keep-outs by the same offset', () => {
    const doc = populatedStack();
    doc.carriers = [...doc.carriers, interposer];
    const after = runUndoable(doc, moveCarrier({ id: 'pkg', originMm: { x: 60.5, y: 30 } }));
    expect(after.carriers.map((c) => c.originMm)).toEqual([
      { x: 0, y: 0 },
      { x: 60.5, y: 30 },
      { x: 70.5, y: 40 },
    ]);
    expect(after.components[0]!.positionMm).toEqual({ x: 90.5, y: 50 });
    expect(after.keepOuts[0]!.rectMm).toEqual({ x: 62.5, y: 32, width: 4, depth: 4 });
    // Regions are carrier-local: unchanged.
    expect(after.carriers[1]!.layers).toBe(doc.carriers[1]!.layers);
  });

  it('refuses leaving the parent or a bad origin', () => {
    const doc = stackDesign();
    expectRefused(
      doc,
      moveCarrier({ id: 'pkg', originMm: { x: 200, y: 40 } }),
      /lies outside its parent carrier "board"/,
    );
    expectRefused(
      doc,
      moveCarrier({ id: 'pkg', originMm: { x: Number.NaN, y: 0 } }),
      /invalid originMm\.x/,
    );
  });
});

describe('resizeCarrier', () => {
  it('changes the outline, keeping the origin', () => {
    const after = runUndoable(
      populatedStack(),
      resizeCarrier({ id: 'pkg', widthMm: 70, depthMm: 45 }),
    );
    expect(after.carriers[1]).toMatchObject({
      originMm: { x: 50, y: 40 },
      widthMm: 70,
      depthMm: 45,
    });
  });

  it('refuses when something would fall outside, naming it', () => {
    const doc = populatedStack();
    expectRefused(
      doc,
      resizeCarrier({ id: 'pkg', widthMm: 25, depthMm: 50 }),
      /region "die-1" of layer 1.*x 10…30, y 10…25 mm.*would fall outside carrier "pkg"/,
    );
    expectRefused(
      doc,
      resizeCarrier({ id: 'pkg', widthMm: 60, depthMm: 5 }),
      /would fall outside carrier "pkg"/,
    );
    expectRefused(
      doc,
      resizeCarrier({ id: 'pkg', widthMm: 300, depthMm: 50 }),
      /outside its parent carrier "board"/,
    );
    expectRefused(
      doc,
      resizeCarrier({ id: 'pkg', widthMm: -1, depthMm: 50 }),
      /invalid size\.widthMm.*found -1/,
    );
    const centreOnly = { ...doc, cooling: { ...doc.cooling, boundaries: [] } };
    centreOnly.carriers = centreOnly.carriers.map((c) =>
      c.id === 'pkg' ? { ...c, layers: [c.layers[0]!] } : c,
    );
    centreOnly.components = [
      { ...centreOnly.components[0]!, mount: { carrierId: 'pkg', side: 'top' } },
    ];
    expectRefused(
      centreOnly,
      resizeCarrier({ id: 'pkg', widthMm: 25, depthMm: 50 }),
      /component "u1" .*would fall outside/,
    );
    centreOnly.keepOuts = [
      { ...centreOnly.keepOuts[0]!, rectMm: { x: 100, y: 80, width: 4, depth: 4 } },
    ];
    expectRefused(
      centreOnly,
      resizeCarrier({ id: 'pkg', widthMm: 52, depthMm: 50 }),
      /keep-out "ko-1"/,
    );
  });
});

describe('setCarrierProperties', () => {
  it('changes name, kind and stand-off', () => {
    const after = runUndoable(
      stackDesign(),
      setCarrierProperties({
        id: 'pkg',
        changes: { name: 'Pkg', kind: 'interposer-3d', standoffMm: 0.2 },
      }),
    );
    expect(after.carriers[1]).toEqual({
      ...substrate(),
      name: 'Pkg',
      kind: 'interposer-3d',
      standoffMm: 0.2,
    });
  });

  it('refuses bad values and unknown fields', () => {
    const doc = stackDesign();
    expectRefused(
      doc,
      setCarrierProperties({ id: 'pkg', changes: { standoffMm: -0.1 } }),
      /carrier\.standoffMm.*>=0.*found -0\.1/,
    );
    expectRefused(
      doc,
      setCarrierProperties({ id: 'pkg', changes: { kind: 'wafer' as never } }),
      /carrier\.kind.*found "wafer"/,
    );
    expectRefused(
      doc,
      setCarrierProperties({ id: 'pkg', changes: { widthMm: 3 } as never }),
      /changes\.widthMm: not a carrier property/,
    );
  });
});
