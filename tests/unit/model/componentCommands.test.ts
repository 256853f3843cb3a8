import { describe, expect, it } from 'vitest';
import {
  CommandError,
  addComponent,
  deleteComponents,
  duplicateComponents,
  runCommand,
  setPartProperty,
} from '../../../renderer/src/model/commands';
import { sampleDesign } from './sampleDesign';

const newOe = {
  id: 'oe2',
  partId: 'test-oe',
  name: 'OE2',
  positionMm: { x: 150, y: 40 },
  rotationDeg: 0,
  mount: { carrierId: 'board', side: 'top' as const },
};

describe('component commands', () => {
  it('addComponent appends a component and refuses taken ids and unknown carriers', () => {
    const doc = sampleDesign();
    expect(runCommand(doc, addComponent({ component: newOe })).doc.components.at(-1)).toEqual(
      newOe,
    );
    expect(() => runCommand(doc, addComponent({ component: { ...newOe, id: 'link-1' } }))).toThrow(
      /already used/,
    );
    const elsewhere = { ...newOe, mount: { carrierId: 'nowhere', side: 'top' as const } };
    expect(() => runCommand(doc, addComponent({ component: elsewhere }))).toThrow(CommandError);
  });

  it('deleteComponents removes links and fibers, re-anchors comments, trims heatsinks', () => {
    const { doc } = runCommand(sampleDesign(), deleteComponents({ ids: ['oe1'] }));
    expect(doc.components.map((c) => c.id)).toEqual(['u1']);
    expect(doc.links).toEqual([]);
    expect(doc.fibers).toEqual([]);
    expect(doc.comments[0]?.anchor).toEqual({ pointMm: { x: 120, y: 75, z: 0 } });
    expect(doc.cooling.boundaries[0]?.target).toEqual({ kind: 'components', componentIds: ['u1'] });

    const both = runCommand(sampleDesign(), deleteComponents({ ids: ['u1', 'oe1'] })).doc;
    expect(both.cooling.boundaries).toEqual([]);
  });

  it('deleteComponents leaves a component stacked on a deleted one on its carrier', () => {
    const mount = { carrierId: 'board', side: 'top' as const, onComponentId: 'u1' };
    const stacked = runCommand(
      sampleDesign(),
      setPartProperty({ id: 'oe1', changes: { mount } }),
    ).doc;
    const { doc, patches } = runCommand(stacked, deleteComponents({ ids: ['u1'] }));
    expect(doc.components).toEqual([
      { ...stacked.components[1], mount: { carrierId: 'board', side: 'top' } },
    ]);
    expect(doc.cooling.boundaries).toEqual([]);
    expect(doc.fibers).toBe(stacked.fibers); // untouched collections keep their identity
    expect(patches.some((p) => p.path[0] === 'fibers')).toBe(false);
  });

  it('duplicateComponents copies with new ids, offset, and the links among the copies', () => {
    const { doc } = runCommand(
      sampleDesign(),
      duplicateComponents({ ids: ['u1', 'oe1'], offsetMm: { x: 0, y: 60 } }),
    );
    expect(doc.components.map((c) => [c.id, c.positionMm.y])).toEqual([
      ['u1', 75],
      ['oe1', 75],
      ['cmp-1', 135],
      ['cmp-2', 135],
    ]);
    expect(doc.links.at(-1)).toMatchObject({
      id: 'link-2',
      from: { componentId: 'cmp-1', port: 'serdes0' },
      to: { componentId: 'cmp-2', port: 'host' },
    });
    expect(doc.components[3]?.overrides).toEqual({ powerW: 12 });
  });

  it('setPartProperty changes name, overrides and mount, and refuses a stacking loop', () => {
    const doc = sampleDesign();
    const renamed = runCommand(
      doc,
      setPartProperty({ id: 'oe1', changes: { name: 'OE-A', overrides: null } }),
    );
    expect(renamed.doc.components[1]).toMatchObject({ name: 'OE-A' });
    expect(renamed.doc.components[1]?.overrides).toBeUndefined();
    const stacked = runCommand(
      doc,
      setPartProperty({
        id: 'oe1',
        changes: { mount: { carrierId: 'board', side: 'top', onComponentId: 'u1' } },
      }),
    ).doc;
    expect(stacked.components[1]?.mount.onComponentId).toBe('u1');
    expect(() =>
      runCommand(
        stacked,
        setPartProperty({
          id: 'u1',
          changes: { mount: { carrierId: 'board', side: 'top', onComponentId: 'oe1' } },
        }),
      ),
    ).toThrow(/loop/);
    expect(() =>
      runCommand(doc, setPartProperty({ id: 'u1', changes: { overrides: { powerW: -1 } } })),
    ).toThrow(CommandError);
  });
});
