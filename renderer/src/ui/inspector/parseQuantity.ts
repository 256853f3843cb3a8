/**
 * Parsing what the user typed into a numeric field: a number, optionally followed by the
 * field's unit ("12.5", "12.5 mm", "-3e1"). Returns the value or a message for the user.
 */

/** A parsed value, or the reason the text is not acceptable. */
export type Parsed =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Parses `text` as a number in `unit`, accepted when `min ≤ value ≤ max`. */
export function parseQuantity(text: string, unit: string, min: number, max: number): Parsed {
  let body = text.trim();
  if (unit && body.endsWith(unit)) body = body.slice(0, -unit.length).trim();
  if (body === '') return { ok: false, message: `Enter a number in ${unit}` };
  const value = Number(body);
  if (!NUMBER.test(body) || !Number.isFinite(value)) {
    return { ok: false, message: `"${text.trim()}" is not a number in ${unit}` };
  }
  if (value < min || value > max) {
    return { ok: false, message: `Expected ${min} to ${max} ${unit}` };
  }
  return { ok: true, value };
}
