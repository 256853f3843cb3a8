/**
 * Cooling boundaries on any face and exposed faces set per orientation, against known
 * answers (issue 12, items 3 and 9). Every design below spans one footprint, so the heat
 * flow is one-dimensional: outside a heat-source layer the exact temperature is linear in z
 * and the cell-centred finite-volume scheme with harmonic face conductances reproduces it at
 * every cell centre (tests/unit/engine/thermal/seriesStack.test.ts), whatever the cell sizes.
 */
import { describe, expect, it } from 'vitest';
import { ThermalAnalysis } from '../../../../renderer/src/engine/thermal/analyzeThermal';
import type { ThermalResult } from '../../../../renderer/src/engine/thermal/thermalResult';
import { designLayerK } from '../../../../renderer/src/model/layerConductivity';
import { materialByKey } from '../../../../renderer/src/model/materials';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Design, ExposedFaces } from '../../../../renderer/src/model/schema';
import {
  ADIABATIC,
  carrier,
  centred,
  designOf,
  resistanceAboveKPerW,
  seriesKPerW,
  slabsFrom,
  stackPart,
} from './coolingDesigns';

const library = defaultPartLibrary();
const kOf = (key: string) => materialByKey(key)!.throughPlaneWmK;

function solve(design: Design) {
  const analysis = new ThermalAnalysis(design, library, { preset: 'normal', couplings: false });
  while (!analysis.solved && !analysis.failed) analysis.step();
  expect(analysis.error).toBe('');
  return { result: analysis.result!, analysis };
}

/** Temperature of every solid cell centre whose z lies in (z0, z1), with that z. */
function cellsBetween(result: ThermalResult, z0: number, z1: number) {
  const { nx, ny, nz, zMm, tempC } = result.field;
  const out: { z: number; c: number }[] = [];
  for (let k = 0; k < nz; k++) {
    const z = (zMm[k]! + zMm[k + 1]!) / 2;
    if (z <= z0 || z >= z1) continue;
    for (let col = 0; col < nx * ny; col++) {
      const c = tempC[col * nz + k]!;
      if (!Number.isNaN(c)) out.push({ z, c });
    }
  }
  return out;
}

describe('an HTC boundary on a carrier top face', () => {
  // A 20 × 20 mm two-layer carrier heated by a full-footprint die hanging below it; only
  // the carrier's top face is cooled, h = 5000 W/(m²·K) to 40 °C coolant.
  const P = 10;
  const A = 400;
  const h = 5000;
  const heater = stackPart('heater', 'die', { x: 20, y: 20 }, [
    { name: 'die', material: 'silicon', t: 0.2, isHeatSource: true },
  ]);
  heater.powerW = P;
  const layers = [
    { name: 'core', material: 'substrate-core', thicknessMm: 0.8 },
    { name: 'ABF', material: 'abf', thicknessMm: 0.3 },
  ];
  const design = designOf({
    carriers: [carrier('sub', 20, layers)],
    parts: [heater],
    components: [centred('U1', heater, 20, { carrierId: 'sub', side: 'bottom' })],
    exposed: ADIABATIC,
    boundaries: [
      {
        id: 'cp',
        name: 'Cold plate',
        kind: 'cold-plate',
        target: { kind: 'carrier', carrierId: 'sub', face: 'top' },
        rating: { kind: 'htc', wPerM2K: h },
        coolantC: 40,
      },
    ],
  });
  const { result } = solve(design);

  it('gives T(z) = Tc + P·(1/(h·A) + ∫ dz/(k·A)) at every carrier cell centre', () => {
    const slabs = slabsFrom(
      0,
      layers.map((l) => ({ t: l.thicknessMm, k: designLayerK(design, l).throughPlaneWmK })),
    );
    const exact = (z: number) => 40 + P * (1 / (h * A * 1e-6) + resistanceAboveKPerW(slabs, z, A));
    const cells = cellsBetween(result, 0, 1.1);
    expect(cells.length).toBeGreaterThan(10);
    for (const { z, c } of cells) expect(c).toBeCloseTo(exact(z), 4);
  });

  it('sends all the heat to the boundary', () => {
    expect(result.energyBalance.toSinksW['cp']).toBeCloseTo(P, 6);
    expect(result.energyBalance.toAmbientW).toBe(0);
  });
});

describe('a boundary on a bottom-side part', () => {
  // A part hanging below its carrier faces away from it downwards: its outer face is its
  // bottom, so a boundary on it cools that face (not the top, which touches the carrier).
  const P = 10;
  const heater = stackPart('heater', 'die', { x: 20, y: 20 }, [
    { name: 'die', material: 'silicon', t: 0.5, isHeatSource: true },
  ]);
  heater.powerW = P;
  const sub = carrier('sub', 20, [{ name: 'core', material: 'substrate-core', thicknessMm: 1 }]);
  const design = designOf({
    carriers: [sub],
    parts: [heater],
    components: [centred('U1', heater, 20, { carrierId: 'sub', side: 'bottom' })],
    exposed: ADIABATIC,
    boundaries: [
      {
        id: 'hs',
        name: 'Backside heatsink',
        kind: 'air-heatsink',
        target: { kind: 'components', componentIds: ['U1'] },
        rating: { kind: 'resistance', kPerW: 0.5 },
        coolantC: 30,
      },
    ],
  });

  it('cools the part’s bottom face with the whole resistance', () => {
    const { result } = solve(design);
    expect(result.warnings).toEqual([]);
    expect(result.energyBalance.toSinksW['hs']).toBeCloseTo(P, 6);
    // Heat generated in the die leaves through its bottom: the substrate above is isothermal.
    const cells = cellsBetween(result, 0, 1);
    const spread = Math.max(...cells.map((x) => x.c)) - Math.min(...cells.map((x) => x.c));
    expect(spread).toBeLessThan(1e-5);
    const rise = P * (0.5 + seriesKPerW([{ t: 0.25, k: kOf('silicon') }], 400));
    expect(cells[0]!.c - 30).toBeCloseTo(rise, 3);
  });

  it('splits the resistance by footprint when the parts sit on both sides', () => {
    const both = structuredClone(design);
    both.components.push(centred('U2', heater, 20, { carrierId: 'sub', side: 'top' }));
    const target = both.cooling.boundaries[0]!.target;
    if (target.kind === 'components') target.componentIds.push('U2');
    const { result, analysis } = solve(both);
    const faces = analysis.solver.system!.sinkFaces;
    expect(faces.map((f) => f.face).sort()).toEqual(['bottom', 'top']);
    // By symmetry each face takes half the heat; the total conductance to coolant is 1/R.
    expect(result.energyBalance.toSinksW['hs']).toBeCloseTo(2 * P, 6);
    const [u1, u2] = ['U1', 'U2'].map((id) => result.components.find((c) => c.id === id)!);
    expect(u1!.maxC).toBeCloseTo(u2!.maxC, 6);
    const rise = 2 * P * 0.5 + P * seriesKPerW([{ t: 0.25, k: kOf('silicon') }], 400);
    expect(u1!.maxC - 30).toBeCloseTo(rise, 3);
  });
});

describe('a resistance boundary on a region face', () => {
  // A copper coin through a 1.6 mm FR-4 board, a 10 × 10 mm die on it, R = 0.5 K/W on the
  // coin's bottom face only. The FR-4 around the coin (k 0.3–0.8 against copper's 401)
  // shunts a negligible share, so the die's top is within 1 % of the 1D sum.
  const P = 20;
  const R = 0.5;
  const die = stackPart('die10', 'die', { x: 10, y: 10 }, [
    { name: 'die', material: 'silicon', t: 0.2, isHeatSource: true },
  ]);
  die.powerW = P;
  const board = carrier('board', 30, [
    {
      name: 'FR-4',
      material: 'fr4',
      thicknessMm: 1.6,
      regions: [
        {
          id: 'coin',
          name: 'Copper coin',
          kind: 'copper-coin',
          material: 'copper',
          rectMm: { x: 10, y: 10, width: 10, depth: 10 },
        },
      ],
    },
  ]);
  const design = designOf({
    carriers: [board],
    parts: [die],
    components: [centred('U1', die, 30, { carrierId: 'board', side: 'top' })],
    exposed: ADIABATIC,
    boundaries: [
      {
        id: 'sink',
        name: 'Bottom heatsink',
        kind: 'air-heatsink',
        target: { kind: 'region', carrierId: 'board', regionId: 'coin', face: 'bottom' },
        rating: { kind: 'resistance', kPerW: R },
        coolantC: 30,
      },
    ],
  });
  const { result, analysis } = solve(design);

  it('covers exactly the region and takes all the heat', () => {
    expect(analysis.solver.system!.sinkFaces[0]!.areaMm2).toBeCloseTo(100, 9);
    expect(result.energyBalance.toSinksW['sink']).toBeCloseTo(P, 6);
    expect(result.warnings).toEqual([]);
  });

  it('puts the die within 1 % of Tc + P·(R + t/(k·A)) (+ half the die)', () => {
    const oneD =
      P *
      (R +
        seriesKPerW([{ t: 1.6, k: kOf('copper') }], 100) +
        seriesKPerW([{ t: 0.1, k: kOf('silicon') }], 100));
    const u1 = result.components.find((c) => c.id === 'U1')!;
    expect(Math.abs(u1.maxC - 30 - oneD) / oneD).toBeLessThan(0.01);
    expect(u1.maxC - 30).toBeLessThan(oneD); // the FR-4 can only shunt, never add resistance
  });

  it('covers nothing when the region face is under a part, and says so', () => {
    const top = structuredClone(design);
    const target = top.cooling.boundaries[0]!.target;
    if (target.kind === 'region') target.face = 'top';
    top.cooling.exposed = { topHtcWm2K: 0, bottomHtcWm2K: 10, sidesHtcWm2K: 0 };
    const { result: covered } = solve(top);
    expect(covered.warnings.join('\n')).toContain('heatsink sink covers no exposed');
    expect(covered.energyBalance.toSinksW['sink']).toBe(0);
  });
});

describe('exposed faces set per orientation (0 = adiabatic)', () => {
  // A full-footprint 0.5 mm die on a 1 mm substrate, 20 × 20 mm, no boundaries.
  const P = 10;
  const A = 400;
  const h = 1000;
  const die = stackPart('die20', 'die', { x: 20, y: 20 }, [
    { name: 'die', material: 'silicon', t: 0.5, isHeatSource: true },
  ]);
  die.powerW = P;
  const sub = carrier('sub', 20, [{ name: 'core', material: 'substrate-core', thicknessMm: 1 }]);
  const withExposed = (exposed: ExposedFaces) =>
    solve(
      designOf({
        carriers: [sub],
        parts: [die],
        components: [centred('U1', die, 20, { carrierId: 'sub', side: 'top' })],
        exposed,
        boundaries: [],
      }),
    ).result;
  const top = withExposed({ ...ADIABATIC, topHtcWm2K: h });
  const bottom = withExposed({ ...ADIABATIC, bottomHtcWm2K: h });
  const sides = withExposed({ ...ADIABATIC, sidesHtcWm2K: h });

  it('balances energy in each case: heat in = heat out through the faces left open', () => {
    for (const r of [top, bottom, sides]) {
      expect(r.energyBalance.sourcesW).toBeCloseTo(P, 9);
      expect(r.energyBalance.toAmbientW).toBeCloseTo(P, 6);
      expect(r.energyBalance.relativeError).toBeLessThan(1e-6);
    }
  });

  it('top only: the substrate under the die is isothermal (bottom and sides carry no heat)', () => {
    const cells = cellsBetween(top, 0, 1);
    const spread = Math.max(...cells.map((x) => x.c)) - Math.min(...cells.map((x) => x.c));
    expect(spread).toBeLessThan(1e-5);
    // Die top at ambient + P/(h·A); its source layer adds P·t/(2k·A) at the bottom.
    const rise = P / (h * A * 1e-6) + P * seriesKPerW([{ t: 0.25, k: kOf('silicon') }], A);
    expect(cells[0]!.c - 25).toBeCloseTo(rise, 3);
  });

  it('bottom only: the substrate carries all P (linear profile), the top face none', () => {
    const k = designLayerK({ materials: [] }, { material: 'substrate-core' }).throughPlaneWmK;
    for (const { z, c } of cellsBetween(bottom, 0, 1)) {
      expect(c).toBeCloseTo(25 + P / (h * A * 1e-6) + P * seriesKPerW([{ t: z, k }], A), 4);
    }
  });

  it('sides only: hotter than through the large faces, no cell below ambient', () => {
    expect(sides.maxC).toBeGreaterThan(Math.max(top.maxC, bottom.maxC));
    expect(Math.min(...cellsBetween(sides, -1, 2).map((x) => x.c))).toBeGreaterThan(25);
  });
});

describe('issue 12: bare-die GPU package stack vs the 1D series-resistance answer', () => {
  // Die (silicon, its active layer at the bottom) embedded in the mould layer of an ABF
  // substrate, TIM1 (indium), copper lid, TIM2 (grease), cold-plate base (copper); cooled
  // only on the cold-plate base's top face, R_plate = 0.02 K/W to 35 °C; every other face
  // adiabatic. Die covering the whole 30 × 30 mm footprint: the substrate and mould carry
  // no heat, and ΔT_junction = P·Σ t/(k·A) + P·R_plate over the layers above the active
  // layer (plus half the active layer, where the heat is generated). Tolerance 0.1 % (the
  // issue asks 1 %): the cell centre nearest the die's bottom is below the true maximum by
  // P·t_active/(8n²·k·A) for n cells in the active layer, < 0.01 % here; measured 1e-9.
  const P = 700;
  const A = 900;
  const R_PLATE = 0.02;
  const active = { name: 'active', material: 'silicon', t: 0.02, isHeatSource: true };
  const dieLayers = [active, { name: 'bulk', material: 'silicon', t: 0.73 }];
  const lidLayers = [
    { name: 'TIM1', material: 'indium', t: 0.2 },
    { name: 'lid', material: 'copper', t: 2 },
    { name: 'TIM2', material: 'tim-grease', t: 0.05 },
  ];
  const plateLayers = [{ name: 'cold-plate base', material: 'copper', t: 3 }];
  const size = { x: 30, y: 30 };
  const die = stackPart('gpu-die', 'die', size, dieLayers, P);
  const lid = stackPart('lid', 'lid', size, lidLayers);
  const plate = stackPart('plate-base', 'mechanical', size, plateLayers);
  const substrate = carrier('sub', 30, [
    { name: 'ABF build-up', material: 'abf', thicknessMm: 1 },
    { name: 'mould', material: 'mould-compound', thicknessMm: 0.75 },
  ]);
  const design = designOf({
    carriers: [substrate],
    parts: [die, lid, plate],
    components: [
      centred('die', die, 30, { carrierId: 'sub', side: 'top', inLayer: 1 }),
      centred('lid', lid, 30, { carrierId: 'sub', side: 'top', onComponentId: 'die' }),
      centred('plate', plate, 30, { carrierId: 'sub', side: 'top', onComponentId: 'lid' }),
    ],
    exposed: ADIABATIC,
    boundaries: [
      {
        id: 'cp',
        name: 'Cold plate',
        kind: 'cold-plate',
        target: { kind: 'components', componentIds: ['plate'] },
        rating: { kind: 'resistance', kPerW: R_PLATE },
        coolantC: 35,
      },
    ],
  });
  const { result } = solve(design);
  const above = [
    { ...active, t: active.t / 2 },
    ...dieLayers.slice(1),
    ...lidLayers,
    ...plateLayers,
  ];
  const oneD =
    P *
    (seriesKPerW(
      above.map((l) => ({ t: l.t, k: kOf(l.material) })),
      A,
    ) +
      R_PLATE);

  it('the die maximum equals 35 °C + P·(Σ t/(k·A) + R_plate) within 0.1 %', () => {
    const dieT = result.components.find((c) => c.id === 'die')!;
    expect(Math.abs(dieT.maxC - 35 - oneD) / oneD).toBeLessThan(1e-3);
    expect(result.energyBalance.toSinksW['cp']).toBeCloseTo(P, 3);
  });

  it('the die fills the mould layer and the substrate below it is isothermal', () => {
    const cells = cellsBetween(result, 0, 1);
    const t = cells.map((x) => x.c);
    expect(Math.max(...t) - Math.min(...t)).toBeLessThan(1e-4);
    expect(Math.abs(t[0]! - 35 - oneD) / oneD).toBeLessThan(0.01);
  });

  it('lid, TIMs and cold-plate base lie on the 1D line T(z) = Tc + P·(R + ∫ dz/(k·A))', () => {
    const slabs = slabsFrom(
      1.75,
      [...lidLayers, ...plateLayers].map((l) => ({ t: l.t, k: kOf(l.material) })),
    );
    const cells = cellsBetween(result, 1.75, 7);
    expect(cells.length).toBeGreaterThan(20);
    for (const { z, c } of cells) {
      expect(c).toBeCloseTo(35 + P * (R_PLATE + resistanceAboveKPerW(slabs, z, A)), 3);
    }
  });
});
