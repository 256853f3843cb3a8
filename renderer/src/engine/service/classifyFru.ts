/**
 * Field-replaceable-unit (FRU) class, access and replacement unit of one component, from its
 * part's `fruClass` and its mount (its package group, packageGroups.ts). The design's
 * architecture label is never read: an NPO engine is replaceable because its part says
 * `socketed`, a CPO engine is co-packaged because it sits on its xPU's package carrier.
 *
 * Rules, in order:
 * 1. In a package group with an xPU and other members (on the xPU's package substrate or
 *    interposer, or stacked with it): the whole package is the unit. A 3D stack cannot be
 *    reworked: access "factory". Otherwise the package is exchanged like its xPU:
 *    "open-chassis" for a socketed xPU, "board-rework" for a soldered one. Members other
 *    than the xPU are "co-packaged"; the xPU keeps its part's class.
 * 2. Otherwise the part's own class: hot-pluggable and detachable → front panel, socketed →
 *    open chassis, soldered or co-packaged (alone on the board) → board rework. The unit is
 *    the component's group (itself, or a package or stack without an xPU, exchanged whole);
 *    a hot-pluggable or detachable part goes alone.
 */
import type { FruClass, PartLibrary } from '../../model/partSchema';
import type { Component, Design } from '../../model/schema';
import type { PackageGroup } from './packageGroups';
import type { AccessClass } from './serviceData';

/** How a component is replaced. */
export interface FruAssignment {
  readonly fruClass: FruClass;
  readonly access: AccessClass;
  readonly unitIds: readonly string[];
  readonly reason: string;
}

const ACCESS_BY_CLASS: Readonly<Record<FruClass, AccessClass>> = {
  'hot-pluggable': 'front-panel',
  detachable: 'front-panel',
  socketed: 'open-chassis',
  soldered: 'board-rework',
  'co-packaged': 'board-rework',
};

/** What classification reads from the design, indexed once per analysis. */
export interface ServiceIndex {
  readonly doc: Design;
  readonly library: PartLibrary;
  readonly componentsById: ReadonlyMap<string, Component>;
}

/** "oe-eth0 (oe-800g)": a component with its part id, as reasons name them. */
function named(component: Component | undefined, id: string): string {
  return component ? `${component.id} (${component.partId})` : id;
}

/** How `component` came to share the package: its mount. */
function joinedBy(component: Component, group: PackageGroup): string {
  if (component.mount.onComponentId !== undefined) {
    return `is stacked on ${component.mount.onComponentId}`;
  }
  const pkgs = group.packageCarrierIds;
  return pkgs.length > 0 ? `sits on package carrier ${pkgs.join(', ')}` : 'shares a package';
}

function packageAssignment(
  index: ServiceIndex,
  component: Component,
  group: PackageGroup,
): FruAssignment {
  const { library } = index;
  const isXpu = group.xpuIds.includes(component.id);
  // The package is exchanged like its first xPU, the same way for every member.
  const xpuId = group.xpuIds[0] ?? '';
  const xpu = index.componentsById.get(xpuId);
  const xpuPart = xpu ? library.get(xpu.partId) : undefined;
  const ownClass = library.get(component.partId)?.fruClass ?? 'soldered';
  const fruClass: FruClass = isXpu ? ownClass : 'co-packaged';
  const how = isXpu
    ? `${named(component, component.id)} is the xPU of a package of ${group.memberIds.length} parts (${ownClass} part)`
    : `${named(component, component.id)} ${joinedBy(component, group)} with xPU ${named(xpu, xpuId)}: co-packaged`;
  if (group.isStacked3d) {
    return {
      fruClass,
      access: 'factory',
      unitIds: group.memberIds,
      reason: `${how}; a 3D-stacked package cannot be reworked, the whole package is exchanged`,
    };
  }
  const access: AccessClass = xpuPart?.fruClass === 'socketed' ? 'open-chassis' : 'board-rework';
  return {
    fruClass,
    access,
    unitIds: group.memberIds,
    reason: `${how}; the package (${group.memberIds.length} parts) is exchanged whole, ${
      access === 'open-chassis' ? 'from its socket' : 'by board swap or rework'
    }`,
  };
}

/** Classifies one component; `group` is its entry from packageGroups(). */
export function classifyFru(
  index: ServiceIndex,
  component: Component,
  group: PackageGroup,
): FruAssignment {
  const part = index.library.get(component.partId);
  if (group.memberIds.length > 1 && group.xpuIds.length > 0) {
    return packageAssignment(index, component, group);
  }
  const fruClass = part?.fruClass ?? 'soldered';
  const access = ACCESS_BY_CLASS[fruClass];
  // A hot-pluggable or detachable part is exchanged on its own, whatever it rests in or on.
  const unit = access === 'front-panel' ? [component.id] : group.memberIds;
  if (!part) {
    const reason = `${component.id}: unknown part ${component.partId}, treated as soldered`;
    return { fruClass, access, unitIds: unit, reason };
  }
  const where =
    unit.length > 1
      ? `exchanged with the ${unit.length - 1} other parts of its package or stack`
      : 'replaced on its own';
  const reason =
    `${named(component, component.id)}: its part is ${fruClass} (${part.category}), ` +
    `${where}, ${access.replace('-', ' ')} access`;
  return { fruClass, access, unitIds: unit, reason };
}
