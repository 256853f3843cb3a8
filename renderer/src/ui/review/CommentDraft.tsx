/**
 * The editor of a comment being written: where it is anchored, a text box (Enter saves,
 * Shift+Enter starts a new line, Escape cancels). Saving adds it to the document.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { CommentAnchor } from '../../model/schema';
import { useDocState, useStudio } from '../studioContext';
import { saveDraft } from './commentOps';

/** A short description of an anchor: the part's name, or the point in mm. */
export function anchorLabel(anchor: CommentAnchor, names: ReadonlyMap<string, string>): string {
  if ('componentId' in anchor) return names.get(anchor.componentId) ?? anchor.componentId;
  const { x, y, z } = anchor.pointMm;
  return `(${x.toFixed(1)}, ${y.toFixed(1)}, ${z.toFixed(2)}) mm`;
}

/** The draft editor; renders nothing when no comment is being written. */
export function CommentDraft({ names }: { names: ReadonlyMap<string, string> }) {
  const studio = useStudio();
  const review = studio.review;
  const draft = useStore(review, (s) => s.draft);
  const error = useDocState((s) => s.lastCommandError);
  const [text, setText] = useState('');
  if (!draft) return null;
  const cancel = () => {
    review.setState({ draft: null });
    setText('');
  };
  const save = () => {
    if (saveDraft(studio, text.trim())) setText('');
  };
  return (
    <form
      className="comment-draft"
      data-testid="comment-draft"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="comment-draft__anchor">New comment on {anchorLabel(draft.anchor, names)}</div>
      <textarea
        autoFocus
        aria-label="Comment text"
        value={text}
        rows={3}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            cancel();
          }
        }}
      />
      {error && <p role="alert">{error}</p>}
      <div className="comment-draft__buttons">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Add comment
        </button>
      </div>
    </form>
  );
}
