/**
 * Where a number comes from: a source id of docs/DATA-SOURCES.md, or "user" (shown as the
 * placeholder and stored on Save when the field is left empty).
 */
import { USER_SOURCE } from '../../store/partDraft';

/** Props of SourceInput. */
export interface SourceInputProps {
  /** Source key in the part's `sources`, e.g. "powerW" or "layers.thicknessMm". */
  readonly field: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly onChange: (sources: Record<string, string>) => void;
}

/** A small text box for one source id. */
export function SourceInput({ field, sources, onChange }: SourceInputProps) {
  return (
    <input
      className="part-editor__source"
      aria-label={`Source of ${field}`}
      title={`Source of ${field}: a source id of docs/DATA-SOURCES.md, or "user"`}
      placeholder={USER_SOURCE}
      data-testid={`source-${field}`}
      value={sources[field] ?? ''}
      onChange={(e) => onChange({ ...sources, [field]: e.target.value })}
    />
  );
}
