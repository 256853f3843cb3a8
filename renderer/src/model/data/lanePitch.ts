/**
 * Centre-to-centre pitch of adjacent lanes (differential pairs) routed side by side in a
 * bundle, mm, by medium. Used by the lane-bundle skew model (engine/routing/laneBundle).
 *
 * Derivation (one rule for every medium): a pair takes two lines of width W with a gap W
 * between them (edge-coupled, 3W wide) and keeps at least 3W to the next pair (the common
 * "pairs separated by ≥ 3 × trace width" routing rule, e.g. TI high-speed layout guidelines),
 * so the pitch is 6W. W per medium is the line width assumed for its loss in channelLoss.ts.
 * Added by the engine work (issue 3); sources resolve in docs/DATA-SOURCES.md.
 */
import type { ChannelMedium } from './channelLoss';
import type { Sourced } from './sourced';

/** A lane pitch, mm, with its source. */
export interface PitchEntry extends Sourced {
  readonly pitchMm: number;
}

/** Lane pitch of a bundle on each medium, mm (6 × line width). */
export const LANE_PITCH_MM: Readonly<Record<ChannelMedium, PitchEntry>> = {
  pcb: {
    pitchMm: 0.6,
    sourceId: 'lightpath-estimate',
    assumption: '6 × 100 µm stripline width (channelLoss pcb row)',
  },
  substrate: {
    pitchMm: 0.12,
    sourceId: 'lightpath-estimate',
    assumption: '6 × 20 µm ABF build-up line width (channelLoss substrate row: 15–25 µm)',
  },
  interposer: {
    pitchMm: 0.012,
    sourceId: 'lightpath-estimate',
    assumption: '6 × 2 µm CoWoS-class RDL line width (channelLoss interposer row)',
  },
  'fanout-rdl': {
    pitchMm: 0.03,
    sourceId: 'lightpath-estimate',
    assumption: '6 × 5 µm fan-out RDL line width (channelLoss fanout-rdl row)',
  },
  vertical: {
    pitchMm: 0,
    sourceId: 'lightpath-convention',
    assumption: 'vertical interconnect runs straight up: no turns, no bundle skew',
  },
};

/** Lane pitch of a medium, mm. */
export function lanePitchMm(medium: ChannelMedium): number {
  return LANE_PITCH_MM[medium].pitchMm;
}
