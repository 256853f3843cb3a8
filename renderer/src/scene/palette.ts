/**
 * Colours of the 3D scene: components by part category, carrier layers by material.
 * Chosen for a dark background: mid-lightness, distinct hues, no pure primaries.
 */
import type { Severity } from '../engine/rules/ruleTypes';
import type { PartCategory } from '../model/partSchema';

/** Body colour of a component, by part category. */
export const CATEGORY_COLORS: Record<PartCategory | 'unknown', string> = {
  xpu: '#5b7fbf',
  hbm: '#3f9e94',
  'optical-engine': '#e0a040',
  'laser-source': '#d2604f',
  'fiber-interface': '#4fb8d8',
  cage: '#8b93a1',
  'pluggable-module': '#9a7ccf',
  retimer: '#6aae5c',
  die: '#6f8fc8',
  passive: '#8c9a78',
  stiffener: '#9c927f',
  lid: '#c79a5e',
  mechanical: '#8a939e',
  unknown: '#c05fa0',
};

/** Human-readable category names for the outline and legend. */
export const CATEGORY_LABELS: Record<PartCategory | 'unknown', string> = {
  xpu: 'xPU',
  hbm: 'HBM',
  'optical-engine': 'Optical engines',
  'laser-source': 'Laser sources',
  'fiber-interface': 'Fiber interfaces',
  cage: 'Cages',
  'pluggable-module': 'Pluggable modules',
  retimer: 'Retimers',
  die: 'Dies',
  passive: 'Passive blocks',
  stiffener: 'Stiffeners',
  lid: 'Lids',
  mechanical: 'Mechanical parts',
  unknown: 'Unknown parts',
};

/** Colour of the selection outline. */
export const SELECTION_COLOR = '#ffffff';

/** Parts that overlap another part while dragging. */
export const COLLISION_COLOR = '#ff3b3b';

/** Snap target marker and connect-tool port markers. */
export const SNAP_COLOR = '#ffe066';

/** Fill colour selected parts blend towards (the UI accent, lightened). */
export const SELECTED_FILL_COLOR = '#8fd0ff';

const MATERIAL_COLORS: ReadonlyArray<[RegExp, string]> = [
  [/copper|cu\b/i, '#9c6b4a'],
  [/silicon|^si$|interposer/i, '#6e7a8a'],
  [/glass/i, '#7fa3a8'],
  [/abf|build/i, '#55603f'],
  [/core|bt\b/i, '#4d5a3c'],
  [/megtron|fr-?4|laminate|pcb|tachyon|isola/i, '#2f5a3f'],
  [/mold|epoxy|emc/i, '#3b3f46'],
  [/solder|bump|underfill/i, '#8c8f94'],
];

/** Slab colour of a carrier layer, by its material key. */
export function materialColor(material: string): string {
  for (const [pattern, color] of MATERIAL_COLORS) if (pattern.test(material)) return color;
  return '#4a5563';
}

/** Fiber routes: the yellow of single-mode fiber jackets (TIA-598 colour code). */
export const FIBER_COLOR = '#d8c75a';

/** Keep-out areas. */
export const KEEP_OUT_COLOR = '#f2557a';

/**
 * Rule finding markers, by severity: red errors, amber warnings, blue notes. Bright enough to
 * read over any part colour above, and apart from them (the laser source's red and the
 * optical engine's amber differ by more than 40 in some channel).
 */
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: '#ff4040',
  warning: '#ffb000',
  info: '#3d9bff',
};
