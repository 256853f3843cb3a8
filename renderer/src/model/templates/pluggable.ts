/**
 * DSP-pluggable baseline and LPO: the xPU in the middle of the board, OSFP cages at the
 * front, one host link per port over long board traces through the host connector. The two
 * differ only in the module (with and without DSP).
 */
import type { Design } from '../schema';
import { packageSubstrate } from './carriers';
import { cagedModules, frontPanelSink, panelShape } from './frontPanel';
import { envelope } from './placement';
import { xpuPortsOn, portsInPerimeterOrder } from './portAssignment';
import {
  boardKeepOuts,
  coldPlate,
  laneTotal,
  manhattanRangeMm,
  vrmComment,
  xpuComponent,
  xpuLink,
} from './shared';
import {
  AMBIENT_C,
  COLD_PLATE_K_PER_W,
  COLUMNS,
  COMMENT_TIME,
  COOLANT_C,
  MODULE_HEATSINK_K_PER_W,
  MODULE_OVERHANG_MM,
  PLUGGABLE_XPU_CENTRE,
} from './templateConstants';
import { xpuHalf, type TemplateContext } from './templateContext';
import { ceiName, withArticle, xpuWord } from './texts';
import { numberWord, portSpeedLabel } from './words';

/**
 * y of the package's front edge: 40 mm behind the cages' host connectors for a full-width
 * panel (PLUGGABLE_XPU_CENTRE); 25 mm for a narrower panel, whose cages all sit in front of
 * the package, so the traces fan straight back (lightpath-estimate: BGA escape and
 * decoupling need about 20 mm).
 */
function packageFrontY(ctx: TemplateContext): number {
  const fullWidth = panelShape(ctx.portCount).columns === COLUMNS;
  return PLUGGABLE_XPU_CENTRE.y - 40 - (fullWidth ? 0 : 15);
}

function descriptionOf(ctx: TemplateContext, doc: Design, lpo: boolean): string {
  const { columns, levels } = panelShape(ctx.portCount);
  const [minMm, maxMm] = manhattanRangeMm(ctx, doc);
  const port = portSpeedLabel(ctx.portGbps);
  const overhang = `${MODULE_OVERHANG_MM} mm`;
  const belly =
    levels === 4
      ? 'real boxes mount two 2×1 stacked cages belly-to-belly'
      : 'real boxes mount stacked cages belly-to-belly';
  return [
    lpo
      ? `Linear pluggable optics (LPO): the DSP baseline with every module swapped for ${withArticle(port)} LPO module (${ctx.module.id}, no DSP, linear drivers/TIAs). Placement and host channels are identical, so the host SerDes must equalise the whole channel on its own.`
      : `Baseline: front-panel OSFP ${port} DSP modules (${ctx.module.id}) that retime the signal, fed over long board traces.`,
    `Placement: the ${xpuWord(ctx)} package sits in the middle of a 440 × 430 mm 20-layer board; ${ctx.portCount} OSFP cages stand in ${levels} rows of ${columns} along the front edge (a 2RU-class faceplate). The studio stacks the ${numberWord(levels)} rows on the top side (each cage on the one below); ${belly}.`,
    `Links: one per port, ${doc.links.length} links × ${ctx.params.lanesPerPort} lanes = ${laneTotal(doc)} lanes of ${ctx.params.laneRateGbps} Gb/s PAM4, ${ceiName(ctx, 'VSR')} host class, from ${xpuWord(ctx)} port to module edge connector through the cage's host connector. ${xpuWord(ctx) === 'switch' ? 'Switch' : 'GPU'} ports are assigned to the front columns in perimeter order; port-to-port Manhattan distance in plan ${minMm}–${maxMm} mm (routed traces are at least this long).`,
    `The board outline starts at the modules' front: modules protrude ${overhang} ahead of the faceplate (y = ${overhang}).`,
    `Cooling: liquid cold plate on the ${xpuWord(ctx)}, ${COLD_PLATE_K_PER_W} K/W to ${COOLANT_C} °C coolant (data table, DATA.md 0.02–0.05 K/W); each module’s finned top ${MODULE_HEATSINK_K_PER_W} K/W to the ${AMBIENT_C} °C inlet air (fins at the forced-air coefficient, moduleFins.ts); 30 W/(m²·K) forced air elsewhere (estimate).`,
  ].join('\n\n');
}

/** Builds the DSP-pluggable (`lpo` false) or LPO (`lpo` true) design. */
export function pluggableDesign(ctx: TemplateContext, lpo: boolean): Design {
  const doc = envelope(
    ctx,
    lpo ? 'lpo' : 'dsp-pluggable',
    lpo ? 'LPO' : 'DSP pluggable (baseline)',
  );
  const half = xpuHalf(ctx);
  const centre = { x: PLUGGABLE_XPU_CENTRE.x, y: packageFrontY(ctx) + half.y };
  const panel = cagedModules(ctx, ctx.module.id, 'mod', ctx.portCount);
  const onSubstrate = ctx.carrierKind === 'substrate';
  if (onSubstrate) doc.carriers.push(packageSubstrate(centre, Math.max(half.x, half.y) + 8));
  doc.components.push(
    xpuComponent(ctx, onSubstrate ? 'pkg' : 'board', centre),
    ...panel.components,
  );
  const ports = portsInPerimeterOrder(ctx.xpu);
  panel.slots.forEach((slot, i) =>
    doc.links.push(xpuLink(ctx, ports[i]!, slot.moduleId, 'host', 'VSR')),
  );
  const big = Math.max(half.x, half.y);
  doc.keepOuts.push(...boardKeepOuts(big + 12, half.y + 20, centre));
  doc.cooling.boundaries.push(
    coldPlate(['sw']),
    frontPanelSink(
      'module-fins',
      panel.slots.map((s) => s.moduleId),
      MODULE_HEATSINK_K_PER_W,
      AMBIENT_C,
    ),
  );
  doc.meta.description = descriptionOf(ctx, doc, lpo);
  const north = xpuPortsOn(ctx.xpu, 'north');
  doc.comments.push(
    lpo
      ? {
          id: 'c-lpo-budget',
          author: 'Architecture review',
          createdAt: COMMENT_TIME,
          text: 'Without a module DSP the host SerDes sees the whole channel. Check the LPO host budget on the outer columns first: their traces are the longest.',
          status: 'open',
          anchor: { componentId: panel.slots[0]!.moduleId },
        }
      : {
          id: 'c-north-ports',
          author: 'Architecture review',
          createdAt: COMMENT_TIME,
          text: `Ports on the north edge (${north[0]!.id}–${north[north.length - 1]!.id}) must route around the package to reach the faceplate. Confirm their VSR margin before committing to board traces; flyover cables are the fallback.`,
          status: 'open',
          anchor: { componentId: 'sw' },
        },
    vrmComment(doc, COMMENT_TIME),
  );
  return doc;
}
