import { describe, expect, it } from 'vitest';
import { newDocument } from '../../../renderer/src/model/newDocument';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { CoolingBoundary, Design } from '../../../renderer/src/model/schema';
import { boundaryFaces } from '../../../renderer/src/scene/cooling/boundaryFaces';
import { componentBoxes, layerSlabs } from '../../../renderer/src/scene/layout';
import {
  draftOf,
  boundaryOf,
  newDraft,
  withPreset,
} from '../../../renderer/src/ui/cooling/boundaryDraft';

const library = defaultPartLibrary();

function design(boundaries: CoolingBoundary[]): Design {
  const doc = newDocument();
  doc.carriers[0]!.layers[0]!.regions = [
    {
      id: 'coin',
      name: 'Coin',
      kind: 'copper-coin',
      material: 'copper',
      rectMm: { x: 10, y: 20, width: 8, depth: 6 },
    },
  ];
  doc.components = [
    {
      id: 'u1',
      partId: 'retimer-112g',
      name: 'U1',
      positionMm: { x: 50, y: 60 },
      rotationDeg: 90,
      mount: { carrierId: 'board', side: 'top' },
    },
    {
      id: 'u2',
      partId: 'retimer-112g',
      name: 'U2',
      positionMm: { x: 90, y: 60 },
      rotationDeg: 0,
      mount: { carrierId: 'board', side: 'bottom' },
    },
  ];
  doc.cooling.boundaries = boundaries;
  return doc;
}

const rating = { kind: 'resistance', kPerW: 0.1 } as const;
const faces = (doc: Design) => boundaryFaces(doc, layerSlabs(doc), componentBoxes(doc, library));

describe('cooling boundary faces in the scene', () => {
  it('a part top above it, a bottom-side part below it, turned with the part', () => {
    const doc = design([
      {
        id: 'b1',
        name: 'HS',
        kind: 'air-heatsink',
        target: { kind: 'components', componentIds: ['u1', 'u2'] },
        rating,
        coolantC: 35,
      },
    ]);
    const [top, bottom] = faces(doc);
    const size = library.get('retimer-112g')!.sizeMm;
    expect(top).toMatchObject({
      x: 50,
      y: 60,
      z: 1.6 + size.z,
      rotationDeg: 90,
      side: 'above',
      name: 'HS',
    });
    expect(bottom).toMatchObject({ x: 90, y: 60, z: -size.z, side: 'below' });
  });

  it('a carrier face over its outline, a region face over its rectangle', () => {
    const doc = design([
      {
        id: 'b1',
        name: 'Plate',
        kind: 'cold-plate',
        target: { kind: 'carrier', carrierId: 'board', face: 'bottom' },
        rating,
        coolantC: 35,
      },
      {
        id: 'b2',
        name: 'Coin sink',
        kind: 'cold-plate',
        target: { kind: 'region', carrierId: 'board', regionId: 'coin', face: 'top' },
        rating,
        coolantC: 35,
      },
    ]);
    const [plate, coin] = faces(doc);
    expect(plate).toMatchObject({ x: 125, y: 100, z: 0, width: 250, depth: 200, side: 'below' });
    expect(coin).toMatchObject({ x: 14, y: 23, z: 1.6, width: 8, depth: 6, side: 'above' });
  });
});

describe('the boundary form', () => {
  it('builds a boundary from a preset on the selected parts, and reads one back', () => {
    const doc = design([]);
    const draft = newDraft(doc, ['u1', 'board'], 'cold-plate-1kw');
    const built = boundaryOf(draft, 'cool-1');
    expect(built).toMatchObject({
      id: 'cool-1',
      kind: 'cold-plate',
      target: { kind: 'components', componentIds: ['u1'] },
      rating: { kind: 'resistance', kPerW: 0.04 },
      presetId: 'cold-plate-1kw',
    });
    if (typeof built === 'string') throw new Error(built);
    expect(boundaryOf(draftOf(built), 'cool-1')).toEqual(built);
  });

  it('says what is not a number; leaves ranges to the command', () => {
    const draft = withPreset(newDraft(design([]), [], ''), '');
    expect(draft.targetKind).toBe('carrier');
    expect(boundaryOf({ ...draft, ratingText: 'abc' }, 'c')).toBe(
      'Resistance: "abc" is not a number in K/W',
    );
    expect(boundaryOf({ ...draft, ratingText: '1', coolantText: '' }, 'c')).toMatch(/Coolant/);
    expect(boundaryOf({ ...draft, ratingText: '-1' }, 'c')).toMatchObject({
      rating: { kPerW: -1 },
    });
  });
});
