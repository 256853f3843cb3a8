/**
 * File → New from template… → Generate: the template generator's parameters with defaults
 * (the 51.2T switch as CPO Type B at 224G). Every field shows the parameter check's message
 * for it; Generate opens the design as a new, unsaved document.
 */
import { useState, type ReactNode } from 'react';
import { CARRIER_KINDS, generateDesign } from '../../model/templates';
import { serializeDesign } from '../../model/serialize';
import { useStudio } from '../studioContext';
import { ARCHITECTURE_LABELS, ARCHITECTURES } from './architectureLabels';
import { checkValues, DEFAULT_VALUES, type GenerateValues } from './generateForm';

type Key = keyof GenerateValues;

/** Props: called before the generated design opens (closes the dialog). */
export function GenerateForm({ onDone }: { onDone: () => void }) {
  const studio = useStudio();
  const [values, setValues] = useState<GenerateValues>(DEFAULT_VALUES);
  const checked = checkValues(values);
  const errors = checked.ok ? {} : checked.errors;
  const set = (key: Key, value: string) => setValues({ ...values, [key]: value });

  function field(key: Key, label: string, control: ReactNode, unit?: string) {
    const error = errors[key];
    return (
      <div className={error ? 'field is-invalid' : 'field'}>
        <label htmlFor={`generate-${key}`}>{label}</label>
        <div className="field__control">
          {control}
          {unit && <span className="field__unit">{unit}</span>}
        </div>
        {error && (
          <p className="field__message" role="alert" data-testid={`generate-error-${key}`}>
            {error}
          </p>
        )}
      </div>
    );
  }
  const input = (key: Key, label: string, unit?: string) =>
    field(
      key,
      label,
      <input
        id={`generate-${key}`}
        data-testid={`generate-${key}`}
        inputMode="decimal"
        value={values[key]}
        onChange={(e) => set(key, e.target.value)}
      />,
      unit,
    );
  const select = (key: Key, label: string, options: readonly (readonly [string, string])[]) =>
    field(
      key,
      label,
      <select
        id={`generate-${key}`}
        data-testid={`generate-${key}`}
        value={values[key]}
        onChange={(e) => set(key, e.target.value)}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>,
    );

  async function generate() {
    if (!checked.ok) return;
    const doc = generateDesign(checked.params, studio.library);
    if (!(await studio.confirmDiscard())) return;
    onDone();
    const rate = checked.params.laneRateGbps === 212.5 ? '224g' : '112g';
    studio.openText(
      `generated-${checked.params.architecture}-${rate}.lightpath.json`,
      serializeDesign(doc),
      null,
    );
  }

  const carriers = CARRIER_KINDS[values.architecture];
  return (
    <form
      className="generate"
      data-testid="generate-form"
      onSubmit={(e) => (e.preventDefault(), void generate())}
    >
      <div className="field-row">
        {select(
          'architecture',
          'Architecture',
          ARCHITECTURES.map((a) => [a, ARCHITECTURE_LABELS[a]] as const),
        )}
        {select('carrierKind', 'xPU carrier', [
          ['', `${carriers[0]} (default)`],
          ...carriers.slice(1).map((k) => [k, k] as const),
        ])}
      </div>
      <div className="field-row">
        {select('xpuKind', 'xPU', [
          ['switch', 'Switch ASIC'],
          ['gpu', 'GPU'],
        ])}
        {input('powerW', 'xPU power', 'W')}
        {input('sizeX', 'Package width', 'mm')}
        {input('sizeY', 'Package depth', 'mm')}
      </div>
      <div className="field-row">
        {input(
          'capacityTbps',
          values.xpuKind === 'switch' ? 'Switch capacity' : 'I/O bandwidth',
          'Tb/s',
        )}
        {select('laneRateGbps', 'Lane rate', [
          ['106.25', '106.25 Gb/s (112G)'],
          ['212.5', '212.5 Gb/s (224G)'],
        ])}
        {input('lanesPerPort', 'Lanes per port')}
      </div>
      <div className="field-row">
        {select('engine', 'Optical engine', [
          ['auto', 'oe-800g at 112G, oe-1t6 at 224G'],
          ['oe-800g', 'oe-800g (8 × 106.25G)'],
          ['oe-1t6', 'oe-1t6 (8 × 212.5G)'],
          ['oe-3t2', 'oe-3t2 (16 × 212.5G)'],
          ['own', 'Own engine…'],
        ])}
        {values.engine === 'own' && input('engineCount', 'Engines')}
      </div>
      {values.engine === 'own' && (
        <div className="field-row">
          {input('engineX', 'Engine width', 'mm')}
          {input('engineY', 'Engine depth', 'mm')}
          {input('enginePowerW', 'Engine power', 'W')}
        </div>
      )}
      <div className="generate__actions">
        <button type="button" onClick={() => setValues(DEFAULT_VALUES)}>
          Defaults
        </button>
        <button
          type="submit"
          className="primary"
          data-testid="generate-submit"
          disabled={!checked.ok}
        >
          Generate
        </button>
      </div>
    </form>
  );
}
