/**
 * The design-rule checker: runs every rule not disabled for the design and returns the
 * findings in a stable order (severity, rule, parts, message). Pure: the same document,
 * library, results and config give the same findings.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Design, RulesConfig } from '../../model/schema';
import { buildLayout, type Layout } from '../geometry/layout';
import { channelBudgetRule } from './channelBudgetRule';
import { fiberBendRule } from './fiberBendRule';
import { keepOutRule } from './keepOutRule';
import { minSpacingRule } from './minSpacingRule';
import { oeDistanceRule } from './oeDistanceRule';
import { offCarrierRule } from './offCarrierRule';
import { overlapRule } from './overlapRule';
import { resolveRulesConfig } from './ruleConfig';
import type { ElectricalInput, Finding, Rule, RuleId, Severity, ThermalInput } from './ruleTypes';
import { RULE_IDS } from './ruleTypes';
import { shorelineRule } from './shorelineRule';
import { tempLimitRule } from './tempLimitRule';

/** Every rule by id. */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  overlap: overlapRule,
  'off-carrier': offCarrierRule,
  'min-spacing': minSpacingRule,
  'keep-out': keepOutRule,
  'fiber-bend': fiberBendRule,
  'oe-distance': oeDistanceRule,
  shoreline: shorelineRule,
  'channel-budget': channelBudgetRule,
  'temp-limit': tempLimitRule,
};

/** Optional inputs of a check. */
export interface CheckRulesOptions {
  readonly electrical?: ElectricalInput;
  readonly thermal?: ThermalInput;
  /** Replaces the design's own `rules` thresholds key by key. */
  readonly config?: RulesConfig;
  /** A layout already built for this document and library (saves rebuilding it). */
  readonly layout?: Layout;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function compareFindings(a: Finding, b: Finding): number {
  const keyA = [RULE_IDS.indexOf(a.rule), a.components.join(','), a.message] as const;
  const keyB = [RULE_IDS.indexOf(b.rule), b.components.join(','), b.message] as const;
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (keyA[0] !== keyB[0]) return keyA[0] - keyB[0];
  if (keyA[1] !== keyB[1]) return keyA[1] < keyB[1] ? -1 : 1;
  return keyA[2] < keyB[2] ? -1 : keyA[2] > keyB[2] ? 1 : 0;
}

/** Checks `doc` against every enabled rule; returns the findings, errors first. */
export function checkRules(
  doc: Design,
  partLibrary: PartLibrary,
  options: CheckRulesOptions = {},
): Finding[] {
  const library = designParts(doc, partLibrary);
  const config = resolveRulesConfig(doc.rules, options.config);
  const ctx = {
    doc,
    library,
    layout: options.layout ?? buildLayout(doc, library),
    config,
    ...(options.electrical ? { electrical: options.electrical } : {}),
    ...(options.thermal ? { thermal: options.thermal } : {}),
  };
  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    if (!config.disabled.has(id)) findings.push(...RULES[id](ctx));
  }
  return findings.sort(compareFindings);
}
