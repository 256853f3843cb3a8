/**
 * Which mesh the studio's live thermal solve uses, and whether it also solves the
 * xPU → optics couplings. The user picks coarse, normal or fine (metrics panel / toolbar);
 * "auto", the default, picks normal for ordinary designs and coarse for big ones.
 *
 * Why the thresholds (measured on the project machine, 2 cores, Node 20; docs/MODELS.md
 * "Thermal in the studio"): the six 97-part examples solve in 0.2–0.5 s coarse and
 * 1.0–2.5 s normal with couplings, which is fine in the background; the 2,080-part stress
 * design solves coarse in 0.2 s, but its couplings (32 switches × 2,048 optical parts) take
 * 30 s, so big designs skip them.
 */
import type { Design } from '../model/schema';

/** A mesh preset of the thermal solver (engine/thermal/meshPresets.ts). */
export type ThermalPresetName = 'coarse' | 'normal' | 'fine';

/** What the user chose: a preset, or "auto" (normal; coarse for big designs). */
export type ThermalPresetChoice = 'auto' | ThermalPresetName;

/** The choices in the order the picker lists them. */
export const THERMAL_PRESET_CHOICES: readonly ThermalPresetChoice[] = [
  'auto',
  'coarse',
  'normal',
  'fine',
];

/** Designs with more components than this are "big": auto picks coarse, couplings are skipped. */
export const BIG_DESIGN_COMPONENTS = 400;

/** True when `value` names a preset choice (a guard at the worker boundary). */
export function isThermalPresetChoice(value: unknown): value is ThermalPresetChoice {
  return THERMAL_PRESET_CHOICES.includes(value as ThermalPresetChoice);
}

/** The preset a choice resolves to for `doc`. */
export function resolveThermalPreset(choice: ThermalPresetChoice, doc: Design): ThermalPresetName {
  if (choice !== 'auto') return choice;
  return doc.components.length > BIG_DESIGN_COMPONENTS ? 'coarse' : 'normal';
}

/** True when the live solve also computes the xPU → optics couplings for `doc`. */
export function wantsCouplings(doc: Design): boolean {
  return doc.components.length <= BIG_DESIGN_COMPONENTS;
}
