/**
 * Library checks: every component's part exists, and every link and fiber end names a port
 * of that part (link ends should be electrical ports, fiber ends optical; a link should not
 * use more lanes than its ports have).
 */
import type { PartLibrary, Port } from '../../partSchema';
import type { Design, PortRef } from '../../schema';
import type { Reporter } from './reporter';

function examplePartIds(library: PartLibrary): string {
  const ids = [...library.keys()].slice(0, 3).map((id) => JSON.stringify(id));
  return ids.length > 0 ? ` (e.g. ${ids.join(', ')})` : '';
}

/** Runs the part and port checks against `library`. */
export function checkParts(doc: Design, library: PartLibrary, report: Reporter): void {
  const portsOf = new Map<string, readonly Port[]>();
  doc.components.forEach((component, i) => {
    const part = library.get(component.partId);
    if (part === undefined) {
      report.error({
        path: `components[${i}].partId`,
        expected: `the id of a part in the part library${examplePartIds(library)}`,
        found: JSON.stringify(component.partId),
      });
    } else portsOf.set(component.id, part.ports);
  });
  const findPort = (path: string, end: PortRef, kind: Port['kind']): Port | undefined => {
    const ports = portsOf.get(end.componentId);
    if (ports === undefined) return undefined; // unknown component or part: reported already
    const port = ports.find((p) => p.id === end.port);
    if (port === undefined) {
      const names = ports.map((p) => JSON.stringify(p.id)).join(', ');
      report.error({
        path: `${path}.port`,
        expected: `a port of the component's part: ${names || 'it has none'}`,
        found: JSON.stringify(end.port),
      });
    } else if (port.kind !== kind) {
      report.warn({
        path: `${path}.port`,
        expected: `an ${kind} port`,
        found: `the ${port.kind} port ${JSON.stringify(port.id)}`,
      });
    }
    return port;
  };
  doc.links.forEach((link, i) => {
    for (const side of ['from', 'to'] as const) {
      const port = findPort(`links[${i}].${side}`, link[side], 'electrical');
      if (port !== undefined && link.lanes > port.lanes) {
        report.warn({
          path: `links[${i}].lanes`,
          expected: `at most the ${port.lanes} lanes of port ${JSON.stringify(port.id)}`,
          found: String(link.lanes),
        });
      }
    }
  });
  doc.fibers.forEach((fiber, i) => {
    findPort(`fibers[${i}].from`, fiber.from, 'optical');
    if (fiber.to !== undefined) findPort(`fibers[${i}].to`, fiber.to, 'optical');
  });
}
