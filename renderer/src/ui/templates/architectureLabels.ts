/** Display names of the architectures, in comparison order (pluggable baseline first). */
import type { Architecture } from '../../model/schema';

export const ARCHITECTURE_LABELS: Readonly<Record<Architecture, string>> = {
  'dsp-pluggable': 'DSP pluggable',
  lpo: 'LPO',
  npo: 'NPO',
  'cpo-a': 'CPO Type A',
  'cpo-b': 'CPO Type B',
  'cpo-c': 'CPO Type C',
};

/** The architectures in that order. */
export const ARCHITECTURES = Object.keys(ARCHITECTURE_LABELS) as Architecture[];
