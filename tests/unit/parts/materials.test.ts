import { layerConductivity } from '../../../renderer/src/model/layerConductivity';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COPPER_FILL,
  copperVolumeFraction,
  laminateConductivity,
  MATERIALS,
  materialByKey,
} from '../../../renderer/src/model/materials';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { documentedSourceIds } from './sourceIds';

describe('materials', () => {
  it('every material names a documented source and a positive conductivity', () => {
    const documented = documentedSourceIds();
    for (const m of MATERIALS.values()) {
      expect(documented.has(m.sourceId), `${m.key} → ${m.sourceId}`).toBe(true);
      expect(m.inPlaneWmK).toBeGreaterThan(0);
      expect(m.throughPlaneWmK).toBeGreaterThan(0);
      expect(m.assumption.length).toBeGreaterThan(10);
    }
  });

  it('holds the handbook values the thermal model relies on', () => {
    expect(materialByKey('silicon')?.throughPlaneWmK).toBe(148);
    expect(materialByKey('copper')?.throughPlaneWmK).toBe(401);
    expect(materialByKey('fr4')?.throughPlaneWmK).toBe(0.3);
    expect(materialByKey('unobtainium')).toBeUndefined();
  });

  it('every part layer uses a known material, isotropic at its through-plane conductivity', () => {
    for (const part of defaultPartLibrary().values()) {
      for (const layer of part.layers) {
        const material = materialByKey(layer.material);
        expect(material, `${part.id}: ${layer.material}`).toBeDefined();
        const k = layerConductivity(layer, []);
        expect(k.throughPlaneWmK, `${part.id}: ${layer.name}`).toBe(material?.throughPlaneWmK);
        expect(k.inPlaneWmK, `${part.id}: ${layer.name}`).toBe(material?.throughPlaneWmK);
      }
    }
  });
});

describe('laminateConductivity', () => {
  const fr4 = MATERIALS.get('fr4')!;

  it('gives the dielectric at 0 % copper and copper at 100 %', () => {
    expect(laminateConductivity(fr4, 0)).toEqual({ inPlaneWmK: 0.8, throughPlaneWmK: 0.3 });
    const solid = laminateConductivity(fr4, 1);
    expect(solid.inPlaneWmK).toBeCloseTo(401, 9);
    expect(solid.throughPlaneWmK).toBeCloseTo(401, 9);
  });

  it('matches the parallel and series rules by hand at 10 % copper', () => {
    const k = laminateConductivity(fr4, 0.1);
    expect(k.inPlaneWmK).toBeCloseTo(0.1 * 401 + 0.9 * 0.8, 9); // 40.82
    expect(k.throughPlaneWmK).toBeCloseTo(1 / (0.1 / 401 + 0.9 / 0.3), 9); // 0.33331
  });

  it('keeps in-plane ≥ through-plane and both between the constituents', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (f) => {
        const k = laminateConductivity(fr4, f);
        return (
          k.inPlaneWmK >= k.throughPlaneWmK - 1e-12 &&
          k.throughPlaneWmK >= 0.3 - 1e-12 &&
          k.inPlaneWmK <= 401 + 1e-9
        );
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a fraction outside 0…1', () => {
    expect(() => laminateConductivity(fr4, 1.2)).toThrow(RangeError);
    expect(() => laminateConductivity(fr4, Number.NaN)).toThrow(RangeError);
  });

  it('computes copper fraction of a 1.6 mm board with two planes and two signal layers', () => {
    const layers = [
      { thicknessUm: 35, fill: COPPER_FILL.plane },
      { thicknessUm: 35, fill: COPPER_FILL.plane },
      { thicknessUm: 35, fill: COPPER_FILL.signal },
      { thicknessUm: 35, fill: COPPER_FILL.signal },
    ];
    expect(copperVolumeFraction(layers, 1.6)).toBeCloseTo(0.07 / 1.6, 12);
    expect(() => copperVolumeFraction(layers, 0)).toThrow(RangeError);
  });
});
