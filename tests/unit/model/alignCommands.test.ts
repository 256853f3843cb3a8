import { describe, expect, it } from 'vitest';
import {
  CommandError,
  addComponent,
  alignComponents,
  distributeComponents,
  runCommand,
} from '../../../renderer/src/model/commands';
import type { Design } from '../../../renderer/src/model/schema';
import { applyPatches } from 'immer';
import { sampleDesign } from './sampleDesign';

// u1 at (60, 75) half 20 × 10; oe1 at (120, 75) half 5 × 8; x1 added at (100, 40) half 2 × 2.
const HALVES = { u1: { x: 20, y: 10 }, oe1: { x: 5, y: 8 }, x1: { x: 2, y: 2 } };

function threeParts(): Design {
  const doc = sampleDesign();
  const oe = doc.components[1]!;
  const x1 = { ...oe, id: 'x1', name: 'X1', positionMm: { x: 100, y: 40 } };
  return runCommand(doc, addComponent({ component: x1 })).doc;
}

function centres(doc: Design) {
  return Object.fromEntries(doc.components.map((c) => [c.id, c.positionMm]));
}

describe('alignComponents', () => {
  it('aligns left edges on the leftmost edge', () => {
    const { doc } = runCommand(
      threeParts(),
      alignComponents({ ids: ['u1', 'oe1', 'x1'], edge: 'left', halfExtentsMm: HALVES }),
    );
    // Leftmost edge: u1 at 60 − 20 = 40.
    expect(centres(doc)).toEqual({
      u1: { x: 60, y: 75 },
      oe1: { x: 45, y: 75 },
      x1: { x: 42, y: 40 },
    });
  });

  it('aligns right and top edges on the outermost edge', () => {
    const right = runCommand(
      threeParts(),
      alignComponents({ ids: ['u1', 'oe1'], edge: 'right', halfExtentsMm: HALVES }),
    ).doc;
    expect(centres(right).u1).toEqual({ x: 105, y: 75 });
    const top = runCommand(
      threeParts(),
      alignComponents({ ids: ['u1', 'x1'], edge: 'top', halfExtentsMm: HALVES }),
    ).doc;
    // Top edges: u1 85, x1 42 → both at 85.
    expect(centres(top).x1).toEqual({ x: 100, y: 83 });
    expect(centres(top).u1).toEqual({ x: 60, y: 75 });
  });

  it('centres on the mean of the centres', () => {
    const { doc } = runCommand(
      threeParts(),
      alignComponents({ ids: ['u1', 'x1'], edge: 'centerY', halfExtentsMm: HALVES }),
    );
    expect(centres(doc).u1!.y).toBe(57.5);
    expect(centres(doc).x1!.y).toBe(57.5);
  });

  it('undoes exactly and refuses fewer than two parts or a missing extent', () => {
    const before = threeParts();
    const run = runCommand(
      before,
      alignComponents({ ids: ['u1', 'oe1', 'x1'], edge: 'bottom', halfExtentsMm: HALVES }),
    );
    expect(applyPatches(run.doc, run.inversePatches)).toEqual(before);
    expect(() =>
      runCommand(before, alignComponents({ ids: ['u1'], edge: 'left', halfExtentsMm: HALVES })),
    ).toThrow(CommandError);
    expect(() =>
      runCommand(before, alignComponents({ ids: ['u1', 'oe1'], edge: 'left', halfExtentsMm: {} })),
    ).toThrow(CommandError);
  });
});

describe('distributeComponents', () => {
  it('makes the gaps between footprints equal and keeps the outer parts', () => {
    const { doc } = runCommand(
      threeParts(),
      distributeComponents({ ids: ['u1', 'oe1', 'x1'], axis: 'horizontal', halfExtentsMm: HALVES }),
    );
    // Span 40 … 125 = 85, occupied 40 + 4 + 10 = 54, gap 15.5: x1 left edge at 80 + 15.5.
    expect(centres(doc)).toEqual({
      u1: { x: 60, y: 75 },
      oe1: { x: 120, y: 75 },
      x1: { x: 97.5, y: 40 },
    });
  });

  it('needs three parts', () => {
    expect(() =>
      runCommand(
        threeParts(),
        distributeComponents({ ids: ['u1', 'oe1'], axis: 'vertical', halfExtentsMm: HALVES }),
      ),
    ).toThrow(/three or more/);
  });
});
