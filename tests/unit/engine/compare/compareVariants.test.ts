/**
 * compareVariants: every figure equals the engine run on that variant alone, best marks
 * follow each row's direction, and explanations quote the numbers they are built from.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  compareVariants,
  type Comparison,
} from '../../../../renderer/src/engine/compare/compareVariants';
import { analyzeDesign } from '../../../../renderer/src/engine/pipeline/designJob';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Design } from '../../../../renderer/src/model/schema';
import { ARCHITECTURE_EXAMPLES, loadExample } from './examples';

const library = defaultPartLibrary();
let docs: Design[];
let comparison: Comparison;

beforeAll(() => {
  docs = ARCHITECTURE_EXAMPLES.map(loadExample);
  comparison = compareVariants(
    docs.map((doc, i) => ({ name: ARCHITECTURE_EXAMPLES[i] as string, doc })),
    library,
  );
}, 60_000);

function row(key: string) {
  const found = comparison.rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

describe('compareVariants on the six examples', () => {
  test('each variant equals the engine run on it alone', () => {
    docs.forEach((doc, i) => {
      // The one pipeline, with the compare's coarse mesh and no coupling cases.
      const alone = analyzeDesign(doc, library, {
        thermal: { preset: 'coarse', couplings: false },
      });
      const { electrical, service, findings } = alone;
      const thermal = alone.coupled.thermal!;
      const m = comparison.variants[i]!.metrics;
      expect(m.pjPerBit).toBe(alone.coupled.power.pjPerBit);
      expect(m.totalPowerW).toBe(alone.coupled.power.totalW);
      expect(m.worstMarginDb).toBe(electrical.summary.worstMarginDb);
      expect(m.maxElectricalLengthMm).toBe(electrical.summary.maxElectricalLengthMm);
      expect(m.maxLatencyNs).toBe(electrical.summary.maxLatencyNs);
      expect(m.serviceScore).toBe(service.score);
      expect(m.errorCount).toBe(findings.filter((f) => f.severity === 'error').length);
      expect(m.warningCount).toBe(findings.filter((f) => f.severity === 'warning').length);
      const engines = thermal.optical.filter((o) => o.category === 'optical-engine');
      if (engines.length === 0) expect(m.hottestOeC).toBeNull();
      else expect(m.hottestOeC).toBe(Math.max(...engines.map((o) => o.maxC)));
    });
  }, 60_000);

  test('best marks follow the direction of each row', () => {
    for (const r of comparison.rows) {
      const present = r.values.filter((v): v is number => v !== null);
      const best = r.direction === 'lower' ? Math.min(...present) : Math.max(...present);
      expect(r.bestIndices.length).toBeGreaterThan(0);
      for (const i of r.bestIndices) expect(r.values[i]).toBe(best);
      r.values.forEach((v, i) => {
        if (!r.bestIndices.includes(i) && v !== null) expect(v).not.toBe(best);
      });
    }
  });

  test('the published ordering shows: CPO lowest energy per bit, pluggables best serviceability', () => {
    const energy = row('pjPerBit');
    const dsp = energy.values[0]!;
    for (const i of energy.bestIndices) expect(energy.values[i]!).toBeLessThan(dsp);
    expect(row('serviceScore').bestIndices).toContain(0);
    expect(row('serviceScore').bestIndices).not.toContain(5);
  });

  test('explanations quote the numbers and the percentage they derive from', () => {
    const energy = row('pjPerBit');
    const best = energy.values[energy.bestIndices[0]!]!;
    const worst = Math.max(...energy.values.map((v) => v ?? -Infinity));
    const percent = Math.round(((worst - best) / worst) * 100);
    expect(energy.explanation).toContain(`${best.toFixed(2)} pJ/bit`);
    expect(energy.explanation).toContain(`${worst.toFixed(2)} pJ/bit for switch-dsp-pluggable`);
    expect(energy.explanation).toContain(`${percent} % less`);
    expect(energy.explanation).toMatch(/mostly because the DSP and retimer power/);
    const hot = row('hottestOeC');
    const present = hot.values.filter((v): v is number => v !== null);
    const gap = (Math.max(...present) - Math.min(...present)).toFixed(1);
    expect(hot.explanation).toContain(`(${gap} °C lower)`);
    expect(hot.explanation).not.toContain('%');
    expect(row('hottestOeC').explanation).toMatch(
      /switch-dsp-pluggable and switch-lpo have no hottest optical engine/,
    );
  });
});

describe('compareVariants input and ties', () => {
  test('a variant against itself ties on every row', () => {
    const doc = loadExample('switch-npo');
    const c = compareVariants(
      [
        { name: 'a', doc },
        { name: 'b', doc },
      ],
      library,
      { thermalPreset: null },
    );
    for (const r of c.rows) {
      if (r.values[0] === null) expect(r.bestIndices).toEqual([]);
      else expect(r.bestIndices).toEqual([0, 1]);
    }
    expect(c.rows.find((r) => r.key === 'pjPerBit')!.explanation).toMatch(
      /^All compared variants have the same energy per bit/,
    );
  });

  test('fewer than 2 or more than 6 variants are refused', () => {
    const doc = loadExample('switch-npo');
    expect(() => compareVariants([{ name: 'a', doc }], library)).toThrow(RangeError);
    const seven = Array.from({ length: 7 }, (_, i) => ({ name: `v${i}`, doc }));
    expect(() => compareVariants(seven, library)).toThrow(RangeError);
  });
});
