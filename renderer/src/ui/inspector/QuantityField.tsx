/**
 * A numeric field with its unit: the user types, Enter or leaving the field commits one
 * change; invalid text shows a message under the field and changes nothing; Escape
 * restores the current value.
 */
import { useEffect, useId, useState } from 'react';
import { parseQuantity } from './parseQuantity';

/** Props of QuantityField. */
export interface QuantityFieldProps {
  readonly label: string;
  /** Unit shown after the field and accepted after the number, e.g. "mm", "°". */
  readonly unit: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Called with the parsed value when it differs from `value`. */
  readonly onCommit: (value: number) => void;
  readonly testId?: string;
}

function format(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** A labelled numeric input with unit and validation. */
export function QuantityField({
  label,
  unit,
  value,
  min,
  max,
  onCommit,
  testId,
}: QuantityFieldProps) {
  const id = useId();
  const [text, setText] = useState(format(value));
  const [message, setMessage] = useState('');
  useEffect(() => {
    setText(format(value));
    setMessage('');
  }, [value]);

  function commit() {
    // Focus and leave without typing: nothing to do (the shown text is rounded).
    if (text === format(value)) {
      setMessage('');
      return;
    }
    const parsed = parseQuantity(text, unit, min, max);
    if (!parsed.ok) {
      setMessage(parsed.message);
      return;
    }
    setMessage('');
    if (parsed.value !== value) onCommit(parsed.value);
  }

  return (
    <div className={message ? 'field is-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="field__control">
        <input
          id={id}
          data-testid={testId}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={message !== ''}
          aria-describedby={message ? `${id}-msg` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(format(value));
              setMessage('');
            }
          }}
        />
        <span className="field__unit">{unit}</span>
      </div>
      {message && (
        <div className="field__message" id={`${id}-msg`} role="alert">
          {message}
        </div>
      )}
    </div>
  );
}
