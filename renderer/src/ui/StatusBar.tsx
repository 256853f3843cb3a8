/**
 * The status bar: file name with the unsaved marker, revision, selection, cursor position
 * over the carrier in mm, the last notice, and a slot (children) for the analysis state.
 */
import type { ReactNode } from 'react';
import { useDocState, useViewState } from './studioContext';

/** Props: `children` go into the analysis slot at the right. */
export function StatusBar({ children }: { children?: ReactNode }) {
  const fileName = useDocState((s) => s.fileName);
  const isDirty = useDocState((s) => s.isDirty);
  const revision = useDocState((s) => s.revision);
  const selection = useViewState((s) => s.selection);
  const cursor = useViewState((s) => s.cursorMm);
  const notice = useViewState((s) => s.notice);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <span className="statusbar__file" data-testid="status-file">
        {isDirty && (
          <span className="dirty-dot" aria-label="unsaved changes">
            ●
          </span>
        )}
        {fileName}
      </span>
      <span data-testid="status-revision">rev {revision}</span>
      <span data-testid="status-selection">
        {selection.length === 0
          ? 'Nothing selected'
          : selection.length === 1
            ? selection[0]
            : `${selection.length} selected`}
      </span>
      <span className="statusbar__cursor" data-testid="status-cursor">
        {cursor ? `x ${cursor.x.toFixed(2)} mm  y ${cursor.y.toFixed(2)} mm` : 'x — y —'}
      </span>
      <span className="statusbar__notice">{notice}</span>
      <span className="statusbar__analysis" data-testid="status-analysis">
        {children}
      </span>
    </footer>
  );
}
