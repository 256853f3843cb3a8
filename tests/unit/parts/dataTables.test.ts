import { describe, expect, it } from 'vitest';
import * as budget from '../../../renderer/src/model/data/channelBudget';
import * as loss from '../../../renderer/src/model/data/channelLoss';
import * as fiber from '../../../renderer/src/model/data/fiber';
import * as lanePitch from '../../../renderer/src/model/data/lanePitch';
import * as laser from '../../../renderer/src/model/data/laser';
import * as latency from '../../../renderer/src/model/data/latency';
import * as linearModulePath from '../../../renderer/src/model/data/linearModulePath';
import * as power from '../../../renderer/src/model/data/power';
import * as propagation from '../../../renderer/src/model/data/propagation';
import * as sourced from '../../../renderer/src/model/data/sourced';
import * as thermal from '../../../renderer/src/model/data/thermal';
import { documentedSourceIds } from './sourceIds';

/** Every `sourceId` found anywhere in a module's exported values, with its path. */
function sourceIdsIn(value: unknown, path: string): [string, string][] {
  if (!value || typeof value !== 'object') return [];
  const own: [string, string][] =
    'sourceId' in value && typeof value.sourceId === 'string' ? [[path, value.sourceId]] : [];
  return own.concat(
    Object.entries(value).flatMap(([key, item]) => sourceIdsIn(item, `${path}.${key}`)),
  );
}

const MODULES = {
  budget,
  loss,
  fiber,
  lanePitch,
  laser,
  latency,
  linearModulePath,
  power,
  propagation,
  thermal,
};

describe('data tables', () => {
  it('every entry names a source documented in docs/DATA-SOURCES.md', () => {
    const documented = documentedSourceIds();
    const all = Object.entries(MODULES).flatMap(([name, mod]) => sourceIdsIn(mod, name));
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, id]) => !documented.has(id))).toEqual([]);
  });

  it('computes Nyquist and rate class for the two PAM4 classes', () => {
    expect(sourced.nyquistGhz(106.25, 'PAM4')).toBe(26.5625);
    expect(sourced.nyquistGhz(212.5, 'PAM4')).toBe(53.125);
    expect(sourced.nyquistGhz(53.125, 'NRZ')).toBe(26.5625);
    expect(sourced.rateClassOf(106.25)).toBe('112G');
    expect(sourced.rateClassOf(212.5)).toBe('224G');
    expect(sourced.rateClassOf(425)).toBeUndefined();
    expect(sourced.rateClassOf(0)).toBeUndefined();
  });

  it('orders media by loss per mm: board < substrate < fan-out < interposer, at both rates', () => {
    for (const rc of sourced.RATE_CLASSES) {
      const at = (m: loss.ChannelMedium) => loss.mediumLossDbPerMm(m, rc);
      expect(at('pcb')).toBeLessThan(at('substrate'));
      expect(at('substrate')).toBeLessThan(at('fanout-rdl'));
      expect(at('fanout-rdl')).toBeLessThan(at('interposer'));
    }
    for (const m of Object.keys(loss.MEDIUM_LOSS_DB_PER_MM) as loss.ChannelMedium[]) {
      expect(loss.mediumLossDbPerMm(m, '224G')).toBeGreaterThan(loss.mediumLossDbPerMm(m, '112G'));
    }
    expect(loss.crossingLossDb('hybrid-bond', '112G')).toBeLessThan(
      loss.crossingLossDb('microbump', '112G'),
    );
  });

  it('interpolates loss through both anchors and rises with frequency', () => {
    for (const e of [
      ...Object.values(loss.MEDIUM_LOSS_DB_PER_MM),
      ...Object.values(loss.CROSSING_LOSS_DB),
    ]) {
      expect(loss.lossAtGhz(e, 26.5625)).toBeCloseTo(e.lossDb['112G'], 12);
      expect(loss.lossAtGhz(e, 53.125)).toBeCloseTo(e.lossDb['224G'], 12);
      expect(loss.lossAtGhz(e, 40)).toBeGreaterThan(e.lossDb['112G']);
      expect(loss.lossAtGhz(e, 40)).toBeLessThan(e.lossDb['224G']);
      expect(loss.lossAtGhz(e, 0)).toBe(0);
    }
    // Pure dielectric loss: the PCB anchors double with frequency, so L = b·f.
    expect(loss.lossAtGhz(loss.MEDIUM_LOSS_DB_PER_MM.pcb, 13.28125)).toBeCloseTo(0.0225, 12);
  });

  it('orders budgets XSR < XSR+ < VSR < MR < LR and never gives LPO more than VSR', () => {
    for (const rc of sourced.RATE_CLASSES) {
      const b = (r: budget.ReachClass) => budget.reachBudgetDb(rc, r);
      expect(b('XSR')).toBeLessThan(b('XSR+'));
      expect(b('XSR+')).toBeLessThan(b('VSR'));
      expect(b('VSR')).toBeLessThan(b('MR'));
      expect(b('MR')).toBeLessThan(b('LR'));
      expect(budget.linkBudgetDb(rc, 'VSR', true)).toBeLessThanOrEqual(
        budget.linkBudgetDb(rc, 'VSR', false),
      );
    }
    expect(budget.reachBudgetDb('112G', 'XSR')).toBe(10);
    expect(budget.reachBudgetDb('112G', 'XSR+')).toBe(13);
    expect(budget.linkBudgetDb('112G', 'MR', true)).toBe(16); // LPO host budget, whatever the class
  });

  it('raises host SerDes energy with reach class, XSR+ linear in budget between XSR and VSR', () => {
    const classes: budget.ReachClass[] = ['XSR', 'XSR+', 'VSR', 'MR', 'LR'];
    for (const rc of sourced.RATE_CLASSES) {
      const e = classes.map((c) => power.HOST_SERDES_PJ_PER_BIT[rc][c].pjPerBit);
      for (let i = 1; i < e.length; i++) expect(e[i]).toBeGreaterThan(e[i - 1]!);
    }
    // 112G: 1.0 + (13 − 10) / (16 − 10) × (2.5 − 1.0); 224G: 1.2 + (13 − 10) / (18 − 10) × 1.8.
    expect(power.HOST_SERDES_PJ_PER_BIT['112G']['XSR+'].pjPerBit).toBeCloseTo(1.75, 12);
    expect(power.HOST_SERDES_PJ_PER_BIT['224G']['XSR+'].pjPerBit).toBeCloseTo(1.875, 12);
  });

  it('gives ~6.1 ps/mm on board and ~4.9 ps/mm in fiber', () => {
    expect(propagation.mediumDelayPsPerMm('pcb')).toBeCloseTo(Math.sqrt(3.4) / 0.299792458, 12);
    expect(propagation.mediumDelayPsPerMm('pcb')).toBeGreaterThan(6);
    expect(propagation.mediumDelayPsPerMm('pcb')).toBeLessThan(6.7);
    expect(propagation.fiberDelayPsPerMm()).toBeCloseTo(4.896, 3);
  });

  it('converts line to payload rate and laser optics to pJ/bit', () => {
    expect(power.payloadRateGbps(106.25)).toBe(100);
    expect(power.payloadRateGbps(212.5)).toBe(200);
    const els = laser.EXTERNAL_LASER;
    expect(
      laser.laserPjPerBit(
        els.opticalPowerMwPerLane,
        els.wallPlugEfficiency,
        els.payloadGbpsPerLane,
      ),
    ).toBeCloseTo(power.ENERGY_PROFILES['external-laser'].laserPjPerBit ?? Number.NaN, 12);
    const il = laser.INTEGRATED_LASER;
    expect(
      laser.laserPjPerBit(il.opticalPowerMwPerLane, il.wallPlugEfficiency, il.payloadGbpsPerLane),
    ).toBeCloseTo(power.ENERGY_PROFILES['dsp-module-112g'].laserPjPerBit ?? Number.NaN, 12);
    // An external source pays less per bit than an integrated one: that is why CPO moves it out.
    expect(els.wallPlugEfficiency).toBeGreaterThan(il.wallPlugEfficiency);
    expect(() => laser.laserPjPerBit(10, 0, 100)).toThrow(RangeError);
  });

  it('keeps the published comparisons: LPO saves 30–50 %, CPO optics 5–10 pJ/bit', () => {
    const dsp = power.profilePjPerBit(power.ENERGY_PROFILES['dsp-module-112g']);
    const lpo = power.profilePjPerBit(power.ENERGY_PROFILES['lpo-module-112g']);
    const cpo =
      power.profilePjPerBit(power.ENERGY_PROFILES['linear-optical-engine']) +
      power.profilePjPerBit(power.ENERGY_PROFILES['external-laser']);
    expect(dsp * 0.8).toBeCloseTo(15, 9); // 15 W per 800G
    expect(1 - lpo / dsp).toBeGreaterThanOrEqual(0.3);
    expect(1 - lpo / dsp).toBeLessThanOrEqual(0.5);
    expect(cpo).toBeGreaterThanOrEqual(5);
    expect(cpo).toBeLessThanOrEqual(10);
    expect(cpo * 0.8).toBeCloseTo(5.5, 9); // 5.5 W per 800G
  });

  it('has latency, bend radius and thermal lookups with the expected values', () => {
    expect(latency.latencyNs('module-dsp') * 2).toBe(100);
    expect(fiber.minBendRadiusMm('G.657.A2')).toBe(7.5);
    expect(fiber.minBendRadiusMm('G.652.D')).toBeGreaterThan(fiber.minBendRadiusMm('G.657.B3'));
    expect(thermal.ringDriftNm(35)).toBeCloseTo(0.8, 12);
    expect(thermal.htcFromResistance(0.04, 3600)).toBeCloseTo(1 / (0.04 * 0.0036), 6);
    expect(thermal.HTC_W_M2K['natural-air'].value).toBeLessThan(
      thermal.HTC_W_M2K['forced-air'].value,
    );
  });
});
