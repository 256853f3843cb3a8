/**
 * Rule "temp-limit": a part runs above its temperature limit (error) or within the design's
 * tempMarginWarnC of it (warning). The limit is the thermal result's, else the component's
 * override, else its part's `tempLimitC`. Reads the thermal results (engine/thermal);
 * without them the rule finds nothing.
 */
import { mm } from './bodies';
import type { Finding, RuleContext } from './ruleTypes';

/** Finds parts over, or close to, their temperature limit. */
export function tempLimitRule(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const result of ctx.thermal?.components ?? []) {
    const placed = ctx.layout.components.get(result.id);
    if (!placed || !Number.isFinite(result.maxC)) continue;
    const limitC =
      typeof result.limitC === 'number'
        ? result.limitC
        : (placed.component.overrides?.tempLimitC ?? placed.part.tempLimitC);
    const marginC = limitC - result.maxC;
    const isOver = marginC < 0;
    if (!isOver && marginC >= ctx.config.tempMarginWarnC) continue;
    findings.push({
      rule: 'temp-limit',
      severity: isOver ? 'error' : 'warning',
      message: isOver
        ? `${result.id} reaches ${mm(result.maxC)} °C, ${mm(-marginC)} K over its ` +
          `${mm(limitC)} °C limit`
        : `${result.id} reaches ${mm(result.maxC)} °C, only ${mm(marginC)} K under its ` +
          `${mm(limitC)} °C limit`,
      components: [result.id],
      location: { ...placed.component.positionMm, z: placed.z.topMm },
    });
  }
  return findings;
}
