/**
 * Where and how the viewport draws rule-finding markers: findings at the same spot (same x and
 * y to 0.1 mm, whatever the height: stacked parts) share one marker that shows their count
 * and takes the colour of the worst severity among them. Pure: findings in, marker specs in
 * scene units out; plus the screen-space helpers picking uses.
 */
import type { Finding, Severity } from '../../engine/rules/ruleTypes';
import { toScene } from '../coords';
import { SEVERITY_COLORS } from '../palette';

/** Height a marker is lifted above its finding's location, model mm (before exaggeration). */
export const MARKER_LIFT_MM = 0.5;

/** Grid findings are merged on, mm: locations closer than this in x and y share a marker. */
const SAME_SPOT_MM = 0.1;

/** Severities, worst first. */
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Count labels a marker can show; index = label cell of the marker texture. */
export const COUNT_LABELS = ['', '2', '3', '4', '5', '6', '7', '8', '9', '9+'] as const;

/** One marker: the findings it stands for and how to draw it. */
export interface MarkerSpec {
  /** Indices into the findings list, in list order (the worst first, as the engine sorts). */
  readonly indices: readonly number[];
  /** Worst severity among them. */
  readonly severity: Severity;
  /** Scene position (three.js units, see coords.ts). */
  readonly position: readonly [number, number, number];
  /** Fill colour as sRGB components 0–1 (written to the canvas unchanged). */
  readonly rgb: readonly [number, number, number];
  /** Cell of COUNT_LABELS to print on the marker (0: a single finding, no number). */
  readonly labelCell: number;
  /** True when the active finding is one of them. */
  readonly isActive: boolean;
}

/** sRGB components 0–1 of a "#rrggbb" colour. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** The COUNT_LABELS cell for `count` findings: 0 for one, "9+" beyond nine. */
export function labelCellOf(count: number): number {
  return Math.min(Math.max(count, 1), COUNT_LABELS.length) - 1;
}

/**
 * The markers of `findings`. `liftMmOf(components)` is how far those parts are drawn above
 * their place in the file (an exploded view), mm; `zScale` the vertical exaggeration.
 */
export function markerSpecs(
  findings: readonly Finding[],
  activeIndex: number | null,
  zScale: number,
  liftMmOf: (components: readonly string[]) => number = () => 0,
): MarkerSpec[] {
  const groups = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const key = `${Math.round(f.location.x / SAME_SPOT_MM)},${Math.round(f.location.y / SAME_SPOT_MM)}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].map((indices) => {
    const members = indices.map((i) => findings[i]!);
    const first = members[0]!;
    const topMm = Math.max(...members.map((f) => f.location.z + liftMmOf(f.components)));
    const severity = members.reduce<Severity>(
      (worst, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst] ? f.severity : worst),
      first.severity,
    );
    return {
      indices,
      severity,
      position: toScene(first.location.x, first.location.y, topMm + MARKER_LIFT_MM, zScale),
      rgb: hexToRgb(SEVERITY_COLORS[severity]),
      labelCell: labelCellOf(indices.length),
      isActive: activeIndex !== null && indices.includes(activeIndex),
    };
  });
}

/**
 * The finding a click on `marker` makes active: the first of its findings, or the next one
 * after the active one when that is already among them (repeated clicks walk the stack).
 */
export function nextFindingOf(marker: MarkerSpec, activeIndex: number | null): number {
  const at = activeIndex === null ? -1 : marker.indices.indexOf(activeIndex);
  return marker.indices[(at + 1) % marker.indices.length]!;
}

/**
 * Index of the point nearest (x, y) within `radiusPx`, or null. Later points are drawn on
 * top, so among equally near points the last one wins.
 */
export function nearestPoint(
  points: readonly ({ x: number; y: number } | null)[],
  x: number,
  y: number,
  radiusPx: number,
): number | null {
  let best: number | null = null;
  let bestD = radiusPx;
  points.forEach((p, i) => {
    if (!p) return;
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}
