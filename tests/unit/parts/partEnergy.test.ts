import { describe, expect, it } from 'vitest';
import {
  ENERGY_PROFILES,
  HOST_SERDES_PJ_PER_BIT,
  payloadRateGbps,
  profilePjPerBit,
  type EnergyProfileId,
} from '../../../renderer/src/model/data/power';
import { LATENCY_NS } from '../../../renderer/src/model/data/latency';
import { RING_DRIFT_NM_PER_K } from '../../../renderer/src/model/data/thermal';
import { rateClassOf } from '../../../renderer/src/model/data/sourced';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Part } from '../../../renderer/src/model/partSchema';

const library = defaultPartLibrary();
const part = (id: string): Part => {
  const p = library.get(id);
  if (!p) throw new Error(`missing part ${id}`);
  return p;
};

/** Which energy profile each powered optical/retiming part is built from. */
const PROFILE_OF: Record<string, EnergyProfileId> = {
  'module-osfp-800g-dsp': 'dsp-module-112g',
  'module-qsfpdd-800g-dsp': 'dsp-module-112g',
  'module-osfp-1t6-dsp': 'dsp-module-224g',
  'module-osfp-800g-lpo': 'lpo-module-112g',
  'oe-800g': 'linear-optical-engine',
  'oe-1t6': 'linear-optical-engine',
  'oe-3t2': 'linear-optical-engine',
  'els-16ch': 'external-laser',
  'retimer-112g': 'retimer-112g',
};

/** Payload Gb/s the part handles: its host/in/light port, lanes × payload lane rate. */
function payloadOf(p: Part): number {
  const port = p.ports.find((q) => ['host', 'in', 'light'].includes(q.id)) ?? p.ports[0];
  if (!port) throw new Error(`${p.id} has no ports`);
  return port.lanes * payloadRateGbps(port.laneRateGbps);
}

describe('part energies agree with the power tables', () => {
  it.each(Object.entries(PROFILE_OF))(
    '%s uses profile %s and its power is pJ/bit × payload',
    (id, profileId) => {
      const p = part(id);
      const profile = ENERGY_PROFILES[profileId];
      expect(p.energy.dspPjPerBit).toBe(profile.dspPjPerBit);
      expect(p.energy.driverTiaPjPerBit).toBe(profile.driverTiaPjPerBit);
      expect(p.energy.modulatorPjPerBit).toBe(profile.modulatorPjPerBit);
      expect(p.energy.laserPjPerBit).toBe(profile.laserPjPerBit);
      expect(p.powerW).toBeCloseTo((profilePjPerBit(profile) * payloadOf(p)) / 1000, 6);
    },
  );

  it('xPU SerDes energy equals the host SerDes table for its ports', () => {
    for (const p of [...library.values()].filter((q) => q.category === 'xpu')) {
      const port = p.ports[0]!;
      const rc = rateClassOf(port.laneRateGbps)!;
      expect(p.energy.serdesPjPerBit, p.id).toBe(
        HOST_SERDES_PJ_PER_BIT[rc][port.serdesClass!].pjPerBit,
      );
    }
  });

  it('latency and ring drift defaults match the tables', () => {
    for (const p of library.values()) {
      if (p.category === 'pluggable-module' && p.hasDsp)
        expect(p.latencyNs, p.id).toBe(LATENCY_NS['module-dsp'].latencyNs);
      if (p.category === 'retimer') expect(p.latencyNs, p.id).toBe(LATENCY_NS.retimer.latencyNs);
      if (p.category === 'optical-engine')
        expect(p.ringDriftNmPerK, p.id).toBe(RING_DRIFT_NM_PER_K.value);
    }
  });

  it('a DSP 800G module uses more than an LPO one, which uses more than an engine + laser share', () => {
    const perBit = (id: string) => part(id).powerW / payloadOf(part(id));
    const laserShare = part('els-16ch').powerW / payloadOf(part('els-16ch'));
    expect(perBit('module-osfp-800g-dsp')).toBeGreaterThan(perBit('module-osfp-800g-lpo'));
    expect(perBit('module-osfp-800g-lpo')).toBeGreaterThan(perBit('oe-800g') + laserShare);
  });
});
