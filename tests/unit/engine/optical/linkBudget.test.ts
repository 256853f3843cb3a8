/** The optical link budget on CPO Type A: the terms sum, and a hotter laser loses margin. */
import { describe, expect, test } from 'vitest';
import { analyzeElectrical } from '../../../../renderer/src/engine/analyze';
import { buildLayout } from '../../../../renderer/src/engine/geometry/layout';
import { omaOffsetDb, opticalBudgets } from '../../../../renderer/src/engine/optical/linkBudget';
import { laserFeeds } from '../../../../renderer/src/engine/power/laserSources';
import { designParts } from '../../../../renderer/src/model/designParts';
import { EXTERNAL_LASER } from '../../../../renderer/src/model/data/laser';
import { OPTICAL_BUDGET } from '../../../../renderer/src/model/data/opticalBudget';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import { loadExample } from '../compare/examples';

const doc = loadExample('switch-cpo-a');
const library = designParts(doc, defaultPartLibrary());
const layout = buildLayout(doc, library);
const electrical = analyzeElectrical(doc, library);
const lasers = laserFeeds(doc, layout);

describe('optical link budget', () => {
  const at25 = opticalBudgets(doc, layout, electrical, lasers);

  test('every engine link has a budget whose terms sum to the received OMA', () => {
    expect(at25.links).toHaveLength(64);
    for (const l of at25.links) {
      expect(l.lightFiber).not.toBeNull();
      expect(l.signalFiber).not.toBeNull();
      const laser = 10 * Math.log10(EXTERNAL_LASER.opticalPowerMwPerLane);
      const sum =
        laser -
        l.splitDb -
        l.lightFiber!.totalDb -
        l.chipCouplingDb -
        l.modulatorDb -
        l.muxDemuxDb -
        l.signalFiber!.totalDb +
        omaOffsetDb(OPTICAL_BUDGET.extinctionRatioDb.value);
      expect(l.rxOmaDbm).toBeCloseTo(sum, 9);
      expect(l.marginDb).toBeCloseTo(sum - -4.4, 9);
    }
  });

  test('each source lights 4 engines × 8 lanes from 16 light lanes: a 3 dB split', () => {
    expect(at25.links[0]!.splitDb).toBeCloseTo(10 * Math.log10(2), 9);
  });

  test('a laser past its drive ceiling loses output and margin', () => {
    const hot = new Map([...layout.components.keys()].map((id) => [id, 120]));
    const at120 = opticalBudgets(doc, layout, electrical, lasers, hot);
    const drop = at25.links[0]!.marginDb! - at120.links[0]!.marginDb!;
    expect(drop).toBeCloseTo(-10 * Math.log10((1.5 - 0.2 * Math.exp(95 / 60)) / 0.8), 9);
    expect(at120.worstMarginDb!).toBeLessThan(at25.worstMarginDb!);
  });
});
