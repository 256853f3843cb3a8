import { describe, expect, it } from 'vitest';
import {
  CommandError,
  addCoolingBoundary,
  commandFromJson,
  removeCoolingBoundary,
  runCommand,
  setAmbient,
  setExposedFaces,
  updateCoolingBoundary,
  type Command,
} from '../../../renderer/src/model/commands';
import { createHistory, execute, undo } from '../../../renderer/src/model/history';
import type { CoolingBoundary, Design } from '../../../renderer/src/model/schema';
import { DesignSchema } from '../../../renderer/src/model/schema';
import { readFileSync } from 'node:fs';
import { COOLING_PRESETS } from '../../../renderer/src/model/data/coolingPresets';
import { documentedSourceIds } from '../parts/sourceIds';
import { sampleDesign } from './sampleDesign';

const plate: CoolingBoundary = {
  id: 'cool-1',
  name: 'Board cold plate',
  kind: 'cold-plate',
  target: { kind: 'carrier', carrierId: 'board', face: 'bottom' },
  rating: { kind: 'htc', wPerM2K: 2000 },
  coolantC: 30,
};

/** Runs `command` and expects a CommandError matching `message`, the document untouched. */
function expectRefused<P>(doc: Design, command: Command<P>, message: RegExp) {
  const before = JSON.stringify(doc);
  expect(() => runCommand(doc, command)).toThrow(CommandError);
  expect(() => runCommand(doc, command)).toThrow(message);
  expect(JSON.stringify(doc)).toBe(before);
}

describe('cooling boundary commands', () => {
  it('add, update and remove edit the boundary list; the result stays a valid design', () => {
    const added = runCommand(sampleDesign(), addCoolingBoundary({ boundary: plate })).doc;
    expect(added.cooling.boundaries.map((b) => b.id)).toEqual(['hs-1', 'cool-1']);
    const updated = runCommand(
      added,
      updateCoolingBoundary({
        id: 'cool-1',
        changes: { rating: { kind: 'resistance', kPerW: 0.05 }, coolantC: 45 },
      }),
    ).doc;
    expect(updated.cooling.boundaries[1]).toEqual({
      ...plate,
      rating: { kind: 'resistance', kPerW: 0.05 },
      coolantC: 45,
    });
    expect(DesignSchema.safeParse(updated).success).toBe(true);
    const removed = runCommand(updated, removeCoolingBoundary({ id: 'hs-1' })).doc;
    expect(removed.cooling.boundaries.map((b) => b.id)).toEqual(['cool-1']);
  });

  it('typing a rating drops the preset the boundary came from', () => {
    const fromPreset = { ...plate, presetId: 'some-preset' };
    const doc = runCommand(sampleDesign(), addCoolingBoundary({ boundary: fromPreset })).doc;
    const renamed = runCommand(
      doc,
      updateCoolingBoundary({ id: 'cool-1', changes: { name: 'x' } }),
    ).doc;
    expect(renamed.cooling.boundaries[1]!.presetId).toBe('some-preset');
    const retyped = runCommand(
      doc,
      updateCoolingBoundary({ id: 'cool-1', changes: { rating: { kind: 'htc', wPerM2K: 10 } } }),
    ).doc;
    expect(retyped.cooling.boundaries[1]!.presetId).toBeUndefined();
  });

  it('refuses bad numbers naming the field, the value and the range', () => {
    const doc = sampleDesign();
    const withRating = (rating: CoolingBoundary['rating']) =>
      addCoolingBoundary({ boundary: { ...plate, rating } });
    expectRefused(
      doc,
      withRating({ kind: 'htc', wPerM2K: -5 }),
      /rating\.wPerM2K = -5 W\/\(m²·K\) is out of range: expected > 0/,
    );
    expectRefused(
      doc,
      withRating({ kind: 'resistance', kPerW: 0 }),
      /rating\.kPerW = 0 K\/W is out of range: expected > 0 K\/W/,
    );
    expectRefused(
      doc,
      addCoolingBoundary({ boundary: { ...plate, coolantC: 400 } }),
      /coolantC = 400 °C is out of range: expected > -100 and < 300 °C/,
    );
    expectRefused(
      doc,
      updateCoolingBoundary({ id: 'hs-1', changes: { coolantC: -150 } }),
      /"hs-1" coolantC = -150 °C/,
    );
    expectRefused(
      doc,
      withRating({ kind: 'resistance', kPerW: Number.NaN }),
      /rating\.kPerW = NaN K\/W/,
    );
  });

  it('refuses unknown targets, unknown ids and taken ids', () => {
    const doc = sampleDesign();
    expectRefused(
      doc,
      addCoolingBoundary({
        boundary: { ...plate, target: { kind: 'carrier', carrierId: 'nope', face: 'top' } },
      }),
      /unknown carrier "nope"/,
    );
    expectRefused(
      doc,
      addCoolingBoundary({
        boundary: {
          ...plate,
          target: { kind: 'region', carrierId: 'board', regionId: 'r9', face: 'top' },
        },
      }),
      /unknown region "r9" of carrier "board"/,
    );
    expectRefused(
      doc,
      updateCoolingBoundary({
        id: 'hs-1',
        changes: { target: { kind: 'components', componentIds: ['u1', 'ghost'] } },
      }),
      /unknown component "ghost"/,
    );
    expectRefused(doc, addCoolingBoundary({ boundary: { ...plate, id: 'u1' } }), /already used/);
    expectRefused(doc, removeCoolingBoundary({ id: 'cool-9' }), /"cool-9" does not exist/);
    expectRefused(doc, updateCoolingBoundary({ id: 'cool-9', changes: {} }), /does not exist/);
  });
});

describe('exposed faces and ambient', () => {
  it('sets each orientation separately; 0 makes a face adiabatic', () => {
    const doc = runCommand(sampleDesign(), setExposedFaces({ bottomHtcWm2K: 0 })).doc;
    expect(doc.cooling.exposed).toEqual({ topHtcWm2K: 10, bottomHtcWm2K: 0, sidesHtcWm2K: 10 });
    const all = runCommand(doc, setExposedFaces({ topHtcWm2K: 0, sidesHtcWm2K: 25 })).doc;
    expect(all.cooling.exposed).toEqual({ topHtcWm2K: 0, bottomHtcWm2K: 0, sidesHtcWm2K: 25 });
  });

  it('refuses a negative coefficient and an ambient out of range', () => {
    const doc = sampleDesign();
    expectRefused(
      doc,
      setExposedFaces({ topHtcWm2K: 5, sidesHtcWm2K: -1 }),
      /cooling\.exposed\.sidesHtcWm2K = -1 W\/\(m²·K\) is out of range: expected ≥ 0/,
    );
    expectRefused(
      doc,
      setAmbient({ ambientC: 150 }),
      /cooling\.ambientC = 150 °C is out of range: expected > -60 and < 150 °C/,
    );
    expect(runCommand(doc, setAmbient({ ambientC: 45 })).doc.cooling.ambientC).toBe(45);
  });
});

describe('cooling commands through the history and the registry', () => {
  it('one undo step per command, and replay from JSON', () => {
    let state = execute(createHistory(sampleDesign()), addCoolingBoundary({ boundary: plate }));
    state = execute(state, setExposedFaces({ topHtcWm2K: 0, bottomHtcWm2K: 0, sidesHtcWm2K: 0 }));
    expect(state.doc.cooling.boundaries).toHaveLength(2);
    expect(state.undoStack).toHaveLength(2);
    state = undo(state);
    expect(state.doc.cooling.exposed.topHtcWm2K).toBe(10);
    state = undo(state);
    expect(state.doc.cooling.boundaries).toHaveLength(1);
    const json = JSON.parse(JSON.stringify({ name: 'setAmbient', params: { ambientC: 40 } }));
    expect(runCommand(sampleDesign(), commandFromJson(json)).doc.cooling.ambientC).toBe(40);
  });
});

describe('cooling presets (model/data/coolingPresets.ts)', () => {
  const doc = readFileSync(new URL('../../../docs/DATA-SOURCES.md', import.meta.url), 'utf8');

  it('each is cited: a documented source and a Values row with its number', () => {
    const documented = documentedSourceIds();
    for (const p of COOLING_PRESETS) {
      expect(documented.has(p.sourceId), p.id).toBe(true);
      expect(p.assumption.length).toBeGreaterThan(20);
      const row = doc
        .split('\n')
        .find((l) => l.startsWith(`| coolingPresets · COOLING_PRESETS.${p.id} `));
      expect(row, p.id).toBeDefined();
      const value = p.rating.kind === 'resistance' ? p.rating.kPerW : p.rating.wPerM2K;
      expect(row!).toContain(`${value} `);
      expect(row!).toContain(`\`${p.sourceId}\``);
    }
  });

  it('each makes a boundary the commands accept', () => {
    let design = sampleDesign();
    COOLING_PRESETS.forEach((p, n) => {
      const boundary: CoolingBoundary = {
        id: `cool-${n + 1}`,
        name: p.name,
        kind: p.kind,
        target: { kind: 'components', componentIds: ['u1'] },
        rating: p.rating,
        coolantC: p.coolantC,
        presetId: p.id,
      };
      design = runCommand(design, addCoolingBoundary({ boundary })).doc;
    });
    expect(design.cooling.boundaries).toHaveLength(COOLING_PRESETS.length + 1);
    expect(new Set(COOLING_PRESETS.map((p) => p.id)).size).toBe(COOLING_PRESETS.length);
  });
});
