/**
 * Colours of carrier-layer regions by kind, shared by the 3D view (scene/RegionBoxes.tsx) and
 * the Stack-up panel's cross-section: saturated enough to stand out from the layer bands.
 */
import type { RegionKind } from '../model/schema';

/** Fill colour of a region, by kind. */
export const REGION_KIND_COLORS: Readonly<Record<RegionKind, string>> = {
  die: '#4f86e8',
  'copper-coin': '#e08a3c',
  'tsv-field': '#b06ad8',
  cavity: '#5fd0c8',
  other: '#d8d05a',
};
