/**
 * What a boundary covers, in the boundary form: the selected parts' tops (taken from the
 * selection), a carrier's top or bottom face, or a region's face.
 */
import { useDocState, useViewState } from '../studioContext';
import { regionChoices, type BoundaryDraft } from './boundaryDraft';

/** Props: the draft and the way to change it. */
export function TargetFields({
  draft,
  set,
}: {
  draft: BoundaryDraft;
  set: (changes: Partial<BoundaryDraft>) => void;
}) {
  const doc = useDocState((s) => s.doc);
  const selection = useViewState((s) => s.selection);
  const selectedParts = selection.filter((s) => doc.components.some((c) => c.id === s));
  const regions = regionChoices(doc);
  return (
    <>
      <label>
        Covers
        <select
          aria-label="Target"
          data-testid="cooling-target"
          value={draft.targetKind}
          onChange={(e) => {
            const targetKind = e.target.value as BoundaryDraft['targetKind'];
            set(
              targetKind === 'components'
                ? { targetKind, componentIds: selectedParts }
                : { targetKind },
            );
          }}
        >
          <option value="components">Selected parts’ tops</option>
          <option value="carrier">A carrier’s face</option>
          <option value="region" disabled={regions.length === 0}>
            A region’s face
          </option>
        </select>
      </label>
      {draft.targetKind === 'components' && (
        <p className="cooling__hint" data-testid="cooling-parts">
          {draft.componentIds.length > 0
            ? draft.componentIds
                .map((c) => doc.components.find((x) => x.id === c)?.name || c)
                .join(', ')
            : 'No part selected: select parts in the viewport or the outline.'}{' '}
          <button type="button" onClick={() => set({ componentIds: selectedParts })}>
            Use selection
          </button>
        </p>
      )}
      {draft.targetKind === 'carrier' && (
        <select
          aria-label="Carrier"
          data-testid="cooling-carrier"
          value={draft.carrierId}
          onChange={(e) => set({ carrierId: e.target.value })}
        >
          {doc.carriers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name || c.id}
            </option>
          ))}
        </select>
      )}
      {draft.targetKind === 'region' && (
        <select
          aria-label="Region"
          value={draft.regionKey}
          onChange={(e) => set({ regionKey: e.target.value })}
        >
          {regions.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      )}
      {draft.targetKind !== 'components' && (
        <select
          aria-label="Face"
          data-testid="cooling-face"
          value={draft.face}
          onChange={(e) => set({ face: e.target.value as 'top' | 'bottom' })}
        >
          <option value="top">top face</option>
          <option value="bottom">bottom face</option>
        </select>
      )}
    </>
  );
}
