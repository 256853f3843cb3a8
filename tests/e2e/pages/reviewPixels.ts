/**
 * Pixel checks for review and measure specs: how many canvas pixels near a client point
 * are close to a colour (what the viewport really drew, read back from the WebGL canvas).
 */
import type { Locator } from '@playwright/test';

/** Pixels within ±`half` client px of (x, y) whose RGB lies within `tolerance` of `hex`. */
export function pixelsNear(
  canvas: Locator,
  at: { x: number; y: number },
  hex: string,
  half = 12,
  tolerance = 40,
): Promise<number> {
  return canvas.evaluate(
    (el: HTMLCanvasElement, { at, hex, half, tolerance }) => {
      const rect = el.getBoundingClientRect();
      const sx = el.width / rect.width;
      const sy = el.height / rect.height;
      const copy = document.createElement('canvas');
      copy.width = el.width;
      copy.height = el.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(el, 0, 0);
      const x0 = Math.round((at.x - half - rect.left) * sx);
      const y0 = Math.round((at.y - half - rect.top) * sy);
      const w = Math.round(2 * half * sx);
      const h = Math.round(2 * half * sy);
      const data = ctx.getImageData(x0, y0, w, h).data;
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (want.every((v, c) => Math.abs(data[i + c]! - v) <= tolerance)) count++;
      }
      return count;
    },
    { at, hex, half, tolerance },
  );
}
