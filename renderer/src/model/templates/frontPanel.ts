/**
 * Front-panel hardware: OSFP cages with pluggable modules for the DSP and LPO variants, and
 * external laser sources (ELS) in cages for NPO and CPO.
 */
import type { Component, Design } from '../schema';
import { columnX, place } from './placement';
import { CAGE_LEVELS, COLUMNS, FACEPLATE_Y } from './templateConstants';
import { partOf, type TemplateContext } from './templateContext';

const two = (n: number) => String(n).padStart(2, '0');

/** y of a cage's centre (its front edge on the faceplate). */
function cageY(ctx: TemplateContext): number {
  return FACEPLATE_Y + partOf(ctx, 'cage-osfp').sizeMm.y / 2;
}

/** y of a module's centre: its rear (host) edge meets the cage's host connector. */
function moduleY(ctx: TemplateContext, partId: string): number {
  return FACEPLATE_Y + partOf(ctx, 'cage-osfp').sizeMm.y - partOf(ctx, partId).sizeMm.y / 2;
}

/** One front-panel slot: the cage and the module in it. */
export interface PanelSlot {
  readonly cageId: string;
  readonly moduleId: string;
  readonly column: number;
  readonly level: number;
}

/**
 * Columns and stacked levels of a front panel of `ports` cages: columns of four, as few
 * columns as hold them (centred), so fewer ports keep the host traces short.
 */
export function panelShape(ports: number): { columns: number; levels: number } {
  const levels = Math.min(CAGE_LEVELS, ports);
  return { columns: Math.min(COLUMNS, Math.ceil(ports / levels)), levels };
}

/**
 * `ports` cages in columns of stacked levels, each with a module `modulePartId`: level 0 on
 * the board, level k on the cage of level k − 1 (so it sits at its own cage's height). Slots
 * are returned left to right, bottom up.
 */
export function cagedModules(
  ctx: TemplateContext,
  modulePartId: string,
  prefix: string,
  ports: number,
): { components: Component[]; slots: PanelSlot[] } {
  const { columns, levels } = panelShape(ports);
  const components: Component[] = [];
  const slots: PanelSlot[] = [];
  for (let col = 0; col < columns; col++) {
    for (let level = 0; level < levels && slots.length < ports; level++) {
      const cageId = `cage-${two(col)}-${level}`;
      const moduleId = `${prefix}-${two(col)}-${level}`;
      const below = level === 0 ? undefined : `cage-${two(col)}-${level - 1}`;
      const x = columnX(col, columns);
      const n = col * levels + level + 1;
      components.push(place(cageId, 'cage-osfp', `J${n}`, x, cageY(ctx), 0, 'board', below));
      components.push(
        place(moduleId, modulePartId, `P${n}`, x, moduleY(ctx, modulePartId), 0, 'board', below),
      );
      slots.push({ cageId, moduleId, column: col, level });
    }
  }
  return { components, slots };
}

/**
 * External laser sources spread over the faceplate columns, each in an OSFP-style cage; more
 * than one per column stack up to CAGE_LEVELS high, like the module cages. Each ELS gives 16
 * lanes of CW light; every engine lane shares a laser lane with one other through a 1:2
 * split (an assumption of these templates).
 */
export function laserSources(
  ctx: TemplateContext,
  count: number,
): { components: Component[]; ids: string[] } {
  const components: Component[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const isSpread = count <= COLUMNS;
    const col = isSpread ? Math.round(((i + 0.5) * COLUMNS) / count - 0.5) : i % COLUMNS;
    const below = isSpread || i < COLUMNS ? undefined : `cage-els-${two(i - COLUMNS)}`;
    const id = `els-${two(i)}`;
    const x = columnX(col);
    components.push(
      place(`cage-els-${two(i)}`, 'cage-osfp', `JL${i + 1}`, x, cageY(ctx), 0, 'board', below),
    );
    components.push(
      place(id, 'els-16ch', `LS${i + 1}`, x, moduleY(ctx, 'els-16ch'), 0, 'board', below),
    );
    ids.push(id);
  }
  return { components, ids };
}

/** The riding heatsinks of front-panel parts as one sink: `perPartKPerW` in parallel. */
export function frontPanelSink(
  id: string,
  ids: readonly string[],
  perPartKPerW: number,
  coolantC: number,
): Design['cooling']['boundaries'][number] {
  return {
    id,
    name: 'Riding heatsinks',
    kind: 'air-heatsink',
    target: { kind: 'components', componentIds: [...ids] },
    rating: { kind: 'resistance', kPerW: Math.round((perPartKPerW / ids.length) * 1e6) / 1e6 },
    coolantC,
  };
}
