/**
 * Small text helpers for the generated descriptions: numbers as words, lists joined the way
 * the descriptions read ("6, 6 and 4").
 */

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** `n` as an English word for 0–9, else its digits. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}

/** "a, b and c" (one item: itself). */
export function listAnd(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  if (texts.length <= 1) return texts.join('');
  return `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
}

/** "a, b, c". */
export function listComma(items: readonly (string | number)[]): string {
  return items.map(String).join(', ');
}

/** A number rounded to 1e-3 (positions and lengths written into the designs), mm. */
export function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Gb/s of a port as the trade names it: 800 → "800G", 1600 → "1.6T". */
export function portSpeedLabel(gbps: number): string {
  return gbps >= 1000 ? `${gbps / 1000}T` : `${gbps}G`;
}
