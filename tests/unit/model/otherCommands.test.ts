import { describe, expect, it } from 'vitest';
import {
  CommandError,
  addComment,
  addKeepOut,
  addLink,
  deleteKeepOut,
  deleteLinks,
  editCommentText,
  runCommand,
  setCommentStatus,
  setCooling,
  setMeta,
  updateLink,
} from '../../../renderer/src/model/commands';
import { sampleDesign } from './sampleDesign';

describe('link commands', () => {
  const link = {
    id: 'link-2',
    from: { componentId: 'u1', port: 'serdes1' },
    to: { componentId: 'oe1', port: 'host' },
    lanes: 4,
    laneRateGbps: 212.5,
    modulation: 'PAM4' as const,
    serdesClass: 'XSR' as const,
  };

  it('addLink, updateLink and deleteLinks edit the link list', () => {
    const added = runCommand(sampleDesign(), addLink({ link })).doc;
    expect(added.links.map((l) => l.id)).toEqual(['link-1', 'link-2']);
    const updated = runCommand(
      added,
      updateLink({ id: 'link-2', changes: { lanes: 8, serdesClass: 'VSR' } }),
    ).doc;
    expect(updated.links[1]).toEqual({ ...link, lanes: 8, serdesClass: 'VSR' });
    expect(
      runCommand(updated, deleteLinks({ ids: ['link-1'] })).doc.links.map((l) => l.id),
    ).toEqual(['link-2']);
  });

  it('refuses dangling ends and invalid values', () => {
    const doc = sampleDesign();
    expect(() =>
      runCommand(doc, addLink({ link: { ...link, to: { componentId: 'x', port: 'p' } } })),
    ).toThrow(/unknown component "x"/);
    expect(() => runCommand(doc, updateLink({ id: 'link-1', changes: { lanes: 0 } }))).toThrow(
      CommandError,
    );
    expect(() => runCommand(doc, deleteLinks({ ids: ['nope'] }))).toThrow(CommandError);
  });
});

describe('comment, meta, cooling and keep-out commands', () => {
  it('adds, resolves and edits comments', () => {
    const comment = {
      id: 'comment-2',
      author: 'arch',
      createdAt: '2026-11-24T08:00:00Z',
      text: 'ok',
      status: 'open' as const,
      anchor: { componentId: 'u1' },
    };
    let doc = runCommand(sampleDesign(), addComment({ comment })).doc;
    doc = runCommand(doc, setCommentStatus({ id: 'comment-2', status: 'resolved' })).doc;
    doc = runCommand(doc, editCommentText({ id: 'comment-2', text: 'approved' })).doc;
    expect(doc.comments[1]).toEqual({ ...comment, status: 'resolved', text: 'approved' });
    const lost = { ...comment, id: 'comment-3', anchor: { componentId: 'ghost' } };
    expect(() => runCommand(doc, addComment({ comment: lost }))).toThrow(CommandError);
  });

  it('setMeta and setCooling validate against the schema', () => {
    const doc = sampleDesign();
    expect(
      runCommand(doc, setMeta({ changes: { architecture: 'cpo-a' } })).doc.meta.architecture,
    ).toBe('cpo-a');
    expect(() => runCommand(doc, setMeta({ changes: { name: '' } }))).toThrow(CommandError);
    expect(runCommand(doc, setCooling({ changes: { ambientC: 35 } })).doc.cooling.ambientC).toBe(
      35,
    );
    expect(() => runCommand(doc, setCooling({ changes: { ambientC: 500 } }))).toThrow(CommandError);
    const badSink = {
      id: 'hs-2',
      name: 'Air heatsink',
      kind: 'air-heatsink' as const,
      target: { kind: 'components' as const, componentIds: ['ghost'] },
      rating: { kind: 'resistance' as const, kPerW: 0.2 },
      coolantC: 25,
    };
    expect(() => runCommand(doc, setCooling({ changes: { boundaries: [badSink] } }))).toThrow(
      /ghost/,
    );
  });

  it('adds and deletes keep-outs', () => {
    const keepOut = {
      id: 'ko-2',
      name: 'connector',
      carrierId: 'board',
      kind: 'placement' as const,
      rectMm: { x: 180, y: 0, width: 20, depth: 30 },
    };
    const added = runCommand(sampleDesign(), addKeepOut({ keepOut })).doc;
    expect(added.keepOuts.at(-1)).toEqual(keepOut);
    expect(runCommand(added, deleteKeepOut({ ids: ['ko-1', 'ko-2'] })).doc.keepOuts).toEqual([]);
    expect(() =>
      runCommand(added, addKeepOut({ keepOut: { ...keepOut, id: 'ko-3', carrierId: 'x' } })),
    ).toThrow(CommandError);
  });
});
