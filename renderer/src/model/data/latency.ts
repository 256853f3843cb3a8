/**
 * Latency added by the functions on a link, ns. Propagation is separate (propagation.ts).
 * Sources: docs/DATA-SOURCES.md.
 */
import type { Sourced } from './sourced';

/** A latency figure, ns, with its source. */
export interface LatencyEntry extends Sourced {
  readonly latencyNs: number;
}

/** Function blocks that add latency. */
export type LatencyFunction = 'host-serdes' | 'module-dsp' | 'retimer' | 'fec-rs544';

/** Latency of each function, ns. */
export const LATENCY_NS: Readonly<Record<LatencyFunction, LatencyEntry>> = {
  'host-serdes': {
    latencyNs: 10,
    sourceId: 'lightpath-estimate',
    assumption: 'one host SerDes Tx + Rx pair (serialiser, ADC, FFE/DFE pipeline)',
  },
  'module-dsp': {
    latencyNs: 50,
    sourceId: 'dsp-latency-bailly',
    assumption: 'one DSP module (both directions retimed); a link has two, 100 ns together',
  },
  retimer: {
    latencyNs: 20,
    sourceId: 'lightpath-estimate',
    assumption: 'stand-alone retimer: one side of a module DSP, without gearbox',
  },
  'fec-rs544': {
    latencyNs: 100,
    sourceId: 'lightpath-data-md',
    assumption: 'RS(544,514) encode + decode at the host, once per link end to end',
  },
};

/** Latency of a function, ns. */
export function latencyNs(fn: LatencyFunction): number {
  return LATENCY_NS[fn].latencyNs;
}
