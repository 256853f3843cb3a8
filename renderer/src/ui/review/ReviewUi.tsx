/**
 * The DOM side of review mode and discoverability: the comments panel and the measure
 * readout over the viewport, the command palette and the context menu, and Escape, which
 * clears the measure, then leaves the comment or measure tool.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { CommandPalette } from '../palette/CommandPalette';
import { ContextMenu } from '../contextMenu/ContextMenu';
import { useStudio, useViewState } from '../studioContext';
import { CommentsPanel } from './CommentsPanel';
import { MeasureReadout } from './MeasureReadout';
import './review.css';

/** Mounted once in the studio shell. */
export function ReviewUi() {
  const studio = useStudio();
  const tool = useViewState((s) => s.tool);
  const [viewport, setViewport] = useState<Element | null>(null);

  useEffect(() => {
    setViewport(document.querySelector('[data-testid="viewport"]'));
  }, []);

  useEffect(() => {
    const review = studio.review;
    function onKey(e: KeyboardEvent) {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const { measure, contextMenu, isPaletteOpen } = review.getState();
      if (contextMenu || isPaletteOpen) return;
      const current = studio.view.getState().tool;
      if (current === 'measure' && measure.length > 0) review.setState({ measure: [] });
      else if (current === 'measure' || current === 'comment')
        studio.view.setState({ tool: 'select' });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [studio]);

  return (
    <>
      {viewport &&
        createPortal(
          <>
            {tool === 'comment' && (
              <div className="tool-hint" role="status">
                Add comment: click a part or the board · Esc cancels
              </div>
            )}
            <CommentsPanel />
            <MeasureReadout />
          </>,
          viewport,
        )}
      <CommandPalette />
      <ContextMenu />
    </>
  );
}
