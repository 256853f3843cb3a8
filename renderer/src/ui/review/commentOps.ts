/**
 * What the review UI does with comments: write a draft into the document, resolve, reopen,
 * edit, delete (each one model command, so one undo step), and focus the view on one.
 */
import { addComment, deleteComment, editCommentText, setCommentStatus } from '../../model/commands';
import { ID_PREFIX, nextId } from '../../model/ids';
import type { ReviewComment } from '../../model/schema';
import { anchorPointMm, focusRadiusMm } from '../../scene/comments/commentAnchors';
import { reviewModelOf } from '../../scene/comments/reviewModel';
import type { Studio } from '../../store/studio';
import { loadAuthor } from './author';
import { requestFocus } from '../../store/reviewStore';

/**
 * Adds the draft as an open comment by the remembered author, stamped with `now` (the UI's
 * clock, ISO 8601). Returns the new comment's id, or null when there is no draft or the
 * command was refused.
 */
export function saveDraft(studio: Studio, text: string, now: Date = new Date()): string | null {
  const review = studio.review;
  const draft = review.getState().draft;
  if (!draft) return null;
  const id = nextId(studio.docs.store.getState().doc, ID_PREFIX.comment);
  const comment: ReviewComment = {
    id,
    author: loadAuthor(),
    createdAt: now.toISOString(),
    text,
    status: 'open',
    anchor: draft.anchor,
  };
  if (!studio.docs.runCommand(addComment({ comment }))) return null;
  review.setState({ draft: null, activeCommentId: id });
  return id;
}

/** Marks a comment resolved or open again. */
export function setStatus(studio: Studio, id: string, status: ReviewComment['status']): boolean {
  return studio.docs.runCommand(setCommentStatus({ id, status }));
}

/** Replaces a comment's text. */
export function editText(studio: Studio, id: string, text: string): boolean {
  return studio.docs.runCommand(editCommentText({ id, text }));
}

/** Deletes a comment. */
export function removeComment(studio: Studio, id: string): boolean {
  const ok = studio.docs.runCommand(deleteComment({ id }));
  if (ok && studio.review.getState().activeCommentId === id) {
    studio.review.setState({ activeCommentId: null });
  }
  return ok;
}

/**
 * Shows a comment in the panel (opening it), selects its component (if any) and turns the
 * view to its anchor.
 */
export function focusComment(studio: Studio, id: string): void {
  const doc = studio.docs.store.getState().doc;
  const comment = doc.comments.find((c) => c.id === id);
  if (!comment) return;
  studio.review.setState({ activeCommentId: id, isPanelOpen: true });
  const boxes = reviewModelOf(doc, studio.parts, studio.view.getState().explode).boxesById;
  if ('componentId' in comment.anchor) studio.select([comment.anchor.componentId]);
  const point = anchorPointMm(comment.anchor, boxes);
  if (point) requestFocus(studio, point, focusRadiusMm(comment.anchor, boxes));
}
