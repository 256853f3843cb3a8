/**
 * Electrical path inside a linear (LPO) pluggable module that the host SerDes must equalise.
 *
 * A DSP module retimes at its edge: the DSP sits just behind the edge fingers, so the host
 * channel ends at the DSP input (the `module-edge-connector` crossing of channelLoss covers
 * the fingers and that short trace). A linear module has no retimer: the host SerDes drives
 * through the module's paddle card to the linear driver beside the optical sub-assembly, and
 * receives from the TIA there, so that trace is part of the host's channel. Its loss is this
 * length at the board medium's loss per mm (channelLoss `pcb`: module paddle cards use the
 * same low-loss laminate class as the host board). Sources: docs/DATA-SOURCES.md.
 */
import type { ChannelMedium } from './channelLoss';
import type { Sourced } from './sourced';

/** The module-internal trace of a linear module: length and medium. */
export interface ModulePath extends Sourced {
  readonly lengthMm: number;
  readonly medium: ChannelMedium;
}

/** Paddle-card trace from the edge fingers to the linear driver / TIA of an LPO module. */
export const LINEAR_MODULE_PATH: ModulePath = {
  lengthMm: 30,
  medium: 'pcb',
  sourceId: 'lightpath-estimate',
  assumption:
    'OSFP module 107.8 mm long; driver/TIA beside the optics in the front half, DSP site just behind the fingers: ~30 mm between them',
};
