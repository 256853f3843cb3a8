/**
 * Number normalisation shared by serialisation and commands, so a value a command writes
 * is exactly the value that survives a save and reload.
 */

/** Decimal places kept in stored numbers (1e-9 of the unit: a femtometre for mm). */
export const NUMBER_DECIMALS = 9;

/** Rounds to NUMBER_DECIMALS places and turns -0 into 0; huge and non-finite values pass through. */
export function normalizeNumber(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return value;
  const rounded = Number(value.toFixed(NUMBER_DECIMALS));
  return rounded === 0 ? 0 : rounded;
}

/** Returns an angle in degrees normalised to [0, 360) and rounded like `normalizeNumber`. */
export function normalizeAngleDeg(angleDeg: number): number {
  const wrapped = normalizeNumber(((angleDeg % 360) + 360) % 360);
  return wrapped >= 360 ? 0 : wrapped;
}
