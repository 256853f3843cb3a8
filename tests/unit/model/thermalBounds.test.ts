/**
 * The loader refuses thermal numbers no real package has (model/thermalBounds.ts): found by
 * the loader fuzz, a custom material of 1e308 W/(m·K) loaded and made the solver diverge.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../renderer/src/model/load';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import { populatedStack } from './stackDesign';
import { TEST_LIBRARY } from './testLibrary';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON edited by tests
type Loose = any;

function load(edit: (doc: Loose) => void) {
  const doc = JSON.parse(serializeDesign(populatedStack()));
  doc.components = [];
  edit(doc);
  return loadDocument('bounds.lightpath.json', JSON.stringify(doc), { library: TEST_LIBRARY });
}

const custom = { key: 'my-tim', name: 'TIM', inPlaneWmK: 5, throughPlaneWmK: 5 };

describe('thermal bounds', () => {
  it('a custom material at diamond-like conductivity loads', () => {
    expect(load((d) => (d.materials = [{ ...custom, inPlaneWmK: 2000 }])).ok).toBe(true);
  });

  it('refuses a conductivity above 10000 W/(m·K), naming the field and the range', () => {
    const result = load((d) => (d.materials = [{ ...custom, inPlaneWmK: 1e308 }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('materials[0].inPlaneWmK');
    expect(result.error.message).toContain('≤ 10000 W/(m·K)');
  });

  it('refuses a layer override, an exposed HTC and a resistance out of range', () => {
    const layer = load((d) => (d.carriers[0].layers[0].kThroughPlaneWmK = 1e6));
    expect(layer.ok).toBe(false);
    const htc = load((d) => (d.cooling.exposed.topHtcWm2K = 1e9));
    expect(htc.ok).toBe(false);
    const resistance = load(
      (d) =>
        (d.cooling.boundaries = [
          {
            id: 'cp',
            name: 'Cold plate',
            kind: 'cold-plate',
            target: { kind: 'carrier', carrierId: d.carriers[0].id, face: 'top' },
            rating: { kind: 'resistance', kPerW: 1e-300 },
            coolantC: 30,
          },
        ]),
    );
    expect(resistance.ok).toBe(false);
    if (!resistance.ok) expect(resistance.error.message).toContain('≥ 0.000001 K/W');
  });
});
