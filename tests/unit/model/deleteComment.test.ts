import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  CommandError,
  addComment,
  deleteComment,
  runCommand,
} from '../../../renderer/src/model/commands';
import { sampleDesign } from './sampleDesign';

describe('deleteComment', () => {
  const comment = {
    id: 'comment-9',
    author: 'reviewer',
    createdAt: '2026-11-24T08:00:00.000Z',
    text: 'move the OE closer',
    status: 'open' as const,
    anchor: { pointMm: { x: 1, y: 2, z: 0.5 } },
  };

  it('removes the comment and its inverse patches put it back in place', () => {
    const before = runCommand(sampleDesign(), addComment({ comment })).doc;
    const { doc, inversePatches } = runCommand(before, deleteComment({ id: 'comment-9' }));
    expect(doc.comments.map((c) => c.id)).not.toContain('comment-9');
    expect(doc.comments).toHaveLength(before.comments.length - 1);
    expect(applyPatches(doc, inversePatches)).toEqual(before);
  });

  it('refuses an unknown id', () => {
    expect(() => runCommand(sampleDesign(), deleteComment({ id: 'ghost' }))).toThrow(CommandError);
  });
});
