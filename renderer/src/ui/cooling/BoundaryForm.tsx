/**
 * The form that adds or edits one cooling boundary: what it covers (the selected parts' tops,
 * a carrier's top or bottom face, a region's face), a preset or a typed resistance (K/W) or
 * heat-transfer coefficient (W/(m²·K)), and the coolant temperature. Submitting runs one
 * command; a refusal shows the command's message and changes nothing.
 */
import { useState } from 'react';
import { COOLING_PRESETS } from '../../model/data/coolingPresets';
import type { CoolingBoundary } from '../../model/schema';
import { useDocState, useViewState } from '../studioContext';
import { boundaryOf, regionChoices, withPreset, type BoundaryDraft } from './boundaryDraft';

const KINDS: readonly CoolingBoundary['kind'][] = [
  'cold-plate',
  'air-heatsink',
  'lid',
  'convection',
];

/** Props: the starting draft, the id the boundary gets, and what to run on submit. */
export interface BoundaryFormProps {
  readonly initial: BoundaryDraft;
  readonly id: string;
  readonly submitLabel: string;
  /** Runs the command; returns '' on success or the command's message. */
  readonly onSubmit: (boundary: CoolingBoundary) => string;
  readonly onCancel: () => void;
}

/** The boundary form. */
export function BoundaryForm({ initial, id, submitLabel, onSubmit, onCancel }: BoundaryFormProps) {
  const doc = useDocState((s) => s.doc);
  const selection = useViewState((s) => s.selection);
  const [draft, setDraft] = useState(initial);
  const [message, setMessage] = useState('');
  const set = (changes: Partial<BoundaryDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const selectedParts = selection.filter((s) => doc.components.some((c) => c.id === s));
  const regions = regionChoices(doc);

  function submit() {
    const built = boundaryOf(draft, id);
    setMessage(typeof built === 'string' ? built : onSubmit(built));
  }

  return (
    <form
      className="cooling__form"
      data-testid="cooling-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
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
      <label>
        Preset
        <select
          aria-label="Preset"
          data-testid="cooling-preset"
          value={draft.presetId}
          onChange={(e) => setDraft((d) => withPreset(d, e.target.value))}
        >
          <option value="">Typed in</option>
          {COOLING_PRESETS.map((p) => (
            <option key={p.id} value={p.id} title={`${p.assumption} (${p.sourceId})`}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <div className="cooling__row">
        <select
          aria-label="Kind"
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value as CoolingBoundary['kind'] })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <select
          aria-label="Rating"
          data-testid="cooling-rating-kind"
          value={draft.ratingKind}
          onChange={(e) =>
            set({ ratingKind: e.target.value as 'resistance' | 'htc', presetId: '' })
          }
        >
          <option value="resistance">resistance, K/W</option>
          <option value="htc">HTC, W/(m²·K)</option>
        </select>
      </div>
      <div className="cooling__row">
        <input
          aria-label="Rating value"
          data-testid="cooling-rating"
          value={draft.ratingText}
          onChange={(e) => set({ ratingText: e.target.value, presetId: '' })}
        />
        <span className="field__unit">
          {draft.ratingKind === 'resistance' ? 'K/W' : 'W/(m²·K)'}
        </span>
        <input
          aria-label="Coolant"
          data-testid="cooling-coolant"
          value={draft.coolantText}
          onChange={(e) => set({ coolantText: e.target.value })}
        />
        <span className="field__unit">°C</span>
      </div>
      <input
        aria-label="Name"
        placeholder="name (default: the preset's)"
        value={draft.name}
        onChange={(e) => set({ name: e.target.value })}
      />
      {message && (
        <p role="alert" className="field__message" data-testid="cooling-message">
          {message}
        </p>
      )}
      <div className="cooling__row">
        <button type="submit" data-testid="cooling-submit">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
