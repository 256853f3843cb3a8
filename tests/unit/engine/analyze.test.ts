/**
 * The electrical analysis end to end on hand-made designs: power and pJ/bit from the
 * documented energy sums, latency from its parts, the DSP-pluggable baseline, findings,
 * progress and cancellation, and incremental updates equal to a full analysis.
 */
import { describe, expect, test } from 'vitest';
import { AnalysisCancelledError, analyzeElectrical } from '../../../renderer/src/engine/analyze';
import type { Design } from '../../../renderer/src/model/schema';
import { SegmentLines } from '../../../renderer/src/engine/channel/segmentLines';
import { REACH_BUDGET_DB } from '../../../renderer/src/model/data/channelBudget';
import { SERDES_FIXED_SHARE } from '../../../renderer/src/model/data/power';
import { carrier, component, design, libraryOf, link, part, port } from './designKit';

const xpu = part('xpu', 'xpu', { x: 20, y: 20, z: 1 }, [port('e0', 'east'), port('n0', 'north')]);
const oe = part(
  'oe',
  'optical-engine',
  { x: 10, y: 10, z: 1 },
  [port('host', 'west'), port('fiber', 'east', { kind: 'optical' })],
  {
    energy: { driverTiaPjPerBit: 3, modulatorPjPerBit: 1 },
  },
);
const els = part(
  'els',
  'laser-source',
  { x: 20, y: 50, z: 10 },
  [port('light', 'north', { kind: 'optical' })],
  { energy: { laserPjPerBit: 2.5 } },
);
const block = part('block', 'hbm', { x: 10, y: 10, z: 1 }, []);
const library = libraryOf(xpu, oe, els, block);

/** An xPU with an optical engine 30 mm east on a board, fed by a laser source. */
function cpoLike(extra: Partial<Design> = {}): Design {
  return design({
    carriers: [carrier('pcb', 'pcb', { x: 0, y: 0, w: 200, d: 200 })],
    components: [
      component('x', 'xpu', 50, 50, 'pcb'),
      component('o', 'oe', 95, 50, 'pcb'),
      component('l', 'els', 150, 150, 'pcb'),
    ],
    links: [link('L', ['x', 'e0'], ['o', 'host'], { serdesClass: 'XSR' })],
    ...extra,
  });
}

describe('analyzeElectrical', () => {
  test('power is Σ pJ/bit × payload and pJ/bit is power over payload', () => {
    const r = analyzeElectrical(cpoLike(), library);
    const l = r.links[0]!;
    // Payload 8 × 106.25 / 1.0625 = 800 Gb/s. Host SerDes XSR 112G at the link's loss:
    // s · 1.0 + (1 − s) · 1.0 · IL / 10 dB (serdesEnergy.ts), below the 1.0 pJ/bit class figure
    // on this 30 mm path; engine 3 + 1 and external laser 2.5 pJ/bit are the parts' own.
    const s = SERDES_FIXED_SHARE.value;
    const budget = REACH_BUDGET_DB['112G'].XSR.budgetDb;
    const serdesPj = s * 1.0 + ((1 - s) * 1.0 * l.lossDb!) / budget;
    expect(l.lossDb!).toBeGreaterThan(0);
    expect(serdesPj).toBeLessThan(1.0);
    expect(l.power.payloadGbps).toBe(800);
    expect(l.power.hostSerdesW).toBeCloseTo((serdesPj * 800) / 1000, 12);
    expect(l.power.laserW).toBeCloseTo(2.0, 12);
    expect(l.powerW).toBeCloseTo(((serdesPj + 6.5) * 800) / 1000, 12);
    expect(l.pjPerBit).toBeCloseTo((l.powerW * 1000) / 800, 12);
    expect(r.summary.pjPerBit).toBeCloseTo(serdesPj + 6.5, 12);
    // Baseline: VSR host SerDes at its class figure 2.5 (the front-panel trace is not in this
    // design) + DSP module 8.75 + 4.75 + 1.25 + 4 = 21.25 pJ/bit → 17 W.
    expect(r.summary.baselinePowerW).toBeCloseTo(17, 12);
    expect(r.summary.deltaVsBaselineW).toBeCloseTo(l.powerW - 17, 12);
  });

  test('latency is SerDes + FEC + propagation (+ fiber) and loss is the documented sum', () => {
    const withFiber = cpoLike({
      fibers: [
        {
          id: 'f',
          from: { componentId: 'o', port: 'fiber' },
          fiberType: 'G.657.A2',
          count: 8,
          waypointsMm: [],
          endMm: { x: 100, y: 150, z: 1 },
          bendRadiusMm: 10,
          externalLengthM: 2,
        },
      ],
    });
    const l = analyzeElectrical(withFiber, library).links[0]!;
    // Ports at x 60 and x 90 on y 50: 30 mm of board; the xPU's BGA (0.3 dB), the engine's socket (0.5 dB).
    // The board's layer is FR-4 (designKit) with no copper listed: a default board stripline
    // in FR-4's Dk/Df (docs/MODELS.md, "Channel"), at 26.5625 GHz.
    expect(l.lengthMm).toBe(30);
    const board = new SegmentLines(withFiber).line('pcb', withFiber.carriers[0]!.id);
    expect(board.info.material).toBe('fr4');
    const perMm = board.model.lossDbPerMm(26.5625e9);
    expect(l.lossDb).toBeCloseTo(30 * perMm + 0.3 + 0.5, 12);
    expect(l.budgetDb).toBe(10); // the link's XSR class at 112G
    const pcbPsPerMm = Math.sqrt(3.4) / 0.299792458;
    const fiberPsPerMm = 1.4677 / 0.299792458;
    expect(l.latency?.serdesNs).toBe(10);
    expect(l.latency?.fecNs).toBe(100);
    expect(l.latency?.propagationNs).toBeCloseTo((30 * pcbPsPerMm) / 1000, 12);
    // The fiber leaves the engine's east port (about 100, 50, 1) straight for 1.25 r = 12.5 mm,
    // steps 25 mm sideways to turn back towards its end (100, 150) in two bends, runs straight
    // there, each corner on an arc of r = 10 (engine/routing/fiberRoute.ts); plus 2 m beyond.
    const saving = (theta: number) => 2 * 10 * Math.tan(theta / 2) - 10 * theta;
    const routeMm =
      12.5 + 25 + Math.hypot(12.5, 75) - saving(Math.PI / 2) - saving(Math.atan(12.5 / 75));
    const fiberMm = 2000 + routeMm;
    expect(l.latency?.fiberNs).toBeCloseTo((fiberMm * fiberPsPerMm) / 1000, 4);
    expect(l.latencyNs).toBeCloseTo(110 + (30 * pcbPsPerMm + fiberMm * fiberPsPerMm) / 1000, 4);
  });

  test('a link with no route has no length or margin, a finding, and still its power', () => {
    const walled = cpoLike({
      keepOuts: [
        {
          id: 'k1',
          name: 'wall',
          carrierId: 'pcb',
          kind: 'routing',
          rectMm: { x: 80, y: 30, width: 30, depth: 2 },
        },
        {
          id: 'k2',
          name: 'wall',
          carrierId: 'pcb',
          kind: 'routing',
          rectMm: { x: 80, y: 68, width: 30, depth: 2 },
        },
        {
          id: 'k3',
          name: 'wall',
          carrierId: 'pcb',
          kind: 'routing',
          rectMm: { x: 80, y: 32, width: 2, depth: 36 },
        },
        {
          id: 'k4',
          name: 'wall',
          carrierId: 'pcb',
          kind: 'routing',
          rectMm: { x: 108, y: 32, width: 2, depth: 36 },
        },
      ],
    });
    const r = analyzeElectrical(walled, library);
    expect(r.links[0]).toMatchObject({
      routed: false,
      lengthMm: null,
      marginDb: null,
      passes: false,
    });
    expect(r.links[0]!.powerW).toBeCloseTo(6, 12);
    expect(r.findings.map((f) => f.kind)).toEqual(['no-route']);
    expect(r.summary.maxElectricalLengthMm).toBeNull();
  });

  test('progress only rises to 1, and cancelling throws', () => {
    const seen: number[] = [];
    analyzeElectrical(cpoLike(), library, { onProgress: (f) => seen.push(f) });
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(() => analyzeElectrical(cpoLike(), library, { shouldCancel: () => true })).toThrow(
      AnalysisCancelledError,
    );
  });

  test('an incremental update after moving one component equals a full analysis', () => {
    const components = [component('x', 'xpu', 50, 50, 'pcb')];
    const links = [];
    for (let i = 0; i < 8; i++) {
      components.push(component(`o${i}`, 'oe', 20 + 20 * i, 150, 'pcb'));
      links.push(link(`L${i}`, ['x', 'n0'], [`o${i}`, 'host'], { serdesClass: 'XSR' }));
    }
    components.push(component('b', 'block', 60, 100, 'pcb'));
    const before = design({
      carriers: [carrier('pcb', 'pcb', { x: 0, y: 0, w: 200, d: 200 })],
      components,
      links,
    });
    const first = analyzeElectrical(before, library);
    const moved = {
      ...before,
      components: before.components.map((c) =>
        c.id === 'b' ? { ...c, positionMm: { x: 90, y: 110 } } : c,
      ),
    };
    const incremental = analyzeElectrical(moved, library, { previous: first });
    const full = analyzeElectrical(moved, library);
    expect(incremental).toEqual(full);
    expect(full).not.toEqual(first);
  });
});
