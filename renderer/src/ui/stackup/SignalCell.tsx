/**
 * The dielectric of a signal layer: a summary ("Dk 3.4 · Df 0.004 · Ra 0.5 µm", or "—") and
 * an editor for Dk, Df and the copper roughness; an empty field clears the value (the
 * material's own Dk / Df apply again).
 */
import { useState } from 'react';
import type { Layer } from '../../model/schema';
import { CellInput, numberOrNull } from './CellInput';

/** Props of SignalCell. */
export interface SignalCellProps {
  readonly layer: Layer;
  readonly what: string;
  /** Runs one change; returns '' or the refusal message. */
  readonly onSet: (changes: {
    dk?: number | null;
    df?: number | null;
    roughnessUm?: number | null;
  }) => string;
}

const text = (v: number | undefined) => (v === undefined ? '' : String(v));

/** "Dk 3.4 · Df 0.004 · Ra 0.5 µm" for the values set, or "—". */
export function signalSummary(layer: Layer): string {
  const parts = [
    layer.dk === undefined ? '' : `Dk ${layer.dk}`,
    layer.df === undefined ? '' : `Df ${layer.df}`,
    layer.roughnessUm === undefined ? '' : `Ra ${layer.roughnessUm} µm`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : '—';
}

/** The cell with its expandable editor. */
export function SignalCell({ layer, what, onSet }: SignalCellProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <span className="copper-cell">
      <button
        type="button"
        className="copper-cell__summary"
        aria-expanded={isOpen}
        aria-label={`Signal dielectric of ${what}`}
        onClick={() => setOpen(!isOpen)}
      >
        {signalSummary(layer)}
      </button>
      {isOpen && (
        <span
          className="copper-cell__editor"
          role="group"
          aria-label={`Signal dielectric of ${what}`}
        >
          <span className="copper-cell__group">
            Dk{' '}
            <CellInput
              label={`Dk of ${what}`}
              value={text(layer.dk)}
              size={4}
              onCommit={(t) => onSet({ dk: numberOrNull(t) })}
            />
          </span>
          <span className="copper-cell__group">
            Df{' '}
            <CellInput
              label={`Df of ${what}`}
              value={text(layer.df)}
              size={5}
              onCommit={(t) => onSet({ df: numberOrNull(t) })}
            />
          </span>
          <span className="copper-cell__group">
            Ra{' '}
            <CellInput
              label={`Roughness of ${what} µm`}
              value={text(layer.roughnessUm)}
              size={4}
              onCommit={(t) => onSet({ roughnessUm: numberOrNull(t) })}
            />{' '}
            µm
          </span>
        </span>
      )}
    </span>
  );
}
