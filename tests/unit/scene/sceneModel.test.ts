/**
 * The cached scene model: one layout per document object, boxes of untouched components
 * carried over between revisions, and a result always equal to laying the design out anew.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moveParts, runCommand } from '../../../renderer/src/model/commands';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Design } from '../../../renderer/src/model/schema';
import { componentBoxes, createBoxReuse } from '../../../renderer/src/scene/layout';
import { groupByPart, stableGroups } from '../../../renderer/src/scene/partGroups';
import { sceneModelOf } from '../../../renderer/src/scene/sceneModel';

const library = defaultPartLibrary();
const example = JSON.parse(
  readFileSync('assets/examples/switch-cpo-a.lightpath.json', 'utf8'),
) as Design;

describe('scene model', () => {
  it('is computed once per document object and explode amount', () => {
    const a = sceneModelOf(example, library, 0);
    expect(sceneModelOf(example, library, 0)).toBe(a);
    const exploded = sceneModelOf(example, library, 1);
    expect(exploded).not.toBe(a);
    expect(exploded.zScale).toBe(a.zScale);
    expect(sceneModelOf(example, library, 1)).toBe(exploded);
  });

  it('after a move, reuses every untouched box and equals a fresh layout', () => {
    const before = sceneModelOf(example, library, 0);
    const moved = example.components.find((c) => !c.mount.onComponentId)!;
    const { doc } = runCommand(example, moveParts({ ids: [moved.id], deltaMm: { x: 3, y: -2 } }));
    const after = sceneModelOf(doc, library, 0);
    expect(after.boxes).toEqual(componentBoxes(doc, library));
    const old = new Map(before.boxes.map((b) => [b.id, b]));
    for (const box of after.boxes) {
      const component = doc.components.find((c) => c.id === box.id)!;
      if (box.id === moved.id) {
        expect(box).not.toBe(old.get(box.id));
        expect(box.x).toBeCloseTo(old.get(box.id)!.x + 3, 9);
      } else if (!component.mount.onComponentId) {
        expect(box).toBe(old.get(box.id));
      }
    }
  });

  it('lays everything out again when the carriers change', () => {
    const reuse = createBoxReuse();
    const first = componentBoxes(example, library, 0, reuse);
    const thicker: Design = {
      ...example,
      carriers: example.carriers.map((c) => ({ ...c, standoffMm: c.standoffMm + 1 })),
    };
    const second = componentBoxes(thicker, library, 0, reuse);
    expect(second).toEqual(componentBoxes(thicker, library));
    expect(second.some((b, i) => b === first[i])).toBe(false);
  });
});

describe('part instance groups', () => {
  it('keep the previous array of every part whose boxes did not change', () => {
    const before = groupByPart(sceneModelOf(example, library, 0).boxes);
    const moved = before[0]![0]!;
    const { doc } = runCommand(example, moveParts({ ids: [moved.id], deltaMm: { x: 1, y: 0 } }));
    const after = stableGroups(groupByPart(sceneModelOf(doc, library, 0).boxes), before);
    expect(after).toHaveLength(before.length);
    expect(after[0]).not.toBe(before[0]);
    for (let i = 1; i < after.length; i++) expect(after[i]).toBe(before[i]);
  });
});
