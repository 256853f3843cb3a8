/**
 * Component boxes grouped by part, one InstancedMesh per group (PartInstances.tsx). Groups
 * whose boxes did not change keep their array across revisions, so their mesh is not
 * rewritten when another part moves.
 */
import type { ComponentBox } from './layout';

/** The boxes grouped by part, in order of first appearance. */
export function groupByPart(boxes: readonly ComponentBox[]): ComponentBox[][] {
  const byPart = new Map<string, ComponentBox[]>();
  for (const b of boxes) {
    const group = byPart.get(b.partId);
    if (group) group.push(b);
    else byPart.set(b.partId, [b]);
  }
  return [...byPart.values()];
}

/**
 * `groups` with every group whose boxes are the very same objects as in `previous` replaced
 * by the previous array, so unchanged parts keep their props and skip re-rendering.
 */
export function stableGroups(
  groups: ComponentBox[][],
  previous: readonly ComponentBox[][],
): ComponentBox[][] {
  const before = new Map(previous.map((g) => [g[0]?.partId, g]));
  return groups.map((g) => {
    const old = before.get(g[0]?.partId);
    return old && old.length === g.length && old.every((b, i) => b === g[i]) ? old : g;
  });
}
