/**
 * Field-replaceable-unit (FRU) data of the part: how it is replaced, its failure rate in
 * FIT (failures per 10⁹ device-hours) and its replacement cost, each with its source.
 */
import { FruClassSchema } from '../../model/partSchema';
import { NumberField } from './NumberField';
import type { PartDraft } from '../../store/partDraft';

/** Props of FruSection. */
export interface FruSectionProps {
  readonly draft: PartDraft;
  readonly onChange: (draft: PartDraft) => void;
}

/** The FRU fields. */
export function FruSection({ draft, onChange }: FruSectionProps) {
  const set = (change: Partial<PartDraft>) => onChange({ ...draft, ...change });
  const onSources = (sources: Record<string, string>) => set({ sources });
  return (
    <fieldset className="part-editor__section" aria-label="Service (FRU)">
      <legend>Service (FRU)</legend>
      <label className="part-editor__field">
        <span className="part-editor__label">FRU class</span>
        <select
          aria-label="FRU class"
          data-testid="part-fruClass"
          value={draft.fruClass}
          onChange={(e) => set({ fruClass: FruClassSchema.parse(e.target.value) })}
        >
          {FruClassSchema.options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="Failure rate"
        unit="FIT"
        field="failureRateFit"
        value={draft.failureRateFit}
        sources={draft.sources}
        onChange={(failureRateFit, sources) => set({ failureRateFit, sources })}
        onSources={onSources}
      />
      <NumberField
        label="Cost"
        unit="USD"
        field="costUsd"
        value={draft.costUsd}
        sources={draft.sources}
        onChange={(costUsd, sources) => set({ costUsd, sources })}
        onSources={onSources}
      />
    </fieldset>
  );
}
