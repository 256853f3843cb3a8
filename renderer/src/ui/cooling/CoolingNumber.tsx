/**
 * A numeric field of the Cooling panel: Enter or leaving the field runs one command; text
 * that is not a number, or a value the command refuses, shows the message under the field
 * and changes nothing; Escape restores the document's value.
 */
import { useEffect, useId, useState } from 'react';

/** Props: label, unit, the document's value, the command to run ('' = applied, else its message). */
export interface CoolingNumberProps {
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly onCommit: (value: number) => string;
  readonly testId: string;
  readonly hint?: string;
}

/** The field. */
export function CoolingNumber({ label, unit, value, onCommit, testId, hint }: CoolingNumberProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [message, setMessage] = useState('');
  useEffect(() => {
    setText(String(value));
    setMessage('');
  }, [value]);

  function commit() {
    if (text.trim() === String(value)) return setMessage('');
    const parsed = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(parsed)) {
      return setMessage(`${label}: "${text}" is not a number in ${unit}`);
    }
    setMessage(onCommit(parsed));
  }

  return (
    <div className={message ? 'field is-invalid' : 'field'}>
      <label htmlFor={id} title={hint}>
        {label}
      </label>
      <div className="field__control">
        <input
          id={id}
          data-testid={testId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setText(String(value));
              setMessage('');
            }
          }}
        />
        <span className="field__unit">{unit}</span>
      </div>
      {message && (
        <p role="alert" className="field__message" data-testid={`${testId}-message`}>
          {message}
        </p>
      )}
    </div>
  );
}
