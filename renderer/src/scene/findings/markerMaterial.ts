/**
 * The look of rule-finding markers, drawn as one THREE.Points (one draw call for any number
 * of markers): a round dot of a constant size on screen in its severity's colour with a dark
 * rim, a white rim when it holds the active finding, and the count of findings it stands for
 * printed from a small label texture. Drawn over everything (no depth test); the fill colour
 * reaches the canvas unchanged (no tone mapping or colour-space step), so tests can look for
 * it in the pixels.
 */
import {
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  LinearFilter,
  ShaderMaterial,
} from 'three';
import { COUNT_LABELS, type MarkerSpec } from './markerLayout';

/** Diameter of a marker on screen, CSS px; the active one is ACTIVE_EXTRA_PX larger. */
export const MARKER_SIZE_PX = 20;
export const ACTIVE_EXTRA_PX = 6;

/** Opacity of the markers while their result is for an older revision of the document. */
export const STALE_OPACITY = 0.4;

const CELL_PX = 64;

/** The count labels side by side on a transparent canvas, white glyphs (alpha is the mask). */
function labelTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = CELL_PX * COUNT_LABELS.length;
  canvas.height = CELL_PX;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  COUNT_LABELS.forEach((label, i) => {
    ctx.font = `bold ${label.length > 1 ? 30 : 38}px sans-serif`;
    ctx.fillText(label, (i + 0.5) * CELL_PX, CELL_PX / 2 + 2);
  });
  const texture = new CanvasTexture(canvas);
  texture.generateMipmaps = false;
  texture.minFilter = LinearFilter;
  return texture;
}

const VERTEX = /* glsl */ `
attribute vec3 markerColor;
attribute float labelCell;
attribute float isActive;
uniform float uPixelRatio;
varying vec3 vColor;
varying float vCell;
varying float vActive;
void main() {
  vColor = markerColor;
  vCell = labelCell;
  vActive = isActive;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  gl_PointSize = (${MARKER_SIZE_PX.toFixed(1)} + isActive * ${ACTIVE_EXTRA_PX.toFixed(1)}) * uPixelRatio;
}
`;

const FRAGMENT = /* glsl */ `
uniform sampler2D uLabels;
uniform float uOpacity;
varying vec3 vColor;
varying float vCell;
varying float vActive;
void main() {
  vec2 p = gl_PointCoord * 2.0 - 1.0;
  float r = length(p);
  if (r > 1.0) discard;
  vec3 rim = mix(vec3(0.08, 0.09, 0.11), vec3(1.0), vActive);
  vec3 c = r > mix(0.8, 0.72, vActive) ? rim : vColor;
  vec2 uv = vec2((vCell + gl_PointCoord.x) / ${COUNT_LABELS.length.toFixed(1)}, 1.0 - gl_PointCoord.y);
  c = mix(c, vec3(0.07, 0.08, 0.09), texture2D(uLabels, uv).a);
  gl_FragColor = vec4(c, uOpacity);
}
`;

/** A new marker material (dispose it, and its label texture, with disposeMarkerMaterial). */
export function createMarkerMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      uLabels: { value: labelTexture() },
      uOpacity: { value: 1 },
      uPixelRatio: { value: 1 },
    },
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    transparent: true,
    depthTest: false,
    depthWrite: false,
    toneMapped: false,
  });
}

/** Disposes a material made by createMarkerMaterial and its texture. */
export function disposeMarkerMaterial(material: ShaderMaterial): void {
  (material.uniforms.uLabels?.value as CanvasTexture | undefined)?.dispose();
  material.dispose();
}

/**
 * The points of `specs`: position, colour, label cell and active flag per marker. The active
 * marker goes last, so it is drawn over its neighbours.
 */
export function markerGeometry(all: readonly MarkerSpec[]): BufferGeometry {
  const specs = [...all.filter((s) => !s.isActive), ...all.filter((s) => s.isActive)];
  const position = new Float32Array(specs.length * 3);
  const color = new Float32Array(specs.length * 3);
  const cell = new Float32Array(specs.length);
  const active = new Float32Array(specs.length);
  specs.forEach((s, i) => {
    position.set(s.position, i * 3);
    color.set(s.rgb, i * 3);
    cell[i] = s.labelCell;
    active[i] = s.isActive ? 1 : 0;
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('markerColor', new BufferAttribute(color, 3));
  geometry.setAttribute('labelCell', new BufferAttribute(cell, 1));
  geometry.setAttribute('isActive', new BufferAttribute(active, 1));
  return geometry;
}
