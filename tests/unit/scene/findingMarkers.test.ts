import { PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../renderer/src/engine/rules/ruleTypes';
import { toScene } from '../../../renderer/src/scene/coords';
import {
  COUNT_LABELS,
  MARKER_LIFT_MM,
  hexToRgb,
  labelCellOf,
  markerSpecs,
  nearestPoint,
  nextFindingOf,
} from '../../../renderer/src/scene/findings/markerLayout';
import { toClient } from '../../../renderer/src/scene/screenProjection';
import { markerGeometry } from '../../../renderer/src/scene/findings/markerMaterial';
import { SEVERITY_COLORS } from '../../../renderer/src/scene/palette';

function finding(
  severity: Finding['severity'],
  x: number,
  y: number,
  z: number,
  components: string[] = ['u1'],
): Finding {
  return {
    rule: 'overlap',
    severity,
    message: `${severity} at ${x},${y}`,
    components,
    location: { x, y, z },
  };
}

describe('marker specs', () => {
  it('places one marker per finding, lifted, in scene units with the exaggeration', () => {
    const specs = markerSpecs([finding('error', 10, 20, 2), finding('info', 50, 60, 1)], null, 5);
    expect(specs).toHaveLength(2);
    expect(specs[0]!.position).toEqual(toScene(10, 20, 2 + MARKER_LIFT_MM, 5));
    expect(specs[0]!.position).toEqual([10, (2 + MARKER_LIFT_MM) * 5, -20]);
    expect(specs[1]!.indices).toEqual([1]);
    expect(specs.map((s) => s.labelCell)).toEqual([0, 0]);
  });

  it('colours by severity from the palette: error red, warning amber, info blue', () => {
    const specs = markerSpecs(
      [finding('error', 0, 0, 0), finding('warning', 10, 0, 0), finding('info', 20, 0, 0)],
      null,
      1,
    );
    expect(specs.map((s) => s.severity)).toEqual(['error', 'warning', 'info']);
    expect(specs.map((s) => s.rgb)).toEqual([
      hexToRgb(SEVERITY_COLORS.error),
      hexToRgb(SEVERITY_COLORS.warning),
      hexToRgb(SEVERITY_COLORS.info),
    ]);
    const [r, g, b] = hexToRgb(SEVERITY_COLORS.error);
    expect(r).toBe(1);
    expect(g).toBeLessThan(0.3);
    expect(b).toBeLessThan(0.3);
    expect(hexToRgb('#3d9bff')).toEqual([0x3d / 255, 0x9b / 255, 1]);
  });

  it('merges findings at the same x, y (stacked parts) into one counted marker', () => {
    const findings = [
      finding('warning', 100, 50, 1, ['a']),
      finding('info', 30, 30, 1, ['c']),
      finding('error', 100.02, 49.99, 4, ['b']),
    ];
    const specs = markerSpecs(findings, null, 2);
    expect(specs).toHaveLength(2);
    const stack = specs.find((s) => s.indices.length === 2)!;
    expect(stack.indices).toEqual([0, 2]);
    // Worst severity wins, whatever the order; the marker sits above the highest finding.
    expect(stack.severity).toBe('error');
    expect(stack.position[1]).toBeCloseTo((4 + MARKER_LIFT_MM) * 2);
    expect(COUNT_LABELS[stack.labelCell]).toBe('2');
  });

  it('labels counts 1 to 9 and then 9+', () => {
    expect([1, 2, 9, 10, 40].map((n) => COUNT_LABELS[labelCellOf(n)])).toEqual([
      '',
      '2',
      '9',
      '9+',
      '9+',
    ]);
  });

  it('marks the marker holding the active finding', () => {
    const findings = [
      finding('error', 0, 0, 0),
      finding('error', 9, 9, 0),
      finding('info', 0, 0, 3),
    ];
    const specs = markerSpecs(findings, 2, 1);
    expect(specs.map((s) => s.isActive)).toEqual([true, false]);
    expect(markerSpecs(findings, null, 1).some((s) => s.isActive)).toBe(false);
  });

  it('lifts markers with their parts in an exploded view', () => {
    const findings = [finding('error', 0, 0, 1, ['top']), finding('error', 9, 0, 1, ['base'])];
    const specs = markerSpecs(findings, null, 1, (ids) => (ids[0] === 'top' ? 7 : 0));
    expect(specs[0]!.position[1]).toBeCloseTo(1 + 7 + MARKER_LIFT_MM);
    expect(specs[1]!.position[1]).toBeCloseTo(1 + MARKER_LIFT_MM);
  });

  it('walks a stack of findings on repeated clicks', () => {
    const [stack] = markerSpecs([finding('error', 0, 0, 0), finding('info', 0, 0, 1)], null, 1);
    expect(nextFindingOf(stack!, null)).toBe(0);
    expect(nextFindingOf(stack!, 0)).toBe(1);
    expect(nextFindingOf(stack!, 1)).toBe(0);
    expect(nextFindingOf(stack!, 7)).toBe(0);
  });
});

describe('marker geometry', () => {
  it('has one point per marker (one draw call), the active one last', () => {
    const findings = [
      finding('error', 0, 0, 0),
      finding('info', 9, 9, 0),
      finding('warning', 20, 0, 0),
    ];
    const geometry = markerGeometry(markerSpecs(findings, 0, 1));
    expect(geometry.getAttribute('position').count).toBe(3);
    expect([...(geometry.getAttribute('isActive').array as Float32Array)]).toEqual([0, 0, 1]);
    const colour = geometry.getAttribute('markerColor').array as Float32Array;
    expect([...colour.slice(6, 9)]).toEqual(hexToRgb(SEVERITY_COLORS.error).map(Math.fround));
  });
});

describe('screen picking', () => {
  const rect = { left: 100, top: 50, width: 800, height: 600 };
  function camera() {
    const c = new PerspectiveCamera(40, 800 / 600, 0.1, 1000);
    c.position.set(0, 0, 100);
    c.lookAt(0, 0, 0);
    c.updateMatrixWorld();
    return c;
  }

  it('projects a point ahead of the camera to client pixels, and none behind it', () => {
    const c = camera();
    expect(toClient([0, 0, 0], c, rect)).toEqual({ x: 500, y: 350 });
    const right = toClient([10, 0, 0], c, rect)!;
    expect(right.x).toBeGreaterThan(500);
    expect(right.y).toBeCloseTo(350);
    expect(toClient([0, 0, 200], c, rect)).toBeNull();
  });

  it('picks the nearest marker within the radius, or none', () => {
    const points = [{ x: 10, y: 10 }, null, { x: 30, y: 10 }];
    expect(nearestPoint(points, 12, 11, 13)).toBe(0);
    expect(nearestPoint(points, 26, 10, 13)).toBe(2);
    expect(nearestPoint(points, 10, 40, 13)).toBeNull();
    expect(nearestPoint([], 0, 0, 13)).toBeNull();
  });
});
