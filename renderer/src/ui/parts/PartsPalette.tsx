/**
 * The parts palette: the design's own parts ("This design", each with an edit button)
 * above the machine's part library ("Library"), with one search box (name, id, category,
 * description). Drag a part onto a carrier in the viewport to place it
 * (scene/DropPlacer.tsx resolves it through studio.parts, design parts included).
 */
import { useMemo, useState } from 'react';
import type { Part } from '../../model/partSchema';
import { CATEGORY_LABELS } from '../../scene/palette';
import { openDuplicate, openEditPart, openNewPart } from '../../store/partEditorStore';
import { useDocState, useStudio } from '../studioContext';
import { PaletteItem } from './PaletteItem';
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
  const own = useDocState((s) => s.doc.parts);
  const ownFound = useMemo(() => searchParts(own, query), [own, query]);
  const libraryFound = useMemo(() => {
    const ids = new Set(own.map((p) => p.id));
    return searchParts(studio.library.values(), query).filter((p) => !ids.has(p.id));
  }, [studio.library, own, query]);

  return (
    <section className="panel parts-palette" aria-label="Parts" data-testid="parts-palette">
      <header className="panel__header parts-palette__header">
        Parts
        <button
          type="button"
          className="parts-palette__button"
          title="Define a new part of this design"
          onClick={() => openNewPart(studio)}
        >
          New part…
        </button>
      </header>
      <input
        className="parts-palette__search"
        type="search"
        placeholder="Search parts…"
        aria-label="Search parts"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="panel__body">
        <h3 className="parts-palette__group">This design</h3>
        <ul className="parts-palette__list" aria-label="This design" data-testid="design-parts">
          {ownFound.map((part) => (
            <PaletteItem
              key={part.id}
              part={part}
              onEdit={() => openEditPart(studio, part.id)}
              onDuplicate={() => openDuplicate(studio, part)}
            />
          ))}
          {ownFound.length === 0 && (
            <li className="panel__empty">
              {own.length === 0 ? 'No parts of its own yet.' : `No design part matches “${query}”.`}
            </li>
          )}
        </ul>
        <h3 className="parts-palette__group">Library</h3>
        <ul className="parts-palette__list" aria-label="Library" data-testid="library-parts">
          {libraryFound.map((part) => (
            <PaletteItem
              key={part.id}
              part={part}
              onDuplicate={() => openDuplicate(studio, part)}
            />
          ))}
          {libraryFound.length === 0 && (
            <li className="panel__empty">No part matches “{query}”.</li>
          )}
        </ul>
      </div>
    </section>
  );
}
