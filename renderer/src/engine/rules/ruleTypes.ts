/**
 * Types of the design-rule checker (engine/rules): rule ids, findings, and the optional
 * analysis results some rules read. The result shapes are the few fields the rules need
 * (the CLI's `links[]` and `thermal.components[]`), so any richer result object fits.
 */
import type { PartLibrary } from '../../model/partSchema';
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { Point3Mm } from '../geometry/rect';
import type { ResolvedRulesConfig } from './ruleConfig';

/** Every rule the checker runs, in report order. */
export const RULE_IDS = [
  'overlap',
  'off-carrier',
  'min-spacing',
  'keep-out',
  'fiber-bend',
  'oe-distance',
  'shoreline',
  'channel-budget',
  'temp-limit',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a design, with where to show it. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** One sentence with the measured value and the threshold, units included. */
  readonly message: string;
  /** Ids of the components (or carriers) involved, for selection; sorted. */
  readonly components: readonly string[];
  /** Where the 3D marker goes, global mm. */
  readonly location: Point3Mm;
}

/** Per-link channel result (engine/channel); marginDb absent or null when unroutable. */
export interface LinkBudgetInput {
  readonly id: string;
  readonly marginDb?: number | null;
  readonly lossDb?: number | null;
  readonly budgetDb?: number | null;
  /** Routed electrical length, mm. */
  readonly lengthMm?: number | null;
}

/** The electrical results the rules read. */
export interface ElectricalInput {
  readonly links: readonly LinkBudgetInput[];
}

/** Per-component thermal result (engine/thermal). */
export interface ComponentTempInput {
  readonly id: string;
  readonly maxC: number;
  readonly limitC?: number | null;
}

/** The thermal results the rules read. */
export interface ThermalInput {
  readonly components: readonly ComponentTempInput[];
}

/** Everything a rule reads; built once per check. */
export interface RuleContext {
  readonly doc: Design;
  readonly library: PartLibrary;
  readonly layout: Layout;
  readonly config: ResolvedRulesConfig;
  readonly electrical?: ElectricalInput;
  readonly thermal?: ThermalInput;
}

/** A rule: a pure function from the context to its findings. */
export type Rule = (ctx: RuleContext) => Finding[];
