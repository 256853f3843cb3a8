/**
 * The picture of a comment pin: a round numbered head on a stalk leaning right, so the
 * head clears the part's name tag above the anchor; the stalk's tip is the anchor. Amber
 * while open, green once resolved; drawn once per (number, status, active) on a 2D canvas
 * and shared as a texture.
 */
import { CanvasTexture, SRGBColorSpace } from 'three';

/** Marker colour of an open comment. */
export const PIN_OPEN_COLOR = '#ff9f1c';
/** Marker colour of a resolved comment. */
export const PIN_RESOLVED_COLOR = '#2fbf71';

/** Texture size, px (the sprite is drawn at PIN_HEIGHT_PX on screen whatever this is). */
export const PIN_TEXTURE_PX = { width: 96, height: 96 } as const;

/** Where the head's centre and the stalk's tip (the anchor) are in the texture, px. */
export const PIN_HEAD_PX = { x: 66, y: 30 } as const;
export const PIN_TIP_PX = { x: 8, y: 92 } as const;
const HEAD_RADIUS_PX = 26;

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
  // Stalk: a thin wedge from the head towards the tip, then the head over it.
  const angle = Math.atan2(PIN_TIP_PX.y - PIN_HEAD_PX.y, PIN_TIP_PX.x - PIN_HEAD_PX.x);
  const side = 7;
  ctx.beginPath();
  ctx.moveTo(PIN_HEAD_PX.x - side * Math.sin(angle), PIN_HEAD_PX.y + side * Math.cos(angle));
  ctx.lineTo(PIN_TIP_PX.x, PIN_TIP_PX.y);
  ctx.lineTo(PIN_HEAD_PX.x + side * Math.sin(angle), PIN_HEAD_PX.y - side * Math.cos(angle));
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(PIN_HEAD_PX.x, PIN_HEAD_PX.y, HEAD_RADIUS_PX, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#111418';
  ctx.font = `bold ${label.length > 2 ? 20 : 26}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, PIN_HEAD_PX.x, PIN_HEAD_PX.y + 1);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  cache.set(key, texture);
  return texture;
}
