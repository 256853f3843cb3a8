/**
 * Review comment commands. A comment is anchored to a component or to a global point (mm).
 * The creation time is a parameter, never read from a clock inside the model.
 */
import { z } from 'zod';
import { collectIds } from '../ids';
import { ReviewCommentSchema, type ReviewComment } from '../schema';
import { CommandError, defineCommand } from './command';
import { baseDesign, findById, parseParam, requireFreeId } from './guards';

/** Adds a comment; its id must be new and a component anchor must name an existing component. */
export const addComment = defineCommand(
  'addComment',
  (draft, params: { comment: ReviewComment }) => {
    const comment = parseParam(ReviewCommentSchema, params.comment, 'comment');
    const base = baseDesign(draft);
    requireFreeId(collectIds(base), comment.id);
    const anchor = comment.anchor;
    if ('componentId' in anchor && !base.components.some((c) => c.id === anchor.componentId)) {
      throw new CommandError(`comment anchored to unknown component "${anchor.componentId}"`);
    }
    draft.comments.push(comment);
  },
);

/** Marks a comment open or resolved. */
export const setCommentStatus = defineCommand(
  'setCommentStatus',
  (draft, params: { id: string; status: ReviewComment['status'] }) => {
    const status = parseParam(z.enum(['open', 'resolved']), params.status, 'status');
    findById(draft.comments, params.id, 'comment').status = status;
  },
);

/** Replaces a comment's text. */
export const editCommentText = defineCommand(
  'editCommentText',
  (draft, params: { id: string; text: string }) => {
    const text = parseParam(ReviewCommentSchema.shape.text, params.text, 'text');
    findById(draft.comments, params.id, 'comment').text = text;
  },
);

/** Deletes a comment (undo brings it back at the same place in the list). */
export const deleteComment = defineCommand('deleteComment', (draft, params: { id: string }) => {
  findById(draft.comments, params.id, 'comment');
  const index = draft.comments.findIndex((c) => c.id === params.id);
  draft.comments.splice(index, 1);
});
