/**
 * General fields of the part: id (fixed once the part exists), name, category,
 * description, outline and height, total power and temperature limit, each number with
 * its source.
 */
import { PartCategorySchema } from '../../model/partSchema';
import { CATEGORY_LABELS } from '../../scene/palette';
import { NumberField } from './NumberField';
import { NumberInput } from './NumberInput';
import { USER_SOURCE, type PartDraft } from '../../store/partDraft';
import { SourceInput } from './SourceInput';

/** Props of GeneralSection. */
export interface GeneralSectionProps {
  readonly draft: PartDraft;
  readonly onChange: (draft: PartDraft) => void;
  /** True while editing an existing design part: its id cannot change. */
  readonly isIdLocked: boolean;
}

const AXES = ['x', 'y', 'z'] as const;
const AXIS_LABELS = { x: 'Width x', y: 'Depth y', z: 'Height z' } as const;

/** The general fields. */
export function GeneralSection({ draft, onChange, isIdLocked }: GeneralSectionProps) {
  const set = (change: Partial<PartDraft>) => onChange({ ...draft, ...change });
  const onSources = (sources: Record<string, string>) => set({ sources });
  return (
    <fieldset className="part-editor__section" aria-label="General">
      <legend>General</legend>
      <label className="part-editor__field">
        <span className="part-editor__label">Id</span>
        <input
          className="part-editor__text"
          aria-label="Part id"
          data-testid="part-id"
          value={draft.id}
          disabled={isIdLocked}
          onChange={(e) => set({ id: e.target.value })}
        />
      </label>
      <label className="part-editor__field">
        <span className="part-editor__label">Name</span>
        <input
          className="part-editor__text part-editor__text--wide"
          aria-label="Part name"
          data-testid="part-name"
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
        />
      </label>
      <label className="part-editor__field">
        <span className="part-editor__label">Category</span>
        <select
          aria-label="Category"
          data-testid="part-category"
          value={draft.category}
          onChange={(e) => set({ category: PartCategorySchema.parse(e.target.value) })}
        >
          {PartCategorySchema.options.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="part-editor__field part-editor__field--top">
        <span className="part-editor__label">Description</span>
        <textarea
          className="part-editor__text part-editor__text--wide"
          aria-label="Description"
          rows={2}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </label>
      <div className="part-editor__field" role="group" aria-label="Outline and height">
        <span className="part-editor__label">Size x, y, z</span>
        {AXES.map((axis) => (
          <NumberInput
            key={axis}
            label={AXIS_LABELS[axis]}
            testId={`part-size-${axis}`}
            value={draft.sizeMm[axis]}
            onChange={(v) =>
              set({
                sizeMm: { ...draft.sizeMm, [axis]: v ?? Number.NaN },
                sources: { ...draft.sources, sizeMm: USER_SOURCE },
              })
            }
          />
        ))}
        <span className="part-editor__unit">mm</span>
        <SourceInput field="sizeMm" sources={draft.sources} onChange={onSources} />
      </div>
      <NumberField
        label="Total power"
        unit="W"
        field="powerW"
        value={draft.powerW}
        sources={draft.sources}
        onChange={(powerW, sources) => set({ powerW, sources })}
        onSources={onSources}
      />
      <NumberField
        label="Temperature limit"
        unit="°C"
        field="tempLimitC"
        value={draft.tempLimitC}
        sources={draft.sources}
        onChange={(tempLimitC, sources) => set({ tempLimitC, sources })}
        onSources={onSources}
      />
    </fieldset>
  );
}
