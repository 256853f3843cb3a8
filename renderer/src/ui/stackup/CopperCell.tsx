/**
 * The copper of a layer: a summary ("4 × 35 µm, 80 %") and an editor for its copper groups
 * (thickness µm, area fill %, count). Every change writes the whole list with one setLayer.
 */
import { useState } from 'react';
import { COPPER_FILL } from '../../model/materials';
import type { Copper } from '../../model/schema';
import { CellInput, numberOrNull } from './CellInput';

/** A new copper group: 1 oz copper (35 µm, as newDocument.ts), plane fill. */
const ONE_OZ_UM = 35;

/** Props of CopperCell. */
export interface CopperCellProps {
  readonly copper: readonly Copper[] | undefined;
  readonly what: string;
  /** Runs the change (null removes all copper); returns '' or the refusal message. */
  readonly onSet: (copper: Copper[] | null) => string;
}

/** "2 × 35 µm 80 %; 18 µm 20 %", or "none". */
export function copperSummary(copper: readonly Copper[] | undefined): string {
  if (!copper || copper.length === 0) return 'none';
  return copper
    .map(
      (c) =>
        `${(c.count ?? 1) > 1 ? `${c.count}×` : ''}${c.thicknessUm} µm ${Math.round(c.fill * 100)}%`,
    )
    .join('; ');
}

/** The cell with its expandable editor. */
export function CopperCell({ copper, what, onSet }: CopperCellProps) {
  const [isOpen, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const groups = copper ?? [];
  const write = (next: Copper[]) => {
    const error = onSet(next.length ? next : null);
    setMessage(error);
    return error;
  };
  const change = (i: number, patch: Partial<Record<keyof Copper, number | null>>) =>
    write(groups.map((g, j) => (j === i ? ({ ...g, ...patch } as Copper) : g)));
  return (
    <span className="copper-cell">
      <button
        type="button"
        className="copper-cell__summary"
        aria-expanded={isOpen}
        aria-label={`Copper of ${what}`}
        onClick={() => setOpen(!isOpen)}
      >
        {copperSummary(copper)}
      </button>
      {isOpen && (
        <span className="copper-cell__editor" role="group" aria-label={`Copper groups of ${what}`}>
          {groups.map((g, i) => (
            <span key={i} className="copper-cell__group">
              <CellInput
                label={`copper ${i + 1} thickness µm`}
                value={String(g.thicknessUm)}
                size={4}
                onCommit={(t) => change(i, { thicknessUm: numberOrNull(t) })}
              />
              µm
              <CellInput
                label={`copper ${i + 1} fill %`}
                value={String(Math.round(g.fill * 1000) / 10)}
                size={3}
                onCommit={(t) => {
                  const v = numberOrNull(t);
                  return change(i, { fill: v === null ? null : v / 100 });
                }}
              />
              % ×
              <CellInput
                label={`copper ${i + 1} count`}
                value={String(g.count ?? 1)}
                size={2}
                onCommit={(t) => change(i, { count: numberOrNull(t) })}
              />
              <button
                type="button"
                aria-label={`Remove copper ${i + 1}`}
                onClick={() => write(groups.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </span>
          ))}
          <button
            type="button"
            onClick={() =>
              write([...groups, { thicknessUm: ONE_OZ_UM, fill: COPPER_FILL.plane, count: 1 }])
            }
          >
            + copper
          </button>
          {message && (
            <span className="cell-input__message" role="alert">
              {message}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
