/**
 * The outline: carriers, components by category and links, with the selection kept in
 * sync with the viewport (click selects, Shift/Ctrl-click adds or removes).
 */
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { PartCategory } from '../model/partSchema';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../scene/palette';
import { useDocState, useStudio, useViewState } from './studioContext';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
}

/** The outline panel. */
export function Outline() {
  const studio = useStudio();
  const doc = useDocState((s) => s.doc);
  const selection = useViewState((s) => s.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const listRef = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => {
    const byCategory = new Map<PartCategory | 'unknown', Row[]>();
    for (const c of doc.components) {
      const part = studio.parts.get(c.partId);
      const category = part?.category ?? 'unknown';
      const rows = byCategory.get(category) ?? [];
      rows.push({
        id: c.id,
        label: c.name || c.id,
        detail: part?.name ?? `unknown part ${c.partId}`,
      });
      byCategory.set(category, rows);
    }
    return [...byCategory.entries()];
  }, [doc.components, studio.parts]);

  useEffect(() => {
    const last = selection.at(-1);
    const row = last ? listRef.current?.querySelector(`[data-id="${CSS.escape(last)}"]`) : null;
    row?.scrollIntoView({ block: 'nearest' });
  }, [selection]);

  function onPick(e: MouseEvent, id: string) {
    const current = studio.view.getState().selection;
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      studio.select(current.includes(id) ? current.filter((s) => s !== id) : [...current, id]);
    } else studio.select([id]);
  }

  const row = (r: Row, swatch?: string) => (
    <button
      key={r.id}
      type="button"
      className={selected.has(r.id) ? 'outline__row is-selected' : 'outline__row'}
      data-id={r.id}
      aria-pressed={selected.has(r.id)}
      onClick={(e) => onPick(e, r.id)}
      title={r.detail}
    >
      {swatch && <span className="swatch" style={{ background: swatch }} />}
      <span className="outline__label">{r.label}</span>
      <span className="outline__detail">{r.detail}</span>
    </button>
  );

  return (
    <section className="panel outline" aria-label="Outline">
      <header className="panel__header">Outline</header>
      <div className="panel__body" ref={listRef}>
        <h3 className="outline__group">Carriers</h3>
        {doc.carriers.map((c) =>
          row({ id: c.id, label: c.name || c.id, detail: `${c.kind}, ${c.layers.length} layers` }),
        )}
        {groups.map(([category, rows]) => (
          <div key={category}>
            <h3 className="outline__group">
              {CATEGORY_LABELS[category]} <span className="count">{rows.length}</span>
            </h3>
            {rows.map((r) => row(r, CATEGORY_COLORS[category]))}
          </div>
        ))}
        <h3 className="outline__group">
          Links <span className="count">{doc.links.length}</span>
        </h3>
        {doc.links.length === 0 && <p className="panel__empty">No links</p>}
        {doc.links.map((l) =>
          row({
            id: l.id,
            label: l.id,
            detail: `${l.from.componentId} → ${l.to.componentId}, ${l.lanes}×${l.laneRateGbps}G ${l.serdesClass}`,
          }),
        )}
      </div>
    </section>
  );
}
