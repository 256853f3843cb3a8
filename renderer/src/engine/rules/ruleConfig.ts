/**
 * The thresholds a check runs with: the defaults of rulesData.ts, replaced by the design's
 * `rules` object, replaced in turn by the caller's config (e.g. a sweep).
 */
import type { RulesConfig } from '../../model/schema';
import { CHANNEL_MARGIN_WARN_DB, TEMP_MARGIN_WARN_C } from './rulesData';

/** Thresholds after merging; undefined means "use the per-kind default table". */
export interface ResolvedRulesConfig {
  readonly disabled: ReadonlySet<string>;
  readonly minSpacingMm: number | undefined;
  readonly lanePitchMm: number | undefined;
  readonly oeMaxDistanceMm: number | undefined;
  readonly channelMarginWarnDb: number;
  readonly tempMarginWarnC: number;
}

/** Merges defaults ← design rules ← caller config (later wins, key by key). */
export function resolveRulesConfig(
  design: RulesConfig | undefined,
  override: RulesConfig | undefined,
): ResolvedRulesConfig {
  const merged: RulesConfig = { ...design, ...override };
  return {
    disabled: new Set(merged.disabled ?? []),
    minSpacingMm: merged.minSpacingMm,
    lanePitchMm: merged.lanePitchMm,
    oeMaxDistanceMm: merged.oeMaxDistanceMm,
    channelMarginWarnDb: merged.channelMarginWarnDb ?? CHANNEL_MARGIN_WARN_DB,
    tempMarginWarnC: merged.tempMarginWarnC ?? TEMP_MARGIN_WARN_C,
  };
}
