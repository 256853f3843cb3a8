/**
 * How a channel margin is shown: green when the link clears its budget by at least
 * MARGIN_TIGHT_DB, amber when it passes with less, red when it fails, grey when there is
 * no figure (no route or no budget). The 3 dB threshold is a studio convention for
 * "comfortable" margin, not a standard's number.
 */

/** Margin below which a passing link is shown as tight, dB. */
export const MARGIN_TIGHT_DB = 3;

/** Display class of a margin. */
export type MarginClass = 'pass' | 'tight' | 'fail' | 'none';

/** Classifies a margin in dB (null: no route or no budget). */
export function marginClass(marginDb: number | null): MarginClass {
  if (marginDb === null || !Number.isFinite(marginDb)) return 'none';
  if (marginDb < 0) return 'fail';
  return marginDb < MARGIN_TIGHT_DB ? 'tight' : 'pass';
}

/** Colours of the classes (the studio theme's ok / warn / danger, and a neutral grey). */
export const MARGIN_COLOURS: Readonly<Record<MarginClass, string>> = {
  pass: '#6aae5c',
  tight: '#e0a040',
  fail: '#e5675a',
  none: '#7a828e',
};
