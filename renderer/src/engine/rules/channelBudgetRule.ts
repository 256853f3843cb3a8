/**
 * Rule "channel-budget": a link's insertion loss exceeds the budget of its SerDes class
 * (error, margin < 0) or leaves less margin than the design's channelMarginWarnDb (warning).
 * Reads the electrical results (engine/channel); without them the rule finds nothing.
 */
import { mm } from './bodies';
import { midpoint, portLocation } from './portLocation';
import type { Finding, RuleContext } from './ruleTypes';

/** Finds links failing, or nearly failing, their channel budget. */
export function channelBudgetRule(ctx: RuleContext): Finding[] {
  const links = new Map(ctx.doc.links.map((l) => [l.id, l]));
  const findings: Finding[] = [];
  for (const result of ctx.electrical?.links ?? []) {
    const margin = result.marginDb;
    const link = links.get(result.id);
    if (typeof margin !== 'number' || !Number.isFinite(margin) || !link) continue;
    const isFail = margin < 0;
    if (!isFail && margin >= ctx.config.channelMarginWarnDb) continue;
    const a = portLocation(ctx.layout, link.from);
    const b = portLocation(ctx.layout, link.to);
    const loss =
      typeof result.lossDb === 'number' && typeof result.budgetDb === 'number'
        ? `loss ${mm(result.lossDb)} dB against a ${mm(result.budgetDb)} dB budget, `
        : '';
    findings.push({
      rule: 'channel-budget',
      severity: isFail ? 'error' : 'warning',
      message: isFail
        ? `link ${link.id} fails its ${link.serdesClass} budget: ${loss}margin ${mm(margin)} dB`
        : `link ${link.id} has ${mm(margin)} dB margin (${loss}warning below ` +
          `${mm(ctx.config.channelMarginWarnDb)} dB)`,
      components: [...new Set([link.from.componentId, link.to.componentId])].sort(),
      location: a && b ? midpoint(a, b) : (a ?? b ?? { x: 0, y: 0, z: 0 }),
    });
  }
  return findings;
}
