import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeCoupled } from '../../renderer/src/engine/coupled/coupledJob';
import { loadDocument } from '../../renderer/src/model/load';
import { defaultPartLibrary } from '../../renderer/src/model/partLibrary';
test('probe', () => {
  for (const stem of ['switch-cpo-a', 'switch-npo-224g']) {
    const library = defaultPartLibrary();
    const file = `assets/examples/${stem}.lightpath.json`;
    const l = loadDocument(file, readFileSync(file, 'utf8'), { library });
    if (!l.ok) throw new Error('x');
    const t0 = performance.now();
    const c = analyzeCoupled(l.doc, library, { thermal: { preset: 'normal', couplings: false } });
    console.log(stem, (performance.now() - t0).toFixed(0), 'ms', c.thermalSolves, c.thermal!.iterations, c.thermal!.maxC.toFixed(4), c.power.totalW.toFixed(4));
  }
}, 300000);
