/**
 * Field-replaceable-unit (FRU) class, access and replacement unit of one component, from its
 * part, its package group (packageGroups.ts) and the architecture.
 *
 * Rules, in order:
 * 1. In a package group with an xPU and other members: the whole package is the unit. A 3D
 *    stack (or CPO Type C) cannot be reworked: access "factory". Otherwise the package is
 *    exchanged like its xPU: "open-chassis" for a socketed xPU, "board-rework" for a soldered
 *    one. Members other than the xPU are "co-packaged"; the xPU keeps its part's class.
 * 2. An optical engine outside any xPU package in an NPO design is "socketed": NPO engines
 *    are separately packaged and replaceable (DESIGN.md, DATA.md "Serviceability").
 * 3. Otherwise the part's library class: hot-pluggable → front panel, socketed → open
 *    chassis, soldered or co-packaged (alone on the board) → board rework. The unit is the
 *    component's group (itself, or its own small package); a hot-pluggable part goes alone.
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

function packageAssignment(
  index: ServiceIndex,
  component: Component,
  group: PackageGroup,
): FruAssignment {
  const { doc, library } = index;
  const xpuId = group.xpuIds[0] ?? '';
  const xpu = index.componentsById.get(xpuId);
  const xpuPart = xpu ? library.get(xpu.partId) : undefined;
  const isXpu = group.xpuIds.includes(component.id);
  const ownClass = library.get(component.partId)?.fruClass ?? 'soldered';
  const fruClass: FruClass = isXpu ? ownClass : 'co-packaged';
  const how = group.byArchitecture
    ? `architecture ${doc.meta.architecture} puts the optics in the package of xPU ${xpuId}`
    : `shares a package with xPU ${xpuId}`;
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
  const { doc, library } = index;
  const part = library.get(component.partId);
  if (group.memberIds.length > 1 && group.xpuIds.length > 0) {
    return packageAssignment(index, component, group);
  }
  // A hot-pluggable part is exchanged on its own, whatever it rests in or on.
  const unit = part?.fruClass === 'hot-pluggable' ? [component.id] : group.memberIds;
  if (part?.category === 'optical-engine' && doc.meta.architecture === 'npo') {
    return {
      fruClass: 'socketed',
      access: 'open-chassis',
      unitIds: unit,
      reason: 'NPO engine: separately packaged beside the xPU, replaced on its own',
    };
  }
  const fruClass = part?.fruClass ?? 'soldered';
  const access = ACCESS_BY_CLASS[fruClass];
  const reason = part
    ? `${fruClass} part (${part.category}) on the board: ${access.replace('-', ' ')} access`
    : `unknown part ${component.partId}: treated as soldered`;
  return { fruClass, access, unitIds: unit, reason };
}
