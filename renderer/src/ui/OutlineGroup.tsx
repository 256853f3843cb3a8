/**
 * One collapsible group of the outline (carriers, a part category, links). Long groups
 * show their first rows and a count of the rest, so a 2,000-part design stays responsive.
 */
import { memo, useState, type MouseEvent } from 'react';

/** One row: an id to select, its label and a dimmer detail. */
export interface OutlineRow {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
}

/** Rows drawn per group before the rest are summarised. */
export const MAX_ROWS_PER_GROUP = 200;

/** Props of OutlineGroup. */
export interface OutlineGroupProps {
  readonly title: string;
  readonly rows: readonly OutlineRow[];
  readonly selected: ReadonlySet<string>;
  readonly onPick: (e: MouseEvent, id: string) => void;
  /** Colour swatch before each row (the category colour). */
  readonly swatch?: string;
}

/** A titled, collapsible list of selectable rows (re-rendered only when its props change). */
export const OutlineGroup = memo(function OutlineGroup({
  title,
  rows,
  selected,
  onPick,
  swatch,
}: OutlineGroupProps) {
  const [isOpen, setOpen] = useState(true);
  const shown = isOpen ? rows.slice(0, MAX_ROWS_PER_GROUP) : [];
  return (
    <div>
      <h3 className="outline__group">
        <button type="button" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
          {title}
        </button>
        <span className="count">{rows.length}</span>
      </h3>
      {isOpen && rows.length === 0 && <p className="panel__empty">None</p>}
      {shown.map((r) => (
        <button
          key={r.id}
          type="button"
          className={selected.has(r.id) ? 'outline__row is-selected' : 'outline__row'}
          data-id={r.id}
          aria-pressed={selected.has(r.id)}
          onClick={(e) => onPick(e, r.id)}
          title={`${r.label} — ${r.detail}`}
        >
          {swatch && <span className="swatch" style={{ background: swatch }} />}
          <span className="outline__label">{r.label}</span>
          <span className="outline__detail">{r.detail}</span>
        </button>
      ))}
      {isOpen && rows.length > shown.length && (
        <p className="outline__more">… {rows.length - shown.length} more</p>
      )}
    </div>
  );
});
