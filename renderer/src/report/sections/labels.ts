/** Readable names the report prints for enumerated values of the document. */
import type { Architecture } from '../../model/schema';

/** Architecture names as the industry writes them. */
export const ARCHITECTURE_LABELS: Readonly<Record<Architecture, string>> = {
  'dsp-pluggable': 'DSP pluggable optics',
  lpo: 'Linear pluggable optics (LPO)',
  npo: 'Near-packaged optics (NPO)',
  'cpo-a': 'Co-packaged optics, Type A (OE on substrate)',
  'cpo-b': 'Co-packaged optics, Type B (OE on 2.5D interposer)',
  'cpo-c': 'Co-packaged optics, Type C (3D stacked OE)',
};

/** Short architecture names for table headers. */
export const ARCHITECTURE_SHORT: Readonly<Record<Architecture, string>> = {
  'dsp-pluggable': 'DSP pluggable',
  lpo: 'LPO',
  npo: 'NPO',
  'cpo-a': 'CPO Type A',
  'cpo-b': 'CPO Type B',
  'cpo-c': 'CPO Type C',
};
