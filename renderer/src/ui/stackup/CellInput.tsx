/**
 * An inline table cell input: Enter or leaving the field commits, Escape restores. `onCommit`
 * runs the edit and returns its refusal message ('' when it applied), shown under the cell;
 * the text then stays as typed so the user can correct it.
 */
import { useEffect, useId, useState } from 'react';

/** Props of CellInput. */
export interface CellInputProps {
  /** Accessible name, e.g. "Thickness of layer 2". */
  readonly label: string;
  /** The current value as text ('' for none). */
  readonly value: string;
  /** Applies the typed text; returns '' or the refusal message. */
  readonly onCommit: (text: string) => string;
  /** Placeholder shown while empty, e.g. "—". */
  readonly placeholder?: string;
  /** Width of the input in characters (default 6). */
  readonly size?: number;
  readonly testId?: string;
}

/** A compact input for a table cell with the edit's message beside it. */
export function CellInput({
  label,
  value,
  onCommit,
  placeholder,
  size = 6,
  testId,
}: CellInputProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [message, setMessage] = useState('');
  useEffect(() => {
    setText(value);
    setMessage('');
  }, [value]);

  function commit() {
    if (text === value) return setMessage('');
    setMessage(onCommit(text.trim()));
  }

  return (
    <span className={message ? 'cell-input is-invalid' : 'cell-input'}>
      <input
        aria-label={label}
        data-testid={testId}
        size={size}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        aria-invalid={message !== ''}
        aria-describedby={message ? `${id}-msg` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(value);
            setMessage('');
          }
        }}
      />
      {message && (
        <span className="cell-input__message" id={`${id}-msg`} role="alert">
          {message}
        </span>
      )}
    </span>
  );
}

/**
 * The number in `text` for a command: '' → null (clears an optional field), a number → that
 * number, anything else → NaN (the command refuses it, naming the field).
 */
export function numberOrNull(text: string): number | null {
  if (text === '') return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}
