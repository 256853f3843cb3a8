/**
 * A generated xPU for 3D stacking (CPO Type C): its SerDes sit under the engine towers, so
 * each tower's ports are millimetres of RDL from it instead of spread along the whole edge
 * (at 224G the 3D interposer RDL loses 0.6 dB/mm, model/data/channelLoss.ts). A library xPU
 * keeps the ports its datasheet places.
 */
import { designParts } from '../designParts';
import type { Port } from '../partSchema';
import type { TemplateContext } from './templateContext';
import { round3 } from './words';

const EDGES = ['north', 'east', 'south', 'west'] as const;

/**
 * `ctx` with its xPU's ports regrouped under towers at `alongMm` on every edge, each tower
 * taking `perTower` ports at a pitch that fits under the engine. Unchanged for library xPUs.
 */
export function withTowerPorts(
  ctx: TemplateContext,
  alongMm: readonly number[],
  perTower: number,
): TemplateContext {
  if (!ctx.own.includes(ctx.xpu)) return ctx;
  const template = ctx.xpu.ports[0]!;
  const pitch = round3(Math.min(ctx.engine.sizeMm.y - 2, ctx.xpu.sizeMm.x) / perTower);
  const ports: Port[] = [];
  for (const edge of EDGES) {
    for (const a of alongMm) {
      for (let j = 0; j < perTower; j++) {
        const offsetMm = round3(a + (j - (perTower - 1) / 2) * pitch);
        ports.push({ ...template, id: `eth${ports.length}`, edge, offsetMm });
      }
    }
  }
  const xpu = {
    ...ctx.xpu,
    id: `${ctx.xpu.id}-3d`,
    description: `${ctx.xpu.description} For 3D stacking: the ports sit in groups of ${perTower} under the engine towers, ${pitch} mm apart.`,
    ports,
  };
  const own = [...ctx.own.filter((p) => p !== ctx.xpu), xpu].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...ctx, xpu, own, parts: designParts({ parts: own }, ctx.library) };
}
