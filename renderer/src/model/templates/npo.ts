/**
 * Near-packaged optics (NPO): socketed engines on the main board a few centimetres from the
 * xPU package, short board channels, fibers to the faceplate.
 */
import type { Design } from '../schema';
import { packageSubstrate } from './carriers';
import { addEngines, engineLanes } from './engines';
import { envelope } from './placement';
import { ringSpecFor } from './ringSpecs';
import {
  boardKeepOuts,
  coldPlate,
  laneTotal,
  manhattanRangeMm,
  vrmComment,
  xpuComponent,
} from './shared';
import { ringSlots } from './slots';
import {
  AMBIENT_C,
  COLD_PLATE_K_PER_W,
  COMMENT_TIME,
  COOLANT_C,
  ENGINE_PLATE_K_PER_W,
  MODULE_HEATSINK_K_PER_W,
  XPU_CENTRE,
} from './templateConstants';
import { xpuHalf, type TemplateContext } from './templateContext';
import { ceiName, lightParagraph, ordinal, rowsText, xpuWord } from './texts';

/** Builds the NPO design. */
export function npoDesign(ctx: TemplateContext): Design {
  const doc = envelope(ctx, 'npo', 'NPO');
  const half = xpuHalf(ctx);
  const onSubstrate = ctx.carrierKind === 'substrate';
  if (onSubstrate) doc.carriers.push(packageSubstrate(XPU_CENTRE, Math.max(half.x, half.y) + 8));
  doc.components.push(xpuComponent(ctx, onSubstrate ? 'pkg' : 'board'));
  const spec = ringSpecFor('npo', half, ctx.engine.sizeMm, ctx.totalLanes / engineLanes(ctx) / 4);
  const slots = ringSlots(XPU_CENTRE, half, ctx.engine, spec);
  const engines = addEngines(ctx, doc, slots, {
    carrierId: 'board',
    isStacked: false,
    serdesClass: 'XSR+',
  });
  const big = Math.max(half.x, half.y);
  doc.keepOuts.push(
    ...boardKeepOuts(big + 22, big + spec.gapMm + spec.rowCounts.length * spec.rowPitchMm + 5),
  );
  doc.cooling.boundaries.push(coldPlate(['sw']), {
    id: 'engine-plates',
    name: 'Engine cold plates',
    kind: 'cold-plate',
    target: { kind: 'components', componentIds: engines },
    rating: { kind: 'resistance', kPerW: ENGINE_PLATE_K_PER_W / engines.length },
    coolantC: COOLANT_C,
  });
  const [minMm, maxMm] = manhattanRangeMm(ctx, doc);
  const lasers = doc.components.filter((c) => c.partId === 'els-16ch').length;
  const p = ctx.params;
  doc.meta.description = [
    `Near-packaged optics (NPO): the optical engines are separately packaged and socketed on the main board beside the ${xpuWord(ctx)} package, outside its lid and cold plate; a failed engine is replaced on its own.`,
    `Placement: ${engines.length} ${ctx.engine.id} engines (${engineLanes(ctx)} × ${p.laneRateGbps} Gb/s, linear drive, each in a socket) in ${rowsText(spec.rowCounts)} beside each package edge, ${spec.gapMm} mm from the package and ${spec.rowPitchMm} mm row to row, host port facing the ${xpuWord(ctx)}.`,
    `Links: one per ${xpuWord(ctx)} port, ${doc.links.length} links × ${p.lanesPerPort} lanes = ${laneTotal(doc)} lanes, ${ceiName(ctx, 'XSR+')} class board channels (the extended XSR reach OIF defines for NPO) through the package BGA and the engine socket; port-to-port Manhattan distance in plan ${minMm}–${maxMm} mm (NPO keeps the channel below ~13 dB).`,
    lightParagraph(ctx, lasers),
    `Cooling: liquid cold plate on the ${xpuWord(ctx)}, ${COLD_PLATE_K_PER_W} K/W to ${COOLANT_C} °C coolant (data table, DATA.md 0.02–0.05 K/W); a ${ENGINE_PLATE_K_PER_W} K/W branch of the same loop on each engine (estimate); laser sources ${MODULE_HEATSINK_K_PER_W} K/W each to the ${AMBIENT_C} °C inlet air (finned top at the forced-air coefficient, moduleFins.ts).`,
  ].join('\n\n');
  doc.comments.push(
    {
      id: 'c-socket',
      author: 'Architecture review',
      createdAt: COMMENT_TIME,
      text: `Socket loss and insertion force for ${engines.length} engines: confirm the socket vendor and whether the ${ordinal(spec.rowCounts.length)} row is reachable for service with the cold-plate manifold in place.`,
      status: 'open',
      anchor: { componentId: engines[engines.length - 1]! },
    },
    vrmComment(doc, COMMENT_TIME),
  );
  return doc;
}
