/**
 * The parts palette: the part library with a search box (name, id, category, description).
 * Drag a part onto a carrier in the viewport to place it (scene/DropPlacer.tsx).
 */
import { useMemo, useState, type DragEvent } from 'react';
import type { Part } from '../../model/partSchema';
import { PART_DRAG_TYPE } from '../../scene/DropPlacer';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../../scene/palette';
import { useStudio } from '../studioContext';
import './editor.css';

/** Parts whose name, id, category or description contain every word of `query`. */
export function searchParts(parts: Iterable<Part>, query: string): Part[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return [...parts].filter((p) => {
    const text =
      `${p.name} ${p.id} ${p.category} ${CATEGORY_LABELS[p.category]} ${p.description}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** The palette panel. */
export function PartsPalette() {
  const studio = useStudio();
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchParts(studio.parts.values(), query), [studio.parts, query]);

  function onDragStart(e: DragEvent, part: Part) {
    e.dataTransfer.setData(PART_DRAG_TYPE, part.id);
    e.dataTransfer.setData('text/plain', part.name);
    e.dataTransfer.effectAllowed = 'copy';
  }

  return (
    <section className="panel parts-palette" aria-label="Parts" data-testid="parts-palette">
      <header className="panel__header">Parts</header>
      <input
        className="parts-palette__search"
        type="search"
        placeholder="Search parts…"
        aria-label="Search parts"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="panel__body parts-palette__list">
        {found.map((part) => (
          <li
            key={part.id}
            className="parts-palette__item"
            draggable
            onDragStart={(e) => onDragStart(e, part)}
            data-part-id={part.id}
            title={`${part.description}\nDrag onto a carrier to place it.`}
          >
            <span
              className="parts-palette__swatch"
              style={{ background: CATEGORY_COLORS[part.category] }}
            />
            <span className="parts-palette__name">{part.name}</span>
            <span className="parts-palette__size">
              {part.sizeMm.x}×{part.sizeMm.y} mm
            </span>
          </li>
        ))}
        {found.length === 0 && <li className="panel__empty">No part matches “{query}”.</li>}
      </ul>
    </section>
  );
}
