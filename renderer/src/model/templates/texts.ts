/**
 * Paragraphs the generated descriptions share: the laser sources and fibers, the row
 * counts, the reach classes named the way OIF names them.
 */
import { rateClassLabel } from './laneRates';
import { dataFibersPerEngine, enginesPerLaser, laserFibersPerEngine } from './engines';
import type { TemplateContext } from './templateContext';
import { listAnd, listComma, numberWord } from './words';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** "third" for 3 (digits and "th" beyond eight). */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** "three rows (6, 6 and 4)" or, with `comma`, "three rows (6, 6, 4)". */
export function rowsText(counts: readonly number[], comma = false): string {
  const list = comma ? listComma(counts) : listAnd(counts);
  return `${numberWord(counts.length)} row${counts.length === 1 ? '' : 's'} (${list})`;
}

/** "CEI-112G-XSR" and the like, for the design's lane rate. */
export function ceiName(ctx: TemplateContext, reach: string): string {
  return `CEI-${rateClassLabel(ctx.params.laneRateGbps)}-${reach}`;
}

/** "switch" or "GPU". */
export function xpuWord(ctx: TemplateContext): string {
  return ctx.params.xpu.kind === 'switch' ? 'switch' : 'GPU';
}

/** "an 800G", "a 1.6T". */
export function withArticle(label: string): string {
  return `${/^(8|11|18)/.test(label) ? 'an' : 'a'} ${label}`;
}

/** The light paragraph of NPO and CPO: laser sources, feeds and data ribbons. */
export function lightParagraph(ctx: TemplateContext, lasers: number): string {
  return `Light: ${lasers} external laser sources (els-16ch) in front-panel cages, each feeding ${numberWord(enginesPerLaser(ctx))} engines over ${laserFibersPerEngine(ctx)}-fiber feeds (one laser lane split 1:2 per two modulators, an assumption); data leaves each engine on a ${dataFibersPerEngine(ctx)}-fiber G.657.A2 ribbon (bend radius 7.5 mm) to the faceplate.`;
}
