/** The move-down, move-up and remove buttons at the end of a table row. */

/** Props of RowButtons. */
export interface RowButtonsProps {
  /** What the row is, for the buttons' names, e.g. "layer 2". */
  readonly what: string;
  readonly onMove?: (step: number) => void;
  readonly onRemove: () => void;
  readonly isFirst?: boolean;
  readonly isLast?: boolean;
}

/** Row actions. */
export function RowButtons({ what, onMove, onRemove, isFirst, isLast }: RowButtonsProps) {
  return (
    <td className="part-editor__row-buttons">
      {onMove && (
        <>
          <button
            type="button"
            aria-label={`Move ${what} down`}
            title="Move down (towards the bottom)"
            disabled={isFirst}
            onClick={() => onMove(-1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Move ${what} up`}
            title="Move up (towards the top)"
            disabled={isLast}
            onClick={() => onMove(1)}
          >
            ↑
          </button>
        </>
      )}
      <button type="button" aria-label={`Remove ${what}`} title="Remove" onClick={onRemove}>
        ✕
      </button>
    </td>
  );
}
