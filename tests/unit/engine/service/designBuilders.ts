/**
 * Small designs built in code for the serviceability and rule tests: one 51.2T switch with
 * eight 800G ports, laid out the six ways of DESIGN.md's architecture table.
 */
import {
  DesignSchema,
  type Architecture,
  type Carrier,
  type Component,
  type Design,
  type Link,
} from '../../../../renderer/src/model/schema';

const LAYER = { material: 'fr4', kInPlaneWmK: 20, kThroughPlaneWmK: 0.4 };

/** A carrier with one layer of the given thickness. */
export function carrier(
  id: string,
  kind: Carrier['kind'],
  rect: { x: number; y: number; w: number; d: number },
  onCarrierId?: string,
  thicknessMm = 1.6,
): Carrier {
  return {
    id,
    name: id,
    kind,
    ...(onCarrierId ? { onCarrierId } : {}),
    originMm: { x: rect.x, y: rect.y },
    widthMm: rect.w,
    depthMm: rect.d,
    standoffMm: onCarrierId ? 0.5 : 0,
    layers: [{ name: `${id} layer`, ...LAYER, thicknessMm }],
  };
}

/** A component on `carrierId` (top side) at (x, y). */
export function part(
  id: string,
  partId: string,
  x: number,
  y: number,
  carrierId: string,
  extra: Partial<Component> = {},
): Component {
  return {
    id,
    partId,
    name: id,
    positionMm: { x, y },
    rotationDeg: 0,
    mount: { carrierId, side: 'top' },
    ...extra,
  };
}

/** An 8-lane 106.25G PAM4 link. */
export function link(id: string, from: [string, string], to: [string, string]): Link {
  return {
    id,
    from: { componentId: from[0], port: from[1] },
    to: { componentId: to[0], port: to[1] },
    lanes: 8,
    laneRateGbps: 106.25,
    modulation: 'PAM4',
    serdesClass: 'VSR',
  };
}

/** A valid document around the given carriers, components and links. */
export function design(
  architecture: Architecture,
  carriers: Carrier[],
  components: Component[],
  links: Link[],
  more: Partial<Design> = {},
): Design {
  return DesignSchema.parse({
    format: 'lightpath-studio/design',
    formatVersion: 3,
    materials: [],
    parts: [],
    appVersion: '0.0.0-test',
    units: { length: 'mm', angle: 'deg', temperature: 'C' },
    meta: { name: `test ${architecture}`, architecture },
    carriers,
    components,
    links,
    fibers: [],
    keepOuts: [],
    cooling: {
      ambientC: 35,
      exposed: { topHtcWm2K: 10, bottomHtcWm2K: 10, sidesHtcWm2K: 10 },
      boundaries: [],
    },
    comments: [],
    scenarios: [],
    ...more,
  });
}

const PORTS = 8;
const BOARD = carrier('board', 'pcb', { x: 0, y: 0, w: 300, d: 300 });

function pluggable(architecture: Architecture, moduleId: string): Design {
  const comps = [part('sw', 'switch-51t2', 150, 200, 'board')];
  const links: Link[] = [];
  for (let i = 0; i < PORTS; i++) {
    const x = 50 + i * 28;
    comps.push(part(`cage${i}`, 'cage-osfp', x, 60, 'board'));
    comps.push(part(`mod${i}`, moduleId, x, 60, 'board'));
    links.push(link(`l${i}`, ['sw', `eth${i}`], [`mod${i}`, 'host']));
  }
  return design(architecture, [BOARD], comps, links);
}

/** Offsets of ports eth1, eth5, eth9, eth13 along the switch's north edge (and eth17… east), mm. */
const PORT_OFFSETS_MM = [-30.875, -11.875, 7.125, 26.125];

/**
 * Eight optical engines facing the switch (centre cx, cy; 80 mm square): four above its
 * north-edge ports (turned 90° so their west host port faces south) and four beside its
 * east-edge ports, each host port `gapMm` from the switch port it serves. `partId`: the
 * engine part (co-packaged oe-800g, or its socketed twin for NPO).
 */
function engines(carrierId: string, cx: number, cy: number, gapMm: number, partId = 'oe-800g') {
  const comps: Component[] = [];
  const links: Link[] = [];
  PORT_OFFSETS_MM.forEach((offset, i) => {
    comps.push(
      part(`oe${i}`, partId, cx + offset, cy + 40 + gapMm + 5, carrierId, { rotationDeg: 90 }),
    );
    links.push(link(`l${i}`, ['sw', `eth${1 + 4 * i}`], [`oe${i}`, 'host']));
    comps.push(part(`oe${i + 4}`, partId, cx + 40 + gapMm + 5, cy + offset, carrierId));
    links.push(link(`l${i + 4}`, ['sw', `eth${17 + 4 * i}`], [`oe${i + 4}`, 'host']));
  });
  return { comps, links };
}

/** Eight optical engines stacked on the switch (CPO Type C), in a 4 × 2 grid on its top. */
function stackedEngines(carrierId: string, cx: number, cy: number) {
  const comps: Component[] = [];
  const links: Link[] = [];
  for (let i = 0; i < PORTS; i++) {
    const mount = { carrierId, side: 'top' as const, onComponentId: 'sw' };
    const x = cx - 30 + (i % 4) * 20;
    const y = cy + (i < 4 ? -15 : 15);
    comps.push(part(`oe${i}`, 'oe-800g', x, y, carrierId, { mount }));
    links.push(link(`l${i}`, ['sw', `eth${i}`], [`oe${i}`, 'host']));
  }
  return { comps, links };
}

function withLaser(comps: Component[]): Design['fibers'] {
  comps.push(part('els', 'els-16ch', 150, 55, 'board'));
  return Array.from({ length: PORTS }, (_, i) => ({
    id: `f${i}`,
    from: { componentId: 'els', port: 'light' },
    to: { componentId: `oe${i}`, port: 'fiber' },
    fiberType: 'G.657.A2' as const,
    count: 2,
    waypointsMm: [],
    bendRadiusMm: 10,
    externalLengthM: 0,
  }));
}

/** The six architectures of DESIGN.md, as small designs of the same 8 × 800G switch. */
export function sixArchitectures(): Record<Architecture, Design> {
  const npo = engines('board', 150, 200, 25, 'oe-800g-socketed');
  const npoComps = [part('sw', 'switch-51t2', 150, 200, 'board'), ...npo.comps];
  const pkg = carrier('pkg', 'substrate', { x: 60, y: 110, w: 180, d: 180 }, 'board');
  const cpoA = engines('pkg', 150, 200, 5);
  const cpoAComps = [part('sw', 'switch-51t2', 150, 200, 'pkg'), ...cpoA.comps];
  const ipo = carrier('ipo', 'interposer-2.5d', { x: 80, y: 130, w: 140, d: 140 }, 'pkg', 0.1);
  const cpoB = engines('ipo', 150, 200, 2);
  const cpoBComps = [part('sw', 'switch-51t2', 150, 200, 'ipo'), ...cpoB.comps];
  const cpoC = stackedEngines('pkg', 150, 200);
  const cpoCComps = [part('sw', 'switch-51t2', 150, 200, 'pkg'), ...cpoC.comps];
  return {
    'dsp-pluggable': pluggable('dsp-pluggable', 'module-osfp-800g-dsp'),
    lpo: pluggable('lpo', 'module-osfp-800g-lpo'),
    npo: design('npo', [BOARD], npoComps, npo.links, { fibers: withLaser(npoComps) }),
    'cpo-a': design('cpo-a', [BOARD, pkg], cpoAComps, cpoA.links, {
      fibers: withLaser(cpoAComps),
    }),
    'cpo-b': design('cpo-b', [BOARD, pkg, ipo], cpoBComps, cpoB.links, {
      fibers: withLaser(cpoBComps),
    }),
    'cpo-c': design('cpo-c', [BOARD, pkg], cpoCComps, cpoC.links, {
      fibers: withLaser(cpoCComps),
    }),
  };
}
