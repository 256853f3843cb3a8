/** Colour arithmetic for the report's drawings. */

/** Multiplies an sRGB hex colour (#rrggbb) by `factor` (0–1 darkens), returning #rrggbb. */
export function shade(hex: string, factor: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) =>
    Math.max(0, Math.min(255, Math.round(((n >> shift) & 255) * factor)));
  const out = (channel(16) << 16) | (channel(8) << 8) | channel(0);
  return `#${out.toString(16).padStart(6, '0')}`;
}
