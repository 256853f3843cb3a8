/**
 * Power that follows the design on CPO Type A: which watts each component dissipates, and a
 * lower-loss link pays less host SerDes energy.
 */
import { describe, expect, test } from 'vitest';
import { analyzeElectrical } from '../../../../renderer/src/engine/analyze';
import { modulesInCages } from '../../../../renderer/src/engine/channel/cageContents';
import { buildLayout } from '../../../../renderer/src/engine/geometry/layout';
import { designPower } from '../../../../renderer/src/engine/power/designPower';
import { laserFeeds } from '../../../../renderer/src/engine/power/laserSources';
import { partRingHeaterW } from '../../../../renderer/src/engine/power/ringTuning';
import { serdesPjPerBitAtLoss } from '../../../../renderer/src/engine/power/serdesEnergy';
import { designParts } from '../../../../renderer/src/model/designParts';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { loadExample } from '../compare/examples';

const doc = loadExample('switch-cpo-a');
const library = designParts(doc, defaultPartLibrary());
const layout = buildLayout(doc, library);
const electrical = analyzeElectrical(doc, library);
const ctx = { doc, layout, plugged: modulesInCages(layout), lasers: laserFeeds(doc, layout) };

describe('designPower on CPO Type A', () => {
  const cold = designPower(electrical, ctx);
  const byId = new Map(cold.components.map((c) => [c.id, c]));

  test('at the reference temperatures: engine 3.5 W, laser source 8 W drawn, 6.8 W dissipated', () => {
    expect(byId.get('oe-eth0')!.powerW).toBeCloseTo(4.375 * 0.8, 9);
    expect(byId.get('oe-eth0')!.heaterW).toBe(0);
    expect(byId.get('els-00')!.electricalW).toBeCloseTo(8, 9);
    expect(byId.get('els-00')!.powerW).toBeCloseTo(8 * (1 - 0.15), 9);
    expect(byId.get('els-00')!.basis).toBe('laser-drive');
  });

  test('the switch dissipates its part power plus the SerDes at loss minus the table figure', () => {
    const delta = cold.links.reduce((s, l) => s + l.hostSerdesW - (1.0 * l.payloadGbps) / 1000, 0);
    expect(byId.get('sw')!.powerW).toBeCloseTo(library.get('switch-51t2')!.powerW + delta, 9);
    expect(delta).toBeLessThan(0);
  });

  test('a lower-loss link pays less host SerDes energy', () => {
    const links = [...cold.links].sort((a, b) => a.lossDb! - b.lossDb!);
    for (let i = 1; i < links.length; i++) {
      if (links[i]!.lossDb! > links[i - 1]!.lossDb!)
        expect(links[i]!.hostSerdesPjPerBit).toBeGreaterThan(links[i - 1]!.hostSerdesPjPerBit);
    }
    const l = links[0]!;
    expect(l.hostSerdesPjPerBit).toBeCloseTo(serdesPjPerBitAtLoss(106.25, 'XSR', l.lossDb), 12);
  });

  test('hotter engines and lasers cost more: heaters appear, laser drive rises', () => {
    const hot = designPower(electrical, {
      ...ctx,
      tempsC: new Map([...layout.components.keys()].map((id) => [id, 70])),
    });
    const hotById = new Map(hot.components.map((c) => [c.id, c]));
    const oe = library.get('oe-800g')!;
    expect(hotById.get('oe-eth0')!.heaterW).toBeCloseTo(partRingHeaterW(oe, 70), 12);
    expect(hot.heaterW).toBeCloseTo(64 * partRingHeaterW(oe, 70), 9);
    expect(hotById.get('els-00')!.electricalW).toBeGreaterThan(8);
    expect(hot.totalW).toBeGreaterThan(cold.totalW);
  });
});
