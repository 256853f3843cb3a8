import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { solveThermal } from '../../../../renderer/src/engine/thermal/analyzeThermal';
import type { ThermalResult } from '../../../../renderer/src/engine/thermal/thermalResult';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { DesignSchema } from '../../../../renderer/src/model/schema';

// The six bundled layouts of the 51.2T switch, solved on the coarse mesh (what the studio
// shows while editing). The published comparison (DESIGN.md) puts CPO optics in the xPU's
// heat, NPO optics beside it and cooler, front-panel modules away from it; the measure of
// "in the xPU's heat" is the coupling (K/W of optics rise per xPU watt, by superposition).
const library = defaultPartLibrary();
const names = ['dsp-pluggable', 'lpo', 'npo', 'cpo-a', 'cpo-b', 'cpo-c'] as const;
const results = new Map<string, ThermalResult>(
  names.map((name) => {
    const text = readFileSync(`assets/examples/switch-${name}.lightpath.json`, 'utf8');
    return [
      name,
      solveThermal(DesignSchema.parse(JSON.parse(text)), library, { preset: 'coarse' }),
    ];
  }),
);
const maxCoupling = (name: string) => Math.max(...results.get(name)!.couplings.map((k) => k.kPerW));
const hottestEngine = (name: string) =>
  Math.max(
    ...results
      .get(name)!
      .optical.filter((o) => o.category === 'optical-engine')
      .map((o) => o.maxC),
  );

describe('thermal analysis of the six example layouts', () => {
  it('converges with energy balance on every example', () => {
    for (const r of results.values()) {
      expect(r.energyBalance.relativeError).toBeLessThan(1e-3);
      expect(r.relativeResidual).toBeLessThanOrEqual(1e-8);
      expect(r.warnings).toEqual([]);
    }
  });

  it('couples the xPU to its optics least at the front panel, more beside it (NPO), most in the package (CPO)', () => {
    for (const pluggable of ['dsp-pluggable', 'lpo'])
      expect(maxCoupling(pluggable)).toBeLessThan(maxCoupling('npo'));
    for (const cpo of ['cpo-a', 'cpo-b', 'cpo-c'])
      expect(maxCoupling(cpo)).toBeGreaterThan(maxCoupling('npo'));
    expect(maxCoupling('cpo-c')).toBe(Math.max(...names.map(maxCoupling)));
  });

  it('runs NPO engines cooler than co-packaged ones, and the 3D-stacked ones hottest', () => {
    for (const cpo of ['cpo-a', 'cpo-b', 'cpo-c'])
      expect(hottestEngine(cpo)).toBeGreaterThan(hottestEngine('npo'));
    expect(hottestEngine('cpo-c')).toBeGreaterThan(
      Math.max(hottestEngine('cpo-a'), hottestEngine('cpo-b')),
    );
  });
});
