/**
 * One comment in the list: number, status, anchor, author and time, text; click to focus
 * the view on it; resolve or reopen, edit the text, delete. Each change is one undo step.
 */
import { useState } from 'react';
import type { ReviewComment } from '../../model/schema';
import { useStudio } from '../studioContext';
import { anchorLabel } from './CommentDraft';
import { editText, focusComment, removeComment, setStatus } from './commentOps';

/** Props of CommentItem. */
export interface CommentItemProps {
  readonly comment: ReviewComment;
  /** 1-based number, the same as on its pin. */
  readonly number: number;
  readonly isActive: boolean;
  /** Component names by id, for the anchor label. */
  readonly names: ReadonlyMap<string, string>;
}

/** A comment row of the comments panel. */
export function CommentItem({ comment, number, isActive, names }: CommentItemProps) {
  const studio = useStudio();
  const [editing, setEditing] = useState<string | null>(null);
  const isOpen = comment.status === 'open';
  const when = new Date(comment.createdAt);
  const time = Number.isNaN(when.getTime()) ? comment.createdAt : when.toLocaleString();
  return (
    <li
      className={`comment${isActive ? ' is-active' : ''}${isOpen ? '' : ' is-resolved'}`}
      data-comment-id={comment.id}
      data-status={comment.status}
    >
      <button
        type="button"
        className="comment__head"
        onClick={() => focusComment(studio, comment.id)}
      >
        <span className="comment__number">{number}</span>
        <span className="comment__anchor">{anchorLabel(comment.anchor, names)}</span>
        <span className="comment__status">{isOpen ? 'open' : 'resolved'}</span>
      </button>
      <div className="comment__meta">
        {comment.author} · <time dateTime={comment.createdAt}>{time}</time>
      </div>
      {editing === null ? (
        <p className="comment__text">{comment.text || <em>(no text)</em>}</p>
      ) : (
        <textarea
          autoFocus
          aria-label="Edit comment text"
          value={editing}
          rows={3}
          onChange={(e) => setEditing(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              if (editText(studio, comment.id, editing.trim())) setEditing(null);
            } else if (e.key === 'Escape') setEditing(null);
          }}
        />
      )}
      <div className="comment__actions">
        <button
          type="button"
          onClick={() => setStatus(studio, comment.id, isOpen ? 'resolved' : 'open')}
        >
          {isOpen ? 'Resolve' : 'Reopen'}
        </button>
        {editing === null ? (
          <button type="button" onClick={() => setEditing(comment.text)}>
            Edit
          </button>
        ) : (
          <button
            type="button"
            onClick={() => editText(studio, comment.id, editing.trim()) && setEditing(null)}
          >
            Save
          </button>
        )}
        <button type="button" className="danger" onClick={() => removeComment(studio, comment.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}
