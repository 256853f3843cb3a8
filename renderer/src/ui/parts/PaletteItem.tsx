/**
 * One part in the parts palette: swatch, name and outline; drag it onto a carrier to place
 * it (scene/DropPlacer.tsx). Design parts carry an edit button, every part a button that
 * opens a copy of it in the part editor.
 */
import type { DragEvent } from 'react';
import type { Part } from '../../model/partSchema';
import { PART_DRAG_TYPE } from '../../scene/DropPlacer';
import { CATEGORY_COLORS } from '../../scene/palette';

/** Props of PaletteItem. */
export interface PaletteItemProps {
  readonly part: Part;
  /** Opens the part editor on this design part; absent for library parts. */
  readonly onEdit?: () => void;
  /** Opens the part editor on a copy of this part. */
  readonly onDuplicate: () => void;
}

function onDragStart(e: DragEvent, part: Part) {
  e.dataTransfer.setData(PART_DRAG_TYPE, part.id);
  e.dataTransfer.setData('text/plain', part.name);
  e.dataTransfer.effectAllowed = 'copy';
}

/** A palette row. */
export function PaletteItem({ part, onEdit, onDuplicate }: PaletteItemProps) {
  return (
    <li
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
      {onEdit && (
        <button
          type="button"
          className="parts-palette__button"
          aria-label={`Edit ${part.name}`}
          title="Edit this part definition"
          onClick={onEdit}
        >
          ✎
        </button>
      )}
      <button
        type="button"
        className="parts-palette__button parts-palette__button--quiet"
        aria-label={`Duplicate ${part.name} and edit`}
        title="Duplicate as a design part and edit"
        onClick={onDuplicate}
      >
        ⧉
      </button>
    </li>
  );
}
