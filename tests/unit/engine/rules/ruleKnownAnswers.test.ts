import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../../renderer/src/engine/rules/checkRules';
import { resolveRulesConfig } from '../../../../renderer/src/engine/rules/ruleConfig';
import type { Finding } from '../../../../renderer/src/engine/rules/ruleTypes';
import { tightCorners } from '../../../../renderer/src/engine/rules/fiberCorners';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Design } from '../../../../renderer/src/model/schema';
import { carrier, design, link, part, sixArchitectures } from '../service/designBuilders';

const library = defaultPartLibrary();
const board = carrier('board', 'pcb', { x: 0, y: 0, w: 200, d: 150 });
const oe = (id: string, x: number, y: number, extra = {}) =>
  part(id, 'oe-800g', x, y, 'board', extra);
const only = (findings: Finding[], rule: Finding['rule']) =>
  findings.filter((f) => f.rule === rule);

describe('design rules: known answers', () => {
  it('overlap: 5 × 14 × 1.5 mm shared by two engines, marker at the centre of the shared box', () => {
    const doc = design('npo', [board], [oe('a', 50, 50), oe('b', 55, 50)], []);
    const [f] = only(checkRules(doc, library), 'overlap');
    expect(f?.message).toBe('a and b overlap by 5 × 14 × 1.5 mm');
    expect(f?.location.x).toBeCloseTo(52.5, 9);
    expect(f?.location.y).toBeCloseTo(50, 9);
    expect(f?.location.z).toBeCloseTo(1.6 + 0.75, 9);
  });

  it('overlap: a part under a package on the board collides; a module in its cage does not', () => {
    const pkg = carrier('pkg', 'substrate', { x: 100, y: 20, w: 60, d: 60 }, 'board');
    const doc = design(
      'dsp-pluggable',
      [board, pkg],
      [
        oe('under', 105, 40),
        part('cage', 'cage-osfp', 40, 60, 'board'),
        part('mod', 'module-osfp-800g-dsp', 40, 60, 'board'),
      ],
      [],
    );
    const overlaps = only(checkRules(doc, library), 'overlap');
    expect(overlaps.map((f) => f.components)).toEqual([['pkg', 'under']]);
  });

  it('min-spacing: 0.5 mm between two BGA engines on a PCB, which need 1.0 mm', () => {
    const doc = design('npo', [board], [oe('a', 50, 50), oe('b', 60.5, 50)], []);
    expect(only(checkRules(doc, library), 'min-spacing')[0]?.message).toBe(
      'a and b are 0.5 mm apart; they need 1 mm',
    );
    const relaxed = { ...doc, rules: { minSpacingMm: 0.4 } };
    expect(only(checkRules(relaxed, library), 'min-spacing')).toEqual([]);
  });

  it('off-carrier: an engine at x = 198 on a 200 mm board overhangs by 3 mm', () => {
    const doc = design('npo', [board], [oe('a', 198, 50)], []);
    expect(only(checkRules(doc, library), 'off-carrier')[0]?.message).toBe(
      'a reaches 3 mm past the edge of carrier board',
    );
  });

  it('keep-out: the intruding area is reported; routing keep-outs are ignored', () => {
    const keepOuts = (kind: 'placement' | 'both' | 'routing') => ({
      keepOuts: [
        {
          id: 'k',
          name: 'hole',
          carrierId: 'board',
          kind,
          rectMm: { x: 52, y: 0, width: 10, depth: 100 },
        },
      ],
    });
    const doc = design('npo', [board], [oe('a', 50, 50)], [], keepOuts('both'));
    expect(only(checkRules(doc, library), 'keep-out')[0]?.message).toBe(
      'a intrudes 3 × 14 mm into keep-out "hole" (k)',
    );
    const routing = design('npo', [board], [oe('a', 50, 50)], [], keepOuts('routing'));
    expect(only(checkRules(routing, library), 'keep-out')).toEqual([]);
  });

  it('oe-distance: rectilinear port-to-port distance plus height, against the NPO 50 mm', () => {
    const doc = design(
      'npo',
      [board],
      [part('sw', 'switch-51t2', 60, 60, 'board'), oe('oe1', 170, 120)],
      [link('l1', ['sw', 'eth2'], ['oe1', 'host'])],
    );
    // eth2: north edge, offset −26.125 → (33.875, 100, 1.6 + 5.03/2); host: (165, 120, 1.6 + 0.75).
    const expected = 165 - 33.875 + 20 + (5.03 / 2 - 0.75);
    const [f] = only(checkRules(doc, library), 'oe-distance');
    expect(f?.message).toContain(`${Math.round(expected * 100) / 100} mm (port to port)`);
    const routed = checkRules(doc, library, {
      electrical: { links: [{ id: 'l1', lengthMm: 45 }] },
    });
    expect(only(routed, 'oe-distance')).toEqual([]);
    const wider = checkRules(doc, library, { config: { oeMaxDistanceMm: 200 } });
    expect(only(wider, 'oe-distance')).toEqual([]);
  });

  it('shoreline: 16 × 8 lanes × 0.5 mm = 64 mm fits the 80 mm edge; at 0.7 mm it does not', () => {
    const links = Array.from({ length: 16 }, (_, i) =>
      link(`l${i}`, ['sw', `eth${i}`], [`rt${i}`, 'in']),
    );
    const rts = Array.from({ length: 16 }, (_, i) =>
      part(`rt${i}`, 'retimer-112g', 10 + i * 12, 140, 'board'),
    );
    const big = carrier('board', 'pcb', { x: 0, y: 0, w: 300, d: 200 });
    const doc = design(
      'dsp-pluggable',
      [big],
      [part('sw', 'switch-51t2', 150, 60, 'board'), ...rts],
      links,
    );
    expect(only(checkRules(doc, library), 'shoreline')).toEqual([]);
    const [f] = only(checkRules(doc, library, { config: { lanePitchMm: 0.7 } }), 'shoreline');
    expect(f?.message).toBe(
      'north edge of sw: 128 lanes × 0.7 mm = 89.6 mm of shoreline on a 80 mm edge',
    );
    expect(f?.location.x).toBeCloseTo(150, 9);
    expect(f?.location.y).toBeCloseTo(100, 9);
  });

  it('channel-budget: negative margin is an error, under 1 dB a warning, unroutable ignored', () => {
    const doc = design(
      'npo',
      [board],
      [oe('a', 50, 50), oe('b', 100, 50)],
      [
        link('bad', ['a', 'host'], ['b', 'host']),
        link('thin', ['a', 'host'], ['b', 'host']),
        link('ok', ['a', 'host'], ['b', 'host']),
        link('none', ['a', 'host'], ['b', 'host']),
      ],
    );
    const electrical = {
      links: [
        { id: 'bad', marginDb: -2.5, lossDb: 18.5, budgetDb: 16 },
        { id: 'thin', marginDb: 0.4 },
        { id: 'ok', marginDb: 3 },
        { id: 'none', marginDb: null },
      ],
    };
    const found = only(checkRules(doc, library, { electrical }), 'channel-budget');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'link bad fails its VSR budget: loss 18.5 dB against a 16 dB budget, margin -2.5 dB',
      ],
      ['warning', 'link thin has 0.4 dB margin (warning below 1 dB)'],
    ]);
  });

  it('temp-limit: over the limit is an error, within 5 K a warning; overrides set the limit', () => {
    const doc = design(
      'npo',
      [board],
      [
        oe('hot', 50, 50),
        oe('warm', 80, 50),
        oe('cool', 110, 50, { overrides: { tempLimitC: 100 } }),
      ],
      [],
    );
    const thermal = {
      components: [
        { id: 'hot', maxC: 90 },
        { id: 'warm', maxC: 82 },
        { id: 'cool', maxC: 90 },
      ],
    };
    const found = only(checkRules(doc, library, { thermal }), 'temp-limit');
    expect(found.map((f) => [f.severity, f.components[0]])).toEqual([
      ['error', 'hot'],
      ['warning', 'warm'],
    ]);
    expect(found[0]?.message).toBe('hot reaches 90 °C, 5 K over its 85 °C limit');
  });
});

describe('design rules: configuration and determinism', () => {
  it('caller config overrides the design, which overrides the defaults, key by key', () => {
    const config = resolveRulesConfig(
      { minSpacingMm: 2, tempMarginWarnC: 10 },
      { minSpacingMm: 3 },
    );
    expect(config.minSpacingMm).toBe(3);
    expect(config.tempMarginWarnC).toBe(10);
    expect(config.channelMarginWarnDb).toBe(1);
    expect(config.lanePitchMm).toBeUndefined();
  });

  it('the six small architecture designs are clean (no false positives)', () => {
    for (const doc of Object.values(sixArchitectures()))
      expect(checkRules(doc, library)).toEqual([]);
  });

  it('gives the same findings in the same order whatever the document order', () => {
    const doc = design(
      'npo',
      [board],
      [
        oe('a', 50, 50),
        oe('b', 55, 50),
        oe('c', 66, 50),
        oe('d', 198, 140),
        part('sw', 'switch-51t2', 120, 80, 'board'),
      ],
      [link('l1', ['sw', 'eth0'], ['d', 'host']), link('l2', ['sw', 'eth1'], ['a', 'host'])],
    );
    const reversed: Design = {
      ...doc,
      components: [...doc.components].reverse(),
      links: [...doc.links].reverse(),
    };
    const findings = checkRules(doc, library);
    expect(findings.length).toBeGreaterThan(3);
    expect(checkRules(reversed, library)).toEqual(findings);
    expect(checkRules(JSON.parse(JSON.stringify(doc)) as Design, library)).toEqual(findings);
    const ranks = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
  });
});

describe('fiber corners (fiberCorners.ts)', () => {
  it('a 90° corner needs r·tan(45°) = r of straight path on each leg', () => {
    const path = [
      { x: 0, y: 0, z: 0 },
      { x: 20, y: 0, z: 0 },
      { x: 20, y: 8, z: 0 },
    ];
    expect(tightCorners(path, 7.5)).toEqual([]);
    const [corner] = tightCorners(path, 10);
    expect(corner?.neededMm).toBeCloseTo(10, 9);
    expect(corner?.availableMm).toBeCloseTo(8, 9);
    expect(corner?.turnDeg).toBeCloseTo(90, 9);
  });

  it('an inner leg is shared: two 90° corners 15 mm apart hold 7.5 mm but not 10 mm', () => {
    const path = [
      { x: 0, y: 0, z: 0 },
      { x: 50, y: 0, z: 0 },
      { x: 50, y: 15, z: 0 },
      { x: 0, y: 15, z: 0 },
    ];
    expect(tightCorners(path, 7.5)).toEqual([]);
    expect(tightCorners(path, 10).map((c) => c.availableMm)).toEqual([7.5, 7.5]);
  });

  it('the rule warns about a corner the allowed radius cannot make', () => {
    const doc = design('npo', [board], [oe('a', 50, 50)], [], {
      fibers: [
        {
          id: 'f',
          from: { componentId: 'a', port: 'fiber' },
          fiberType: 'G.657.A2',
          count: 8,
          bendRadiusMm: 10,
          externalLengthM: 0,
          waypointsMm: [{ x: 80, y: 50, z: 2.35 }],
          endMm: { x: 80, y: 45, z: 2.35 },
        },
      ],
    });
    const [f] = only(checkRules(doc, library), 'fiber-bend');
    expect(f?.severity).toBe('warning');
    // The route leaves the engine's fiber port (55, 50) straight to the waypoint, 25 mm on,
    // and turns there towards the end 5 mm away: the end leg leaves 5 mm of the 10 needed.
    expect(f?.message).toBe(
      'fiber f: a 10 mm bend turning 90° needs 10 mm of straight path each side; the path leaves 5 mm',
    );
  });
});
