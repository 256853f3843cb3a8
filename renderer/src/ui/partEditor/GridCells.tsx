/**
 * A grid power map: nx × ny cells of equal size over the outline, the watts of each cell
 * typed as one list (row by row from y = 0, nx per row, separated by commas or spaces).
 */
import { useEffect, useState } from 'react';
import type { PowerMap } from '../../model/partSchema';
import { NumberInput } from './NumberInput';

type GridMap = Extract<PowerMap, { kind: 'grid' }>;

/** Props of GridCells. */
export interface GridCellsProps {
  readonly map: GridMap;
  readonly onChange: (map: GridMap) => void;
}

function cellsText(cells: readonly number[]): string {
  return cells.join(', ');
}

/** nx, ny and the cell list. */
export function GridCells({ map, onChange }: GridCellsProps) {
  const [text, setText] = useState(cellsText(map.cellsW));
  useEffect(() => setText((t) => (t.trim() === '' ? cellsText(map.cellsW) : t)), [map.cellsW]);
  return (
    <div className="part-editor__field part-editor__field--top">
      <span className="part-editor__label">Grid nx × ny</span>
      <NumberInput
        label="Grid nx"
        value={map.nx}
        onChange={(nx) => onChange({ ...map, nx: nx ?? Number.NaN })}
      />
      <NumberInput
        label="Grid ny"
        value={map.ny}
        onChange={(ny) => onChange({ ...map, ny: ny ?? Number.NaN })}
      />
      <textarea
        className="part-editor__text part-editor__text--wide"
        aria-label="Watts per cell, row by row from y = 0"
        placeholder="W per cell, row by row from y = 0"
        rows={2}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const cellsW = e.target.value
            .split(/[\s,;]+/)
            .filter(Boolean)
            .map(Number);
          onChange({ ...map, cellsW });
        }}
      />
    </div>
  );
}
