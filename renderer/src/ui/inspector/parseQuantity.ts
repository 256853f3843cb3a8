/**
 * Parsing what the user typed into a numeric field: a number, optionally followed by the
 * field's unit ("12.5", "12.5 mm", "-3e1") or, for a field in mm, micrometres ("250 µm",
 * "250 um": converted to mm). Returns the value in the field's unit or a message for the user.
 */

/** Other units accepted for a field's unit, with how many of them make one of the field's unit. */
const CONVERSIONS: Readonly<Record<string, ReadonlyArray<[string, number]>>> = {
  mm: [
    ['µm', 1000],
    ['μm', 1000],
    ['um', 1000],
  ],
};

/** A parsed value, or the reason the text is not acceptable. */
export type Parsed =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Parses `text` as a number in `unit`, accepted when `min ≤ value ≤ max`. */
export function parseQuantity(text: string, unit: string, min: number, max: number): Parsed {
  let body = text.trim();
  let divisor = 1;
  const other = (CONVERSIONS[unit] ?? []).find(([suffix]) => body.endsWith(suffix));
  if (other) {
    body = body.slice(0, -other[0].length).trim();
    divisor = other[1];
  } else if (unit && body.endsWith(unit)) body = body.slice(0, -unit.length).trim();
  if (body === '') return { ok: false, message: `Enter a number in ${unit}` };
  const value = Number(body) / divisor;
  if (!NUMBER.test(body) || !Number.isFinite(value)) {
    return { ok: false, message: `"${text.trim()}" is not a number in ${unit}` };
  }
  if (value < min || value > max) {
    return { ok: false, message: `Expected ${min} to ${max} ${unit}` };
  }
  return { ok: true, value };
}
