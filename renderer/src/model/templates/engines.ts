/**
 * Optical engines around (or on) the xPU, their host links, the laser sources feeding them
 * and the fibers to the faceplate: the common core of the NPO and CPO templates.
 */
import type { Design, SerdesClass } from '../schema';
import { fiber, fiberRouteZ } from './fiberRibbon';
import { frontPanelSink, laserSources } from './frontPanel';
import { LASER_LANES_FED } from './paramChecks';
import { place } from './placement';
import { assignPorts } from './portAssignment';
import { xpuLink } from './shared';
import { OUTWARD, type Slot } from './slots';
import { AMBIENT_C, BOARD, MODULE_HEATSINK_K_PER_W } from './templateConstants';
import type { TemplateContext } from './templateContext';

/** How the engines are mounted. */
export interface EngineMount {
  readonly carrierId: string;
  /** Towers standing on the xPU (CPO Type C): level 0 on the xPU, level k on level k − 1. */
  readonly isStacked: boolean;
  /** The host SerDes class of an engine's links, or a choice by the engine's slot. */
  readonly serdesClass: SerdesClass | ((slot: Slot) => SerdesClass);
}

/** Lanes of the engine's host port. */
export function engineLanes(ctx: TemplateContext): number {
  return ctx.engine.ports.find((p) => p.id === 'host')?.lanes ?? ctx.params.lanesPerPort;
}

/** Engines one laser source feeds (its 16 lanes split 1:2, see frontPanel.ts). */
export function enginesPerLaser(ctx: TemplateContext): number {
  return Math.max(1, Math.floor(LASER_LANES_FED / engineLanes(ctx)));
}

/** Data fibers per engine: one transmit and one receive single-mode fiber per lane (DR-style). */
export function dataFibersPerEngine(ctx: TemplateContext): number {
  return 2 * engineLanes(ctx);
}

/** Laser feed fibers per engine: one per two lanes (each laser lane split 1:2 in the engine). */
export function laserFibersPerEngine(ctx: TemplateContext): number {
  return Math.ceil(engineLanes(ctx) / 2);
}

const keyOf = (s: Slot) => `${s.side}:${s.alongMm}:${s.row}`;

/**
 * Adds one engine per slot with its host links from the xPU ports on the same edge, the
 * laser sources at the front with their feed fibers, and a data fiber ribbon from every
 * engine to the faceplate. Returns the engine ids.
 */
export function addEngines(
  ctx: TemplateContext,
  doc: Design,
  slots: readonly Slot[],
  mount: EngineMount,
): string[] {
  const perEngine = engineLanes(ctx) / ctx.params.lanesPerPort;
  const pairs = assignPorts(ctx.xpu, slots, perEngine);
  const idOf = new Map(pairs.map((p) => [keyOf(p.slot), `oe-${p.portId}`]));
  const engines: { id: string; slot: Slot }[] = [];
  for (const { slot, portId, portIds } of pairs) {
    const id = `oe-${portId}`;
    const below = !mount.isStacked
      ? undefined
      : slot.row === 0
        ? 'sw'
        : idOf.get(keyOf({ ...slot, row: slot.row - 1 }));
    doc.components.push(
      place(
        id,
        ctx.engine.id,
        `OE ${portId}`,
        slot.x,
        slot.y,
        slot.rotationDeg,
        mount.carrierId,
        below,
      ),
    );
    const serdes =
      typeof mount.serdesClass === 'function' ? mount.serdesClass(slot) : mount.serdesClass;
    for (const p of portIds) doc.links.push(xpuLink(ctx, p, id, 'host', serdes));
    engines.push({ id, slot });
  }
  const lasers = laserSources(ctx, Math.ceil(engines.length / enginesPerLaser(ctx)));
  doc.components.push(...lasers.components);
  doc.cooling.boundaries.push(
    frontPanelSink('laser-fins', lasers.ids, MODULE_HEATSINK_K_PER_W, AMBIENT_C),
  );

  const zRoute = fiberRouteZ(ctx, doc);
  const byX = [...engines].sort(
    (a, b) => a.slot.x - b.slot.x || a.slot.y - b.slot.y || a.slot.row - b.slot.row,
  );
  byX.forEach((engine, i) => {
    const o = OUTWARD[engine.slot.side];
    const out = mount.isStacked ? { x: -o.x, y: -o.y } : o;
    const from = { componentId: engine.id, port: 'fiber' };
    const faceplateX = 20 + ((i + 0.5) * (BOARD.widthMm - 40)) / byX.length;
    doc.fibers.push(
      fiber(
        ctx,
        doc,
        `fib-${engine.id}`,
        from,
        out,
        { faceplateX },
        dataFibersPerEngine(ctx),
        zRoute,
      ),
    );
    const laserId = lasers.ids[Math.floor(i / enginesPerLaser(ctx))]!;
    doc.fibers.push(
      fiber(
        ctx,
        doc,
        `fib-${laserId}-${engine.id}`,
        { componentId: laserId, port: 'light' },
        { x: 0, y: 1 },
        { port: from, out },
        laserFibersPerEngine(ctx),
        zRoute + 2,
      ),
    );
  });
  return engines.map((e) => e.id);
}
