/**
 * The watts each component dissipates, for the thermal solve (docs/MODELS.md "Coupled power
 * and thermal"):
 * - an xPU: its part's power (core and I/O at the datasheet figure) plus, for every link end
 *   it drives, the host SerDes at the link's loss minus the tabulated class figure the
 *   datasheet power already holds;
 * - a part charged on links (optical engine, pluggable module, retimer): the power engine's
 *   own functions of those links (DSP, driver/TIA, modulator, integrated laser), plus an
 *   engine's ring heaters at its temperature;
 * - an external laser source that lights engines: its electrical drive at its temperature
 *   less the light it sends out (WPE_ref × reference electrical × output share), which is
 *   dissipated elsewhere (modulators, far-end receivers) and is not charged to any part;
 * - everything else, and a part charged on no link: the part's (or override's) powerW.
 */
import { EXTERNAL_LASER } from '../../model/data/laser';
import type { Design } from '../../model/schema';
import type { Layout } from '../geometry/layout';
import type { LaserOperatingPoint } from './laserEfficiency';
import { partRingHeaterW } from './ringTuning';

/** Power one link end puts on a component, W. */
export interface EndCharge {
  readonly componentId: string;
  /** serdes-delta: SerDes at loss − table; own: the part's functions; laser: reference laser share. */
  readonly kind: 'serdes-delta' | 'own' | 'laser';
  readonly w: number;
  /** The source's operating point (laser charges). */
  readonly point?: LaserOperatingPoint;
}

/** How a component's dissipated power was found. */
export type PowerBasis = 'part' | 'part-and-serdes' | 'power-engine' | 'laser-drive';

/** One component's power, W. */
export interface ComponentPower {
  readonly id: string;
  readonly category: string;
  readonly basis: PowerBasis;
  /** Heat dissipated in the component (what the thermal solve gets), W. */
  readonly powerW: number;
  /** Electrical power drawn (= powerW except a laser source, which also emits light), W. */
  readonly electricalW: number;
  /** Ring heaters included in powerW, W. */
  readonly heaterW: number;
}

/** Dissipated power of every placed component. */
export function componentPower(
  doc: Design,
  layout: Layout,
  charges: readonly EndCharge[],
  tempOf: (componentId: string) => number,
): ComponentPower[] {
  const byId = new Map<string, EndCharge[]>();
  for (const c of charges) byId.set(c.componentId, [...(byId.get(c.componentId) ?? []), c]);
  const out: ComponentPower[] = [];
  for (const component of doc.components) {
    const placed = layout.components.get(component.id);
    if (!placed) continue;
    const { part } = placed;
    const partW = component.overrides?.powerW ?? part.powerW;
    const mine = byId.get(component.id) ?? [];
    const sum = (kind: EndCharge['kind']): number =>
      mine.filter((c) => c.kind === kind).reduce((s, c) => s + c.w, 0);
    const base = { id: component.id, category: part.category, heaterW: 0 };
    if (part.category === 'xpu') {
      const powerW = partW + sum('serdes-delta');
      out.push({ ...base, basis: 'part-and-serdes', powerW, electricalW: powerW });
    } else if (mine.some((c) => c.kind === 'own')) {
      const heaterW = partRingHeaterW(part, tempOf(component.id));
      const powerW = sum('own') + heaterW;
      out.push({ ...base, basis: 'power-engine', powerW, electricalW: powerW, heaterW });
    } else if (mine.some((c) => c.kind === 'laser')) {
      let electricalW = 0;
      let lightW = 0;
      for (const c of mine) {
        if (c.kind !== 'laser' || !c.point) continue;
        electricalW += c.w * c.point.driveShare;
        lightW += c.w * EXTERNAL_LASER.wallPlugEfficiency * c.point.outputShare;
      }
      out.push({ ...base, basis: 'laser-drive', powerW: electricalW - lightW, electricalW });
    } else {
      out.push({ ...base, basis: 'part', powerW: partW, electricalW: partW });
    }
  }
  return out;
}
