/**
 * Co-packaged optics, three ways: Type A (engines on the organic package substrate), Type B
 * (engines on a wafer-level 2.5D interposer beside the xPU) and Type C (engines 3D-stacked on
 * the xPU). The xPU part models its own package; the carriers below it are the shared
 * substrate / interposer that the engines join.
 */
import type { Design } from '../schema';
import { rateClassOf } from '../data/sourced';
import { centredCarrier, packageSubstrate } from './carriers';
import { addEngines, engineLanes } from './engines';
import { envelope } from './placement';
import { ringSpecFor, towerPositions, towers } from './ringSpecs';
import {
  boardKeepOuts,
  coldPlate,
  laneTotal,
  manhattanRangeMm,
  vrmComment,
  xpuComponent,
} from './shared';
import { ringSlots, towerSlots } from './slots';
import { withTowerPorts } from './towerPorts';
import { fanOutRdlLayers, interposer3dLayers } from './stacks';
import {
  AMBIENT_C,
  COLD_PLATE_K_PER_W,
  COMMENT_TIME,
  COOLANT_C,
  MODULE_HEATSINK_K_PER_W,
  XPU_CENTRE,
} from './templateConstants';
import { xpuHalf, type TemplateContext } from './templateContext';
import { ceiName, lightParagraph, ordinal, rowsText, xpuWord } from './texts';
import { numberWord } from './words';

const bigHalf = (ctx: TemplateContext) => Math.max(xpuHalf(ctx).x, xpuHalf(ctx).y);
const perSide = (ctx: TemplateContext) => ctx.totalLanes / engineLanes(ctx) / 4;

/** The host reach classes of the links, e.g. "CEI-224G-XSR class (24 links), CEI-224G-XSR+ (8)". */
function classesText(ctx: TemplateContext, doc: Design): string {
  const counts = new Map<string, number>();
  for (const l of doc.links) counts.set(l.serdesClass, (counts.get(l.serdesClass) ?? 0) + 1);
  if (counts.size === 1) return `${ceiName(ctx, [...counts.keys()][0]!)} class`;
  return [...counts]
    .map(([c, n], i) => `${ceiName(ctx, c)}${i === 0 ? ' class' : ''} (${n} links)`)
    .join(', ');
}

function finish(
  ctx: TemplateContext,
  doc: Design,
  engines: string[],
  postOffsetMm: number,
  paragraphs: string[],
  comment: string,
): Design {
  doc.keepOuts.push(...boardKeepOuts(postOffsetMm, postOffsetMm + 6));
  const isStack = doc.meta.architecture === 'cpo-c';
  const [minMm, maxMm] = manhattanRangeMm(ctx, doc, isStack);
  const lasers = doc.components.filter((c) => c.partId === 'els-16ch').length;
  doc.meta.description = [
    ...paragraphs,
    `Links: one per ${xpuWord(ctx)} port, ${doc.links.length} links × ${ctx.params.lanesPerPort} lanes = ${laneTotal(doc)} lanes of ${ctx.params.laneRateGbps} Gb/s PAM4, ${classesText(ctx, doc)}; port-to-port Manhattan distance ${isStack ? 'with the vertical rise' : 'in plan'} ${minMm}–${maxMm} mm.`,
    lightParagraph(ctx, lasers),
    `Cooling: one liquid cold plate over the package (${xpuWord(ctx)} and engines), ${COLD_PLATE_K_PER_W} K/W to ${COOLANT_C} °C coolant (data table, DATA.md 0.02–0.05 K/W); laser sources ${MODULE_HEATSINK_K_PER_W} K/W each to the ${AMBIENT_C} °C inlet air (finned top at the forced-air coefficient, moduleFins.ts).`,
  ].join('\n\n');
  doc.comments.push(
    {
      id: 'c-package',
      author: 'Architecture review',
      createdAt: COMMENT_TIME,
      text: comment,
      status: 'open',
      anchor: { componentId: engines[0]! },
    },
    vrmComment(doc, COMMENT_TIME),
  );
  return doc;
}

/** CPO Type A: xPU and engines on one organic package substrate, rows from 6 mm beside the package edge. */
export function cpoADesign(ctx: TemplateContext): Design {
  const doc = envelope(ctx, 'cpo-a', 'CPO Type A');
  const oe = ctx.engine.sizeMm;
  const spec = ringSpecFor('cpo-a', xpuHalf(ctx), oe, perSide(ctx));
  const rows = spec.rowCounts.length;
  const half = bigHalf(ctx) + spec.gapMm + rows * spec.rowPitchMm + 4;
  doc.carriers.push(packageSubstrate(XPU_CENTRE, half));
  doc.components.push(xpuComponent(ctx, 'pkg'));
  const slots = ringSlots(XPU_CENTRE, xpuHalf(ctx), ctx.engine, spec);
  const engines = addEngines(ctx, doc, slots, {
    carrierId: 'pkg',
    isStacked: false,
    serdesClass: 'XSR',
  });
  doc.cooling.boundaries.push(coldPlate(['sw', ...engines]));
  const rearMm = spec.gapMm + (rows - 1) * spec.rowPitchMm + oe.x;
  const w = xpuWord(ctx);
  return finish(
    ctx,
    doc,
    engines,
    half + 8,
    [
      `CPO Type A: the optical engines are co-packaged on the same organic substrate as the ${w}, a few centimetres from it (≤ 10 cm), with external laser sources at the front so the lasers stay out of the package heat.`,
      `Placement: a ${2 * half} mm square ABF substrate on the board; ${engines.length} ${ctx.engine.id} engines in ${rowsText(spec.rowCounts, true)} beside each edge of the ${w}, ${spec.gapMm} mm from it and ${spec.rowPitchMm} mm row to row.`,
    ],
    `Engines in the ${ordinal(rows)} row sit about ${Math.round(rearMm / 10)} cm from the ${w} edge on substrate build-up: check their XSR margin, and whether a failed engine (whole-package swap) is acceptable for this product.`,
  );
}

/**
 * CPO Type B: engines on a wafer-level fan-out RDL interposer 1 mm beside the xPU. A 152 mm
 * carrier is far beyond a stitched silicon interposer (CoWoS-L class, a few reticles), but
 * within wafer-scale fan-out (TSMC SoW / InFO: RDL over a reconstituted wafer, no silicon
 * interposer; source tsmc-sow-x-ectc-2025), whose polymer RDL also loses less per mm.
 */
export function cpoBDesign(ctx: TemplateContext): Design {
  const doc = envelope(ctx, 'cpo-b', 'CPO Type B');
  const spec = ringSpecFor('cpo-b', xpuHalf(ctx), ctx.engine.sizeMm, perSide(ctx));
  const ipxHalf = bigHalf(ctx) + spec.gapMm + spec.rowCounts.length * spec.rowPitchMm + 2;
  const half = ipxHalf + 10;
  doc.carriers.push(
    packageSubstrate(XPU_CENTRE, half),
    centredCarrier(
      'ipx',
      'Wafer-level fan-out RDL interposer (InFO/SoW class, 6-layer polymer RDL, no silicon)',
      'interposer-2.5d',
      XPU_CENTRE,
      ipxHalf,
      'pkg',
      0.1,
      fanOutRdlLayers(),
    ),
  );
  doc.components.push(xpuComponent(ctx, 'ipx'));
  const slots = ringSlots(XPU_CENTRE, xpuHalf(ctx), ctx.engine, spec);
  // At 224G the rows behind the first run ~1 cm more fan-out RDL than XSR's 10 dB holds
  // (docs/EXAMPLES.md): they get the extended reach class OIF defines for die-to-engine links.
  const rearReach = rateClassOf(ctx.params.laneRateGbps) === '224G' ? 'XSR+' : 'XSR';
  const engines = addEngines(ctx, doc, slots, {
    carrierId: 'ipx',
    isStacked: false,
    serdesClass: (slot) => (slot.row === 0 ? 'XSR' : rearReach),
  });
  doc.cooling.boundaries.push(coldPlate(['sw', ...engines]));
  const w = xpuWord(ctx);
  return finish(
    ctx,
    doc,
    engines,
    half + 8,
    [
      `CPO Type B: the optical engines share a wafer-level 2.5D interposer with the ${w}: fan-out RDL over a reconstituted wafer (InFO / system-on-wafer class), since a carrier this large is far beyond a stitched silicon interposer. The first row is joined by millimetres of RDL, the rows behind by RDL running between the engines in front.`,
      `Placement: a ${2 * ipxHalf} mm fan-out RDL interposer on a ${2 * half} mm ABF substrate; ${engines.length} ${ctx.engine.id} engines in ${rowsText(spec.rowCounts, true)} beside each edge, ${spec.gapMm} mm from the ${w} and ${spec.rowPitchMm} mm row to row.`,
    ],
    `Fan-out RDL loses more per mm than substrate build-up: the rear-row engines are the ones to watch against the XSR budget. A wafer-scale fan-out this size is a system-on-wafer class process; confirm with the foundry.`,
  );
}

/** CPO Type C: engines 3D-stacked on the xPU in towers along its edges, vertical interconnect. */
export function cpoCDesign(generic: TemplateContext): Design {
  const { levels, perEdge } = towers(perSide(generic));
  const along = towerPositions(perEdge, generic.engine.sizeMm);
  const perTower = (levels * engineLanes(generic)) / generic.params.lanesPerPort;
  const ctx = withTowerPorts(generic, along, perTower);
  const doc = envelope(ctx, 'cpo-c', 'CPO Type C');
  const ipxHalf = bigHalf(ctx) + 8;
  const half = ipxHalf + 12;
  doc.carriers.push(
    packageSubstrate(XPU_CENTRE, half),
    centredCarrier(
      'ipx',
      '3D active interposer / base die (Si with TSVs, hybrid-bond RDL)',
      'interposer-3d',
      XPU_CENTRE,
      ipxHalf,
      'pkg',
      0.1,
      interposer3dLayers(),
    ),
  );
  doc.components.push(xpuComponent(ctx, 'ipx'));
  const slots = towerSlots(XPU_CENTRE, xpuHalf(ctx), ctx.engine, along, levels);
  const engines = addEngines(ctx, doc, slots, {
    carrierId: 'ipx',
    isStacked: true,
    serdesClass: 'XSR',
  });
  const topLevel = engines.filter(
    (id) => !doc.components.some((c) => c.mount.onComponentId === id),
  );
  doc.cooling.boundaries.push(coldPlate(['sw', ...topLevel]));
  const w = xpuWord(ctx);
  return finish(
    ctx,
    doc,
    engines,
    half + 8,
    [
      `CPO Type C: the optical engines are 3D-stacked on the ${w}, joined by vertical interconnect (hybrid bonds, TSVs) with only a short lateral run in the RDL to the port; the shortest electrical path, the hardest thermal path (${w} heat passes the engines), and any engine failure replaces the whole package.`,
      `Placement: the ${w} on a ${2 * ipxHalf} mm active interposer on a ${2 * half} mm ABF substrate; ${engines.length} ${ctx.engine.id} engines in ${4 * perEdge} towers of ${numberWord(levels)} along the ${w} edges (${numberWord(perEdge)} tower${perEdge === 1 ? '' : 's'} per edge), each tower on the ${w} top with its host ports at the ${w} edge.`,
    ],
    `Every engine sits in the ${w}’s heat path under the cold plate: check ring drift against the heater tuning range before sign-off.`,
  );
}
