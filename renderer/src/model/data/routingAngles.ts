/**
 * Which trace media may turn at 45° (octilinear routing) rather than only at 90°. Used by the
 * router's corner smoothing (engine/routing/chamfer.ts). Added by the engine work (issue 3);
 * sources resolve in docs/DATA-SOURCES.md.
 */
import type { ChannelMedium } from './channelLoss';
import type { Sourced } from './sourced';

/** Whether a medium's traces may run at 45°. */
export interface AngleEntry extends Sourced {
  readonly allows45: boolean;
}

/** 45° routing per medium. */
export const ROUTING_45: Readonly<Record<ChannelMedium, AngleEntry>> = {
  pcb: {
    allows45: true,
    sourceId: 'lightpath-convention',
    assumption: 'board routers mitre corners at 45°; 90° corners are avoided on high-speed pairs',
  },
  substrate: {
    allows45: true,
    sourceId: 'lightpath-convention',
    assumption: 'package substrate build-up layers are routed octilinear like boards',
  },
  interposer: {
    allows45: true,
    sourceId: 'lightpath-convention',
    assumption: 'interposer RDL design rules allow 45° segments',
  },
  'fanout-rdl': {
    allows45: true,
    sourceId: 'lightpath-convention',
    assumption: 'fan-out RDL is routed octilinear',
  },
  vertical: {
    allows45: false,
    sourceId: 'lightpath-convention',
    assumption: 'vertical interconnect runs straight up: no planar turns',
  },
};

/** True when traces on the medium may turn at 45°. */
export function allows45(medium: ChannelMedium): boolean {
  return ROUTING_45[medium].allows45;
}
