/**
 * The comments panel (review mode), floating at the right of the viewport: the reviewer's
 * name (remembered on this machine), the draft being written, and the document's comments
 * filtered to open ones or all. Clicking a comment focuses the view on its anchor.
 */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useDocState, useStudio } from '../studioContext';
import { loadAuthor, saveAuthor } from './author';
import { CommentDraft } from './CommentDraft';
import { CommentItem } from './CommentItem';

/** The panel; renders nothing while closed. */
export function CommentsPanel() {
  const studio = useStudio();
  const review = studio.review;
  const isOpen = useStore(review, (s) => s.isPanelOpen);
  const filter = useStore(review, (s) => s.filter);
  const activeId = useStore(review, (s) => s.activeCommentId);
  const comments = useDocState((s) => s.doc.comments);
  const components = useDocState((s) => s.doc.components);
  const [author, setAuthor] = useState(loadAuthor);
  const names = useMemo(() => new Map(components.map((c) => [c.id, c.name || c.id])), [components]);
  if (!isOpen) return null;
  const openCount = comments.filter((c) => c.status === 'open').length;
  const shown = comments
    .map((comment, i) => ({ comment, number: i + 1 }))
    .filter(({ comment }) => filter === 'all' || comment.status === 'open');
  return (
    <section className="panel comments-panel" aria-label="Comments">
      <header className="panel__header comments-panel__header">
        <span>
          Comments{' '}
          <span className="count">
            {openCount} open / {comments.length}
          </span>
        </span>
        <button
          type="button"
          aria-label="Close comments"
          onClick={() => review.setState({ isPanelOpen: false })}
        >
          ×
        </button>
      </header>
      <div className="comments-panel__bar">
        <label>
          Author{' '}
          <input
            value={author}
            aria-label="Author"
            onChange={(e) => {
              setAuthor(e.target.value);
              saveAuthor(e.target.value);
            }}
            onBlur={() => setAuthor(loadAuthor())}
          />
        </label>
        <div role="group" aria-label="Filter" className="comments-panel__filter">
          {(['open', 'all'] as const).map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              onClick={() => review.setState({ filter: f })}
            >
              {f === 'open' ? 'Open' : 'All'}
            </button>
          ))}
        </div>
      </div>
      <div className="panel__body">
        <CommentDraft names={names} />
        {shown.length === 0 && (
          <p className="panel__empty">
            {comments.length ? 'No open comments.' : 'No comments yet. Shift+C adds one.'}
          </p>
        )}
        <ol className="comments">
          {shown.map(({ comment, number }) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              number={number}
              isActive={comment.id === activeId}
              names={names}
            />
          ))}
        </ol>
      </div>
    </section>
  );
}
