/**
 * `lightpath analyze`: JSON shape, hand-checked figures, and exit codes (0, 1 with --strict
 * on a failing budget, 2 for invalid input), through runCli with in-memory files.
 */
import { describe, expect, test } from 'vitest';
import { SegmentLines } from '../../../renderer/src/engine/channel/segmentLines';
import { runCliCaptured } from '../cli/cliHarness';

/** A 51.2T switch on its substrate on a board, one port linked to an LPO module's cage. */
function lpoDesign(cageY: number) {
  const layer = (material: string, thicknessMm: number) => ({
    name: material,
    material,
    thicknessMm,
    kInPlaneWmK: 1,
    kThroughPlaneWmK: 0.3,
  });
  return {
    format: 'lightpath-studio/design',
    formatVersion: 3,
    materials: [],
    parts: [],
    appVersion: '0.1.0',
    units: { length: 'mm', angle: 'deg', temperature: 'C' },
    meta: {
      name: 'cli test',
      variant: '',
      architecture: 'lpo',
      system: '',
      author: '',
      description: '',
    },
    carriers: [
      {
        id: 'pcb',
        name: 'board',
        kind: 'pcb',
        originMm: { x: 0, y: 0 },
        widthMm: 400,
        depthMm: 600,
        standoffMm: 0,
        layers: [layer('megtron7', 2)],
      },
      {
        id: 'sub',
        name: 'package',
        kind: 'substrate',
        onCarrierId: 'pcb',
        originMm: { x: 150, y: 100 },
        widthMm: 100,
        depthMm: 100,
        standoffMm: 0.5,
        layers: [layer('abf', 1.5)],
      },
    ],
    components: [
      {
        id: 'u1',
        partId: 'switch-51t2',
        name: 'U1',
        positionMm: { x: 200, y: 150 },
        rotationDeg: 0,
        mount: { carrierId: 'sub', side: 'top' },
      },
      {
        id: 'c1',
        partId: 'cage-osfp',
        name: 'J1',
        positionMm: { x: 180, y: cageY },
        rotationDeg: 0,
        mount: { carrierId: 'pcb', side: 'top' },
      },
      {
        id: 'm1',
        partId: 'module-osfp-800g-lpo',
        name: 'M1',
        positionMm: { x: 180, y: cageY + 5 },
        rotationDeg: 0,
        mount: { carrierId: 'pcb', side: 'top' },
      },
    ],
    links: [
      {
        id: 'l1',
        from: { componentId: 'u1', port: 'eth3' },
        to: { componentId: 'c1', port: 'host' },
        lanes: 8,
        laneRateGbps: 106.25,
        modulation: 'PAM4',
        serdesClass: 'VSR',
      },
    ],
    fibers: [],
    keepOuts: [],
    cooling: {
      ambientC: 25,
      exposed: { topHtcWm2K: 10, bottomHtcWm2K: 10, sidesHtcWm2K: 10 },
      boundaries: [],
    },
    comments: [],
    scenarios: [],
  };
}

const near = JSON.stringify(lpoDesign(255));
const far = JSON.stringify(lpoDesign(500));

describe('lightpath analyze', () => {
  test('--json prints the documented shape with hand-checked loss', async () => {
    const run = await runCliCaptured(['analyze', 'near.json', '--json'], { 'near.json': near });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    const link = out.links[0];
    for (const key of [
      'id',
      'lengthMm',
      'lossDb',
      'budgetDb',
      'marginDb',
      'latencyNs',
      'powerW',
      'pjPerBit',
      'segments',
    ]) {
      expect(link).toHaveProperty(key);
    }
    for (const key of ['maxElectricalLengthMm', 'totalPowerW', 'pjPerBit', 'worstMarginDb'])
      expect(out.summary).toHaveProperty(key);
    expect(out.summary.architecture).toBe('lpo');
    // eth3 sits on the switch's north edge at x = 200 − 21.375, y = 190; the substrate edge is at
    // y = 200 and the cage's host port at (180, 295). On the substrate the L (1.375 then 10 mm)
    // has its corner cut at 45° by 1.375 mm: 1.375·√2 + 8.625 mm; then 95 mm of board.
    const substrateMm = 1.375 * Math.SQRT2 + 8.625;
    expect(link.segments).toEqual([
      {
        medium: 'substrate',
        lengthMm: expect.closeTo(substrateMm, 12),
        lossDb: expect.any(Number),
      },
      { medium: 'pcb', lengthMm: 95, lossDb: expect.any(Number) },
    ]);
    // At 26.5625 GHz (the 112G anchor): the substrate's and board's default striplines in ABF
    // and Megtron 7 (their layers list no copper; docs/MODELS.md "Channel"), C4 0.15 + package
    // via 0.3 + BGA 0.3 + host connector 0.7 + module edge 0.3 dB, and the linear module's own
    // 30 mm paddle-card trace to its driver/TIA, a default board line.
    const lines = new SegmentLines({ carriers: [], materials: [] });
    const subPerMm = lines.line('substrate').model.lossDbPerMm(26.5625e9);
    const pcbPerMm = lines.line('pcb').model.lossDbPerMm(26.5625e9);
    const expectedLoss =
      substrateMm * subPerMm + 95 * pcbPerMm + 0.15 + 0.3 + 0.3 + 0.7 + 0.3 + 30 * pcbPerMm;
    expect(link.lossDb).toBeCloseTo(expectedLoss, 9);
    expect(link.budgetDb).toBe(16);
    expect(link.budgetKind).toBe('lpo-host');
    expect(link.marginDb).toBeCloseTo(16 - expectedLoss, 9);
    expect(link.pjPerBit).toBeCloseTo((link.powerW * 1000) / (8 * 100), 9);
  });

  test('prints a table by default', async () => {
    const run = await runCliCaptured(['analyze', 'near.json'], { 'near.json': near });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('margin dB');
    expect(run.stdout).toMatch(/^l1\s+105\.57\s+9\.30\s+estimate\s+16\.0\s+6\.70/m);
  });

  test('--strict exits 1 when a budget fails and 0 when all pass', async () => {
    const failing = await runCliCaptured(['analyze', 'far.json', '--strict'], { 'far.json': far });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('FAIL');
    const lenient = await runCliCaptured(['analyze', 'far.json'], { 'far.json': far });
    expect(lenient.code).toBe(0);
    // The budget alone: this test board has no heatsink, so its 500 W switch is far over its
    // temperature limit and a full --strict run fails on that (tests/unit/cli/analyzeThermal.test.ts).
    const passing = await runCliCaptured(
      ['analyze', 'near.json', '--strict', '--only', 'electrical'],
      {
        'near.json': near,
      },
    );
    expect(passing.code).toBe(0);
  });

  test('exits 2 with the message on stderr for invalid input', async () => {
    const broken = await runCliCaptured(['analyze', 'bad.json'], { 'bad.json': '{ not json' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('bad.json');
    expect(broken.stdout).toBe('');
    const option = await runCliCaptured(['analyze', 'near.json', '--fast'], { 'near.json': near });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option --fast');
  });
});
