/**
 * One labelled number of the part with its unit and its source. Typing a new value marks
 * the number as the user's (its source becomes "user"), since the old source no longer
 * vouches for it.
 */
import { NumberInput } from './NumberInput';
import { USER_SOURCE } from '../../store/partDraft';
import { SourceInput } from './SourceInput';

/** Props of NumberField. */
export interface NumberFieldProps {
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  /** Source key, e.g. "powerW"; also the test id `part-<field>`. */
  readonly field: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly onChange: (value: number, sources: Record<string, string>) => void;
  readonly onSources: (sources: Record<string, string>) => void;
}

/** Label, number, unit and source in one row. */
export function NumberField({
  label,
  unit,
  value,
  field,
  sources,
  onChange,
  onSources,
}: NumberFieldProps) {
  return (
    <label className="part-editor__field">
      <span className="part-editor__label">{label}</span>
      <NumberInput
        label={label}
        value={value}
        testId={`part-${field}`}
        onChange={(v) => onChange(v ?? Number.NaN, { ...sources, [field]: USER_SOURCE })}
      />
      <span className="part-editor__unit">{unit}</span>
      <SourceInput field={field} sources={sources} onChange={onSources} />
    </label>
  );
}
