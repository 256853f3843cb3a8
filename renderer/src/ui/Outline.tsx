/**
 * The outline: carriers, components by category and links, with the selection kept in
 * sync with the viewport (click selects, Shift/Ctrl-click adds or removes).
 */
import { useCallback, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { PartCategory } from '../model/partSchema';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../scene/palette';
import { OutlineGroup, type OutlineRow } from './OutlineGroup';
import { useDocState, useStudio, useViewState } from './studioContext';

/** The outline panel. */
export function Outline() {
  const studio = useStudio();
  const doc = useDocState((s) => s.doc);
  const selection = useViewState((s) => s.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const listRef = useRef<HTMLDivElement>(null);

  // Rows depend on ids, names and parts only: a drag (positions) must not rebuild them.
  const rowsKey = doc.components.map((c) => `${c.id}\u0000${c.name}\u0000${c.partId}`).join('\n');
  const components = useMemo(() => doc.components, [rowsKey]);
  const groups = useMemo(() => {
    const byCategory = new Map<PartCategory | 'unknown', OutlineRow[]>();
    for (const c of components) {
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
  }, [components, studio.parts]);

  const carriers = useMemo(
    () =>
      doc.carriers.map((c) => ({
        id: c.id,
        label: c.name || c.id,
        detail: `${c.kind}, ${c.layers.length} layers`,
      })),
    [doc.carriers],
  );
  const links = useMemo(
    () =>
      doc.links.map((l) => ({
        id: l.id,
        label: l.id,
        detail: `${l.from.componentId} → ${l.to.componentId}, ${l.lanes}×${l.laneRateGbps}G ${l.serdesClass}`,
      })),
    [doc.links],
  );

  useEffect(() => {
    const last = selection.at(-1);
    const row = last ? listRef.current?.querySelector(`[data-id="${CSS.escape(last)}"]`) : null;
    row?.scrollIntoView({ block: 'nearest' });
  }, [selection]);

  const onPick = useCallback(
    (e: MouseEvent, id: string) => {
      const current = studio.view.getState().selection;
      if (e.shiftKey || e.ctrlKey || e.metaKey) {
        studio.select(current.includes(id) ? current.filter((s) => s !== id) : [...current, id]);
      } else studio.select([id]);
    },
    [studio],
  );

  return (
    <section className="panel outline" aria-label="Outline">
      <header className="panel__header">Outline</header>
      <div className="panel__body" ref={listRef}>
        <OutlineGroup title="Carriers" rows={carriers} selected={selected} onPick={onPick} />
        {groups.map(([category, rows]) => (
          <OutlineGroup
            key={category}
            title={CATEGORY_LABELS[category]}
            rows={rows}
            selected={selected}
            onPick={onPick}
            swatch={CATEGORY_COLORS[category]}
          />
        ))}
        <OutlineGroup title="Links" rows={links} selected={selected} onPick={onPick} />
      </div>
    </section>
  );
}
