/**
 * Package groups: the components that can only be replaced together because they share a
 * package, found from the mounts alone (never from the design's architecture label).
 * Two components share a package when
 * - they sit on the same package carrier: the outermost carrier mounted on the board
 *   (a substrate or interposer, with every carrier and part mounted on it), or
 * - one is stacked on the other (`mount.onComponentId`, a 3D stack) and the stacked part is
 *   not hot-pluggable (a module resting in its cage is plugged, not bonded).
 * A component alone on the base board forms a group of one. Whether a group is an xPU
 * package (its other members co-packaged) is classifyFru's business.
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
  /** True when a member is stacked on another or a carrier under one is a 3D interposer. */
  readonly isStacked3d: boolean;
  /** The package carriers (outermost above the board) the members sit on, sorted. */
  readonly packageCarrierIds: readonly string[];
}

interface CarrierFacts {
  /** The outermost package carrier in the chain down to the base; undefined on the base. */
  readonly pkg: string | undefined;
  /** True when a 3D interposer is in that chain. */
  readonly has3d: boolean;
}

/** Per carrier: its outermost package carrier and whether a 3D interposer is below it. */
function carrierFacts(doc: Design): ReadonlyMap<string, CarrierFacts> {
  const byId = new Map(doc.carriers.map((c) => [c.id, c]));
  const facts = new Map<string, CarrierFacts>();
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
  const isPluggable = (partId: string) => library.get(partId)?.fruClass === 'hot-pluggable';
  const facts = carrierFacts(doc);
  const firstOnPackage = new Map<string, string>();
  for (const c of doc.components) {
    const pkg = facts.get(c.mount.carrierId)?.pkg;
    if (pkg !== undefined) {
      const first = firstOnPackage.get(pkg);
      if (first === undefined) firstOnPackage.set(pkg, c.id);
      else sets.union(first, c.id);
    }
    if (c.mount.onComponentId !== undefined && !isPluggable(c.partId)) {
      sets.union(c.id, c.mount.onComponentId);
    }
  }
  const members = new Map<string, (typeof doc.components)[number][]>();
  for (const c of doc.components) {
    const root = sets.find(c.id);
    const list = members.get(root);
    if (list) list.push(c);
    else members.set(root, [c]);
  }
  const groups = new Map<string, PackageGroup>();
  for (const list of members.values()) {
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const isStacked3d = list.some(
      (c) =>
        (c.mount.onComponentId !== undefined && !isPluggable(c.partId)) ||
        facts.get(c.mount.carrierId)?.has3d === true,
    );
    const packages = new Set<string>();
    for (const c of list) {
      const pkg = facts.get(c.mount.carrierId)?.pkg;
      if (pkg !== undefined) packages.add(pkg);
    }
    const group: PackageGroup = {
      memberIds: list.map((c) => c.id),
      xpuIds: list.filter((c) => library.get(c.partId)?.category === 'xpu').map((c) => c.id),
      isStacked3d,
      packageCarrierIds: [...packages].sort(),
    };
    for (const c of list) groups.set(c.id, group);
  }
  return groups;
}
