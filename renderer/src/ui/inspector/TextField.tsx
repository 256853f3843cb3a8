/**
 * A labelled text input that commits on Enter or blur (one command) and reverts on Escape.
 */
import { useEffect, useId, useState } from 'react';

/** Props of TextField. */
export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly maxLength: number;
  readonly onCommit: (value: string) => void;
  readonly testId?: string;
}

/** A text field with commit-on-Enter/blur. */
export function TextField({ label, value, maxLength, onCommit, testId }: TextFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field__control">
        <input
          id={id}
          data-testid={testId}
          value={text}
          maxLength={maxLength}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setText(value);
          }}
        />
      </div>
    </div>
  );
}
