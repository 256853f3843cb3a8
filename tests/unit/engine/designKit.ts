/**
 * Small builders for engine tests: a minimal valid design and hand-made parts, so each
 * test states exactly the geometry its expected numbers come from.
 */
import type { Carrier, Component, Design, Link } from '../../../renderer/src/model/schema';
import type { Part, PartLibrary, Port } from '../../../renderer/src/model/partSchema';

export function layer(thicknessMm: number) {
  return { name: 'L', material: 'fr4', thicknessMm, kInPlaneWmK: 1, kThroughPlaneWmK: 1 };
}

export function carrier(
  id: string,
  kind: Carrier['kind'],
  rect: { x: number; y: number; w: number; d: number },
  onCarrierId?: string,
): Carrier {
  return {
    id,
    name: id,
    kind,
    originMm: { x: rect.x, y: rect.y },
    widthMm: rect.w,
    depthMm: rect.d,
    standoffMm: onCarrierId ? 0.5 : 0,
    layers: [layer(1)],
    ...(onCarrierId ? { onCarrierId } : {}),
  };
}

export function port(id: string, edge: Port['edge'], extra: Partial<Port> = {}): Port {
  return {
    id,
    kind: 'electrical',
    lanes: 8,
    laneRateGbps: 106.25,
    modulation: 'PAM4',
    serdesClass: 'VSR',
    edge,
    offsetMm: 0,
    ...extra,
  };
}

export function part(
  id: string,
  category: Part['category'],
  sizeMm: Part['sizeMm'],
  ports: Port[],
  extra: Partial<Part> = {},
): Part {
  return {
    id,
    name: id,
    category,
    description: '',
    sizeMm,
    powerW: 0,
    tempLimitC: 100,
    ports,
    fruClass: 'soldered',
    failureRateFit: 0,
    costUsd: 0,
    energy: {},
    latencyNs: 0,
    layers: [],
    sources: {},
    ...extra,
  };
}

export function component(
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

export function link(
  id: string,
  from: [string, string],
  to: [string, string],
  extra: Partial<Link> = {},
): Link {
  return {
    id,
    from: { componentId: from[0], port: from[1] },
    to: { componentId: to[0], port: to[1] },
    lanes: 8,
    laneRateGbps: 106.25,
    modulation: 'PAM4',
    serdesClass: 'VSR',
    ...extra,
  };
}

export function design(
  parts: Pick<Design, 'carriers' | 'components' | 'links'> & Partial<Design>,
): Design {
  return {
    format: 'lightpath-studio/design',
    formatVersion: 3,
    materials: [],
    parts: [],
    appVersion: '0.1.0',
    units: { length: 'mm', angle: 'deg', temperature: 'C' },
    meta: { name: 't', variant: '', architecture: 'npo', system: '', author: '', description: '' },
    fibers: [],
    keepOuts: [],
    cooling: {
      ambientC: 25,
      exposed: { topHtcWm2K: 10, bottomHtcWm2K: 10, sidesHtcWm2K: 10 },
      boundaries: [],
    },
    comments: [],
    scenarios: [],
    ...parts,
  } as Design;
}

export function libraryOf(...parts: Part[]): PartLibrary {
  return new Map(parts.map((p) => [p.id, p]));
}
