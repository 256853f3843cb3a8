/**
 * A number field that keeps what the user types (so "0." or "" can be typed) and reports
 * the number it reads: NaN for text that is no number, or `undefined` for an empty field
 * when `isOptional` (an override left blank).
 */
import { useEffect, useState } from 'react';

/** Props of NumberInput. */
export interface NumberInputProps {
  /** The number shown; undefined shows an empty field. */
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  /** Accessible name (tables have no visible label per cell). */
  readonly label: string;
  /** Empty text means "no value" instead of NaN (default false). */
  readonly isOptional?: boolean;
  readonly placeholder?: string;
  readonly testId?: string;
}

function shown(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : String(value);
}

/** A text box holding one number. */
export function NumberInput({
  value,
  onChange,
  label,
  isOptional = false,
  placeholder,
  testId,
}: NumberInputProps) {
  const [text, setText] = useState(shown(value));
  // Follow outside changes (another field set this value), but not our own echo.
  useEffect(() => {
    setText((current) =>
      // Object.is: text that is no number yet ("1e", "-") stays while the value is NaN.
      Object.is(Number(current), value) || (current.trim() === '' && value === undefined)
        ? current
        : shown(value),
    );
  }, [value]);
  return (
    <input
      className="part-editor__number"
      inputMode="decimal"
      aria-label={label}
      placeholder={placeholder}
      data-testid={testId}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        if (next.trim() === '') onChange(isOptional ? undefined : Number.NaN);
        else onChange(Number(next));
      }}
    />
  );
}
