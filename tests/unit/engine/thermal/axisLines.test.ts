import { describe, expect, it } from 'vitest';
import { buildAxisLines, uniqueSorted } from '../../../../renderer/src/engine/thermal/axisLines';

describe('graded axis lines', () => {
  it('keeps every mandatory line and merges lines closer than the tolerance', () => {
    expect(uniqueSorted([3, 1, 2, 1 + 1e-9])).toEqual([1, 2, 3]);
    const lines = Array.from(buildAxisLines([0, 10, 12, 40], [], 5, 1.3));
    for (const m of [0, 10, 12, 40]) expect(lines).toContain(m);
  });

  it('refines to the feature size at a feature and grows cells by about the growth ratio', () => {
    const lines = buildAxisLines([0, 50, 100], [{ positionMm: 50, cellMm: 0.5 }], 10, 1.3);
    const sizes = Array.from({ length: lines.length - 1 }, (_, i) => lines[i + 1]! - lines[i]!);
    const at = sizes.findIndex((_, i) => lines[i + 1] === 50);
    expect(sizes[at]!).toBeLessThan(1);
    expect(sizes[at + 1]!).toBeLessThan(1);
    for (let i = 1; i < sizes.length; i++) {
      const ratio = Math.max(sizes[i]! / sizes[i - 1]!, sizes[i - 1]! / sizes[i]!);
      expect(ratio).toBeLessThan(1.45);
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10 * 1.05);
  });

  it('gives an interval without features cells of at most the largest size', () => {
    const lines = buildAxisLines([0, 95], [], 10, 1.2);
    expect(lines.length - 1).toBe(10);
  });

  it('merges crowded edges closer than the minimum cell, keeping the outer extent', () => {
    expect(uniqueSorted([0, 0.1, 0.2, 10], 0.5)).toEqual([0, 10]);
    expect(uniqueSorted([0, 9.8, 10], 0.5)).toEqual([0, 10]);
    const edges = Array.from({ length: 4000 }, (_, i) => ((i * 7919) % 4001) / 10);
    const lines = buildAxisLines(
      edges,
      edges.map((p) => ({ positionMm: p, cellMm: 0.5 })),
      8,
      1.3,
      0.5,
    );
    expect(lines[0]).toBe(0);
    expect(lines[lines.length - 1]).toBe(400);
    for (let i = 1; i < lines.length; i++) expect(lines[i]! - lines[i - 1]!).toBeGreaterThan(0.25);
    expect(lines.length).toBeLessThan(900);
  });
});
