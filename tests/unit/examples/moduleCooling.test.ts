/**
 * Front-panel module cooling in the examples: the finned-top resistance computed from the fins
 * and the forced-air coefficient, and the pluggable modules it keeps within their case limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { solveThermal } from '../../../renderer/src/engine/thermal/analyzeThermal';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { DesignSchema } from '../../../renderer/src/model/schema';
import { MODULE_HEATSINK_K_PER_W, finnedTopResistanceKPerW } from '../../fixtures/examples/common';

describe('front-panel module cooling of the examples', () => {
  it('computes the finned top from fin area and h = 100 W/(m²·K)', () => {
    // m = √(2·100 / (237 · 0.0008)) = 32.48 /m, mL = 0.1137, η = tanh(mL)/mL = 0.99571;
    // fins 2 · 10 · 3.5 · 80 = 5600 mm², base (22.58 − 8) · 80 = 1166.4 mm²;
    // R = 1 / (100 · (1166.4e-6 + 0.99571 · 5600e-6)) = 1.4832 K/W.
    expect(finnedTopResistanceKPerW()).toBeCloseTo(1.483, 3);
    expect(MODULE_HEATSINK_K_PER_W).toBe(finnedTopResistanceKPerW());
  });

  it('keeps every DSP and LPO module within its 70 °C case limit (coarse mesh)', () => {
    const library = defaultPartLibrary();
    for (const name of ['dsp-pluggable', 'lpo']) {
      const text = readFileSync(`assets/examples/switch-${name}.lightpath.json`, 'utf8');
      const r = solveThermal(DesignSchema.parse(JSON.parse(text)), library, { preset: 'coarse' });
      const modules = r.components.filter((c) => c.category === 'pluggable-module');
      expect(modules).toHaveLength(64);
      for (const m of modules) expect(m.maxC, m.id).toBeLessThanOrEqual(m.limitC);
    }
  });
});
