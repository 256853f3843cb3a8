/**
 * The picture of a comment pin: a round numbered marker with a point at the bottom (the
 * anchor), amber while open and green once resolved, drawn once per (number, status, active)
 * on a 2D canvas and shared as a texture.
 */
import { CanvasTexture, SRGBColorSpace } from 'three';

/** Marker colour of an open comment. */
export const PIN_OPEN_COLOR = '#ff9f1c';
/** Marker colour of a resolved comment. */
export const PIN_RESOLVED_COLOR = '#2fbf71';

/** Texture size, px (the sprite is drawn at PIN_HEIGHT_PX on screen whatever this is). */
export const PIN_TEXTURE_PX = { width: 64, height: 84 } as const;

/** Centre of the round head as a fraction of the texture height, from the top. */
export const PIN_HEAD_FROM_TOP = 30 / 84;

const cache = new Map<string, CanvasTexture>();

/** The shared texture of a pin; textures are kept for the session (a few per comment count). */
export function pinTexture(label: string, status: 'open' | 'resolved', isActive: boolean) {
  const key = `${label}|${status}|${isActive}`;
  const known = cache.get(key);
  if (known) return known;
  const canvas = document.createElement('canvas');
  canvas.width = PIN_TEXTURE_PX.width;
  canvas.height = PIN_TEXTURE_PX.height;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const fill = status === 'open' ? PIN_OPEN_COLOR : PIN_RESOLVED_COLOR;
  ctx.fillStyle = fill;
  ctx.strokeStyle = isActive ? '#ffffff' : '#1b1e24';
  ctx.lineWidth = isActive ? 6 : 4;
  ctx.beginPath();
  ctx.arc(32, 30, 26, Math.PI * 0.8, Math.PI * 2.2);
  ctx.lineTo(32, 82);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#111418';
  ctx.font = `bold ${label.length > 2 ? 20 : 26}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, 32, 31);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  cache.set(key, texture);
  return texture;
}
