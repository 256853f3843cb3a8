/**
 * Identity checks: ids unique across every collection, and every reference pointing at
 * something that exists (carriers under carriers, mounts, stacking, link and fiber ends,
 * keep-outs, heatsinks, comment anchors), with no loops in carrier or component stacking.
 */
import type { Design } from '../../schema';
import type { Reporter } from './reporter';

function idEntries(doc: Design): [string, string][] {
  const entries: [string, string][] = [];
  const add = (name: string, items: readonly { id: string }[]) =>
    items.forEach((item, i) => entries.push([item.id, `${name}[${i}].id`]));
  add('carriers', doc.carriers);
  add('components', doc.components);
  add('links', doc.links);
  add('fibers', doc.fibers);
  add('keepOuts', doc.keepOuts);
  add('cooling.boundaries', doc.cooling.boundaries);
  doc.carriers.forEach((carrier, c) =>
    carrier.layers.forEach((layer, l) =>
      add(`carriers[${c}].layers[${l}].regions`, layer.regions ?? []),
    ),
  );
  add('comments', doc.comments);
  add('scenarios', doc.scenarios);
  return entries;
}

function checkUniqueIds(doc: Design, report: Reporter) {
  const firstAt = new Map<string, string>();
  for (const [id, path] of idEntries(doc)) {
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, path);
    else
      report.error({
        path,
        expected: `an id not used elsewhere (it is already used at ${first})`,
        found: JSON.stringify(id),
      });
  }
}

/** Reports a loop in a parent map (child id → parent id), once per loop, at the child's path. */
function checkNoLoops(
  parentOf: ReadonlyMap<string, string | undefined>,
  pathOf: (id: string) => string,
  what: string,
  report: Reporter,
) {
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const trail: string[] = [];
    let node: string | undefined = start;
    while (node !== undefined && !done.has(node) && !trail.includes(node)) {
      trail.push(node);
      node = parentOf.get(node);
    }
    if (node !== undefined && trail.includes(node)) {
      report.error({
        path: pathOf(node),
        expected: `${what} without a loop`,
        found: `a loop through ${trail
          .slice(trail.indexOf(node))
          .map((id) => JSON.stringify(id))
          .join(' → ')}`,
      });
    }
    trail.forEach((id) => done.add(id));
  }
}

/** Runs the identity and reference checks. */
export function checkReferences(doc: Design, report: Reporter): void {
  checkUniqueIds(doc, report);
  const carrierIds = new Set(doc.carriers.map((c) => c.id));
  const componentIds = new Set(doc.components.map((c) => c.id));
  const needCarrier = (path: string, id: string) => {
    if (!carrierIds.has(id))
      report.error({
        path,
        expected: 'the id of a carrier in this design',
        found: JSON.stringify(id),
      });
  };
  const needComponent = (path: string, id: string) => {
    if (!componentIds.has(id))
      report.error({
        path,
        expected: 'the id of a component in this design',
        found: JSON.stringify(id),
      });
  };
  doc.carriers.forEach((carrier, i) => {
    if (carrier.onCarrierId !== undefined)
      needCarrier(`carriers[${i}].onCarrierId`, carrier.onCarrierId);
  });
  if (!doc.carriers.some((carrier) => carrier.onCarrierId === undefined)) {
    report.error({ path: 'carriers', expected: 'one base carrier without onCarrierId' });
  }
  doc.components.forEach((component, i) => {
    needCarrier(`components[${i}].mount.carrierId`, component.mount.carrierId);
    if (component.mount.onComponentId !== undefined)
      needComponent(`components[${i}].mount.onComponentId`, component.mount.onComponentId);
  });
  doc.links.forEach((link, i) => {
    needComponent(`links[${i}].from.componentId`, link.from.componentId);
    needComponent(`links[${i}].to.componentId`, link.to.componentId);
  });
  doc.fibers.forEach((fiber, i) => {
    needComponent(`fibers[${i}].from.componentId`, fiber.from.componentId);
    if (fiber.to !== undefined) needComponent(`fibers[${i}].to.componentId`, fiber.to.componentId);
  });
  doc.keepOuts.forEach((keepOut, i) => needCarrier(`keepOuts[${i}].carrierId`, keepOut.carrierId));
  doc.cooling.boundaries.forEach((boundary, i) => {
    const at = `cooling.boundaries[${i}].target`;
    const target = boundary.target;
    if (target.kind === 'components') {
      target.componentIds.forEach((id, j) => needComponent(`${at}.componentIds[${j}]`, id));
      return;
    }
    needCarrier(`${at}.carrierId`, target.carrierId);
    if (target.kind !== 'region') return;
    const carrier = doc.carriers.find((c) => c.id === target.carrierId);
    const regions = carrier?.layers.flatMap((l) => l.regions ?? []) ?? [];
    if (carrier && !regions.some((r) => r.id === target.regionId)) {
      report.error({
        path: `${at}.regionId`,
        expected: `the id of a region of carrier ${JSON.stringify(carrier.id)}${
          regions.length
            ? ` (${regions.map((r) => JSON.stringify(r.id)).join(', ')})`
            : ' (it has none)'
        }`,
        found: JSON.stringify(target.regionId),
      });
    }
  });
  doc.comments.forEach((comment, i) => {
    if ('componentId' in comment.anchor)
      needComponent(`comments[${i}].anchor.componentId`, comment.anchor.componentId);
  });
  const carrierIndex = new Map(doc.carriers.map((c, i) => [c.id, i]));
  checkNoLoops(
    new Map(doc.carriers.map((c) => [c.id, c.onCarrierId])),
    (id) => `carriers[${carrierIndex.get(id)}].onCarrierId`,
    'carriers stacked',
    report,
  );
  const componentIndex = new Map(doc.components.map((c, i) => [c.id, i]));
  checkNoLoops(
    new Map(doc.components.map((c) => [c.id, c.mount.onComponentId])),
    (id) => `components[${componentIndex.get(id)}].mount.onComponentId`,
    'components stacked',
    report,
  );
}
