/**
 * Microring tuning: heater efficiency and rings per lane, for the heater power that holds
 * each ring on its laser line as the engine's temperature moves it (drift in thermal.ts).
 * Sources: docs/DATA-SOURCES.md.
 */
import type { Sourced } from './sourced';

/** A value with its unit in the field name, and its source. */
export interface RingTuningEntry extends Sourced {
  readonly value: number;
}

/**
 * Heater power per nm of resonance shift, mW/nm: a submicrometre metal heater on a silicon
 * nanowire ring tuned ≈ 20 nm with ≈ 5 mW (0.25 mW/nm).
 */
export const RING_HEATER_MW_PER_NM: RingTuningEntry = {
  value: 5 / 20,
  sourceId: 'dai-2008-ring-heater',
  assumption:
    'integrated heater at the efficiency of the cited design (simulation); a practical doped or metal heater may need 2–4× more',
};

/**
 * Microrings per optical lane that must be held on the laser line: one ring modulator per
 * transmit lane; a parallel-fiber (DR-style) receiver needs no ring filter.
 */
export const RINGS_PER_LANE: RingTuningEntry = {
  value: 1,
  sourceId: 'lightpath-estimate',
  assumption: 'one ring modulator per lane, parallel single-mode fiber (no WDM demux rings)',
};
