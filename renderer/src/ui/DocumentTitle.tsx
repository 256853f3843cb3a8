/**
 * The open design's name, variant and file in the top bar, with the unsaved marker.
 */
import { useDocState } from './studioContext';

/** The centred document title. */
export function DocumentTitle() {
  const meta = useDocState((s) => s.doc.meta);
  const fileName = useDocState((s) => s.fileName);
  const isDirty = useDocState((s) => s.isDirty);
  return (
    <div className="doc-title" data-testid="doc-title">
      <strong>{meta.name}</strong>
      {meta.variant && !meta.name.includes(meta.variant) && ` · ${meta.variant}`}
      {` · ${fileName}`}
      {isDirty && <span className="dirty-dot"> ●</span>}
    </div>
  );
}
