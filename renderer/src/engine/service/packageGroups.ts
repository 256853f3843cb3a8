/**
 * Package groups: the components that can only be replaced together because they share a
 * package. Two components share a package when
 * - they sit on the same package carrier (a carrier mounted on the board, with everything
 *   mounted on it), or
 * - one is stacked on the other (`mount.onComponentId`, a 3D stack) and the stacked part is
 *   not hot-pluggable (a module resting in its cage is plugged, not bonded), or
 * - the architecture is CPO (Type A/B/C) and one is an optical engine linked to the other,
 *   an xPU, while the document models no package around them: CPO puts the engine inside
 *   the xPU package by definition (DESIGN.md, architecture table).
 * A component alone on the base board forms a group of one.
 */
import { designParts } from '../../model/designParts';
import type { PartLibrary } from '../../model/partSchema';
import type { Carrier, Design } from '../../model/schema';

/** The package a component belongs to. */
export interface PackageGroup {
  /** Member component ids, sorted. */
  readonly memberIds: readonly string[];
  /** Member ids that are xPUs, sorted. */
  readonly xpuIds: readonly string[];
  /** True when a member is stacked on another, a carrier is a 3D interposer, or CPO Type C. */
  readonly isStacked3d: boolean;
  /** True when the group was formed (partly) by the CPO architecture rule above. */
  readonly byArchitecture: boolean;
}

/**
 * Per carrier: its outermost package carrier (undefined on the base board) and whether a 3D
 * interposer is in its chain down to the base.
 */
function carrierFacts(
  doc: Design,
): ReadonlyMap<string, { pkg: string | undefined; has3d: boolean }> {
  const byId = new Map(doc.carriers.map((c) => [c.id, c]));
  const facts = new Map<string, { pkg: string | undefined; has3d: boolean }>();
  for (const start of doc.carriers) {
    let current: Carrier | undefined = start;
    let pkg: string | undefined;
    let has3d = false;
    for (let hops = 0; current && hops <= byId.size; hops++) {
      has3d ||= current.kind === 'interposer-3d';
      if (current.onCarrierId === undefined) break;
      pkg = current.id;
      current = byId.get(current.onCarrierId);
    }
    facts.set(start.id, { pkg, has3d });
  }
  return facts;
}

/** Union-find over component ids; the root of a set is its smallest id. */
function makeSets(ids: readonly string[]) {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  return { find, union };
}

/** Groups every component of the document by package; keyed by component id. */
export function packageGroups(
  doc: Design,
  partLibrary: PartLibrary,
): ReadonlyMap<string, PackageGroup> {
  const library = designParts(doc, partLibrary);
  const sets = makeSets(doc.components.map((c) => c.id));
  const categoryOf = new Map(doc.components.map((c) => [c.id, library.get(c.partId)?.category]));
  const pluggable = new Set(
    doc.components
      .filter((c) => library.get(c.partId)?.fruClass === 'hot-pluggable')
      .map((c) => c.id),
  );
  const facts = carrierFacts(doc);
  const firstOnPackage = new Map<string, string>();
  for (const c of doc.components) {
    const pkg = facts.get(c.mount.carrierId)?.pkg;
    if (pkg !== undefined) {
      const first = firstOnPackage.get(pkg);
      if (first === undefined) firstOnPackage.set(pkg, c.id);
      else sets.union(first, c.id);
    }
    if (c.mount.onComponentId !== undefined && !pluggable.has(c.id)) {
      sets.union(c.id, c.mount.onComponentId);
    }
  }
  const xpuRoots = new Set(
    doc.components.filter((c) => categoryOf.get(c.id) === 'xpu').map((c) => sets.find(c.id)),
  );
  const hasXpu = (id: string) => xpuRoots.has(sets.find(id));
  const mergedRoots = new Set<string>();
  if (doc.meta.architecture.startsWith('cpo-')) {
    for (const link of doc.links) {
      const [a, b] = [link.from.componentId, link.to.componentId];
      for (const [oe, xpu] of [
        [a, b],
        [b, a],
      ] as const) {
        if (categoryOf.get(oe) !== 'optical-engine' || categoryOf.get(xpu) !== 'xpu') continue;
        if (hasXpu(oe)) continue;
        sets.union(oe, xpu);
        xpuRoots.add(sets.find(xpu));
        mergedRoots.add(sets.find(xpu));
      }
    }
  }
  const members = new Map<string, string[]>();
  for (const c of doc.components) {
    const root = sets.find(c.id);
    const list = members.get(root);
    if (list) list.push(c.id);
    else members.set(root, [c.id]);
  }
  const byId = new Map(doc.components.map((c) => [c.id, c]));
  const groups = new Map<string, PackageGroup>();
  const mergedFinal = new Set([...mergedRoots].map((r) => sets.find(r)));
  for (const [root, ids] of members) {
    ids.sort();
    const byArchitecture = mergedFinal.has(root);
    const isStacked3d =
      (byArchitecture && doc.meta.architecture === 'cpo-c') ||
      ids.some((id) => {
        const c = byId.get(id);
        return (
          c !== undefined &&
          ((c.mount.onComponentId !== undefined && !pluggable.has(id)) ||
            facts.get(c.mount.carrierId)?.has3d === true)
        );
      });
    const xpuIds = ids.filter((id) => categoryOf.get(id) === 'xpu');
    const group: PackageGroup = { memberIds: ids, xpuIds, isStacked3d, byArchitecture };
    for (const id of ids) groups.set(id, group);
  }
  return groups;
}
