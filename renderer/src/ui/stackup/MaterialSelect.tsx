/**
 * A material dropdown: the built-in table (model/materials.ts) and the design's own
 * materials, grouped. A key the design does not know (a damaged file) is kept as an option so
 * the field shows what the file says.
 */
import { MATERIALS } from '../../model/materials';
import { useDocState } from '../studioContext';

/** Props of MaterialSelect. */
export interface MaterialSelectProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (key: string) => void;
  readonly testId?: string;
}

/** The dropdown. */
export function MaterialSelect({ label, value, onChange, testId }: MaterialSelectProps) {
  const own = useDocState((s) => s.doc.materials);
  const isKnown = MATERIALS.has(value) || own.some((m) => m.key === value);
  return (
    <select
      aria-label={label}
      data-testid={testId}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {!isKnown && <option value={value}>{value} (unknown)</option>}
      <optgroup label="Built-in">
        {[...MATERIALS.values()].map((m) => (
          <option key={m.key} value={m.key}>
            {m.name}
          </option>
        ))}
      </optgroup>
      {own.length > 0 && (
        <optgroup label="Design materials">
          {own.map((m) => (
            <option key={m.key} value={m.key}>
              {m.name}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
