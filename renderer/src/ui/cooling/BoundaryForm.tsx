/**
 * The form that adds or edits one cooling boundary: what it covers (the selected parts' tops,
 * a carrier's top or bottom face, a region's face), a preset or a typed resistance (K/W) or
 * heat-transfer coefficient (W/(m²·K)), and the coolant temperature (targets: TargetFields). Submitting runs one
 * command; a refusal shows the command's message and changes nothing.
 */
import { useState } from 'react';
import { COOLING_PRESETS } from '../../model/data/coolingPresets';
import type { CoolingBoundary } from '../../model/schema';
import { boundaryOf, withPreset, type BoundaryDraft } from './boundaryDraft';
import { TargetFields } from './TargetFields';

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
  const [draft, setDraft] = useState(initial);
  const [message, setMessage] = useState('');
  const set = (changes: Partial<BoundaryDraft>) => setDraft((d) => ({ ...d, ...changes }));

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
      <TargetFields draft={draft} set={set} />
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
