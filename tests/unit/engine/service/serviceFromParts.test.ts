/**
 * Issue 12 item 6: serviceability and the architecture-dependent rules follow from the parts
 * and their mounts, never from `meta.architecture` (a description only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../../../renderer/src/engine/compare/compareVariants';
import { checkRules } from '../../../../renderer/src/engine/rules/checkRules';
import { analyzeServiceability } from '../../../../renderer/src/engine/service/analyzeServiceability';
import { loadDocument } from '../../../../renderer/src/model/load/loadDocument';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import {
  ArchitectureSchema,
  type Architecture,
  type Design,
} from '../../../../renderer/src/model/schema';
import { carrier, sixArchitectures } from './designBuilders';

const library = defaultPartLibrary();
const ARCHITECTURES = ArchitectureSchema.options;

function example(architecture: Architecture): Design {
  const file = `assets/examples/switch-${architecture}.lightpath.json`;
  const result = loadDocument(file, readFileSync(file, 'utf8'), { library });
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

const relabel = (doc: Design, architecture: Architecture): Design => ({
  ...doc,
  meta: { ...doc.meta, architecture },
});

describe('serviceability from the parts', () => {
  const examples = Object.fromEntries(ARCHITECTURES.map((a) => [a, example(a)])) as Record<
    Architecture,
    Design
  >;

  it('keeps the scores of the six examples (DSP 90, LPO 90, NPO 75, CPO-A 29, CPO-B 29, CPO-C 25)', () => {
    const scores = ARCHITECTURES.map((a) => analyzeServiceability(examples[a], library).score);
    expect(scores).toEqual([90, 90, 75, 29, 29, 25]);
  });

  it('the NPO engines are socketed through their part, not through the label', () => {
    const doc = examples.npo;
    const engine = doc.components.find(
      (c) => library.get(c.partId)?.category === 'optical-engine',
    )!;
    expect(engine.partId).toBe('oe-800g-socketed');
    expect(library.get(engine.partId)?.fruClass).toBe('socketed');
    const record = analyzeServiceability(relabel(doc, 'cpo-a'), library).components.find(
      (c) => c.componentId === engine.id,
    )!;
    expect(record).toMatchObject({ fruClass: 'socketed', access: 'open-chassis' });
    expect(record.replacementUnitIds).toEqual([engine.id]);
    expect(record.reason).toContain(`${engine.id} (oe-800g-socketed)`);
  });

  it.each(ARCHITECTURES)(
    'relabelling the %s example changes no score, no FRU record and no finding',
    (original) => {
      const doc = examples[original];
      const service = analyzeServiceability(doc, library);
      const findings = checkRules(doc, library);
      for (const label of ARCHITECTURES.filter((a) => a !== original)) {
        const other = relabel(doc, label);
        expect(analyzeServiceability(other, library), label).toEqual(service);
        expect(checkRules(other, library), label).toEqual(findings);
      }
    },
  );

  it('compare: the relabelled variants get the same figures, only the label differs', () => {
    const variants = (['npo', 'cpo-a'] as const).map((a) => ({ name: a, doc: examples[a] }));
    const swapped = variants.map((v) => ({
      ...v,
      doc: relabel(v.doc, v.name === 'npo' ? 'cpo-a' : 'npo'),
    }));
    const options = { thermalPreset: null };
    const a = compareVariants(variants, library, options);
    const b = compareVariants(swapped, library, options);
    expect(b.rows).toEqual(a.rows);
    expect(b.variants.map((v) => v.metrics)).toEqual(a.variants.map((v) => v.metrics));
    expect(b.variants.map((v) => v.architecture)).toEqual(['cpo-a', 'npo']);
  });

  it('relabelling the small test designs changes nothing either', () => {
    for (const doc of Object.values(sixArchitectures())) {
      const service = analyzeServiceability(doc, library);
      const findings = checkRules(doc, library);
      for (const label of ARCHITECTURES) {
        expect(analyzeServiceability(relabel(doc, label), library)).toEqual(service);
        expect(checkRules(relabel(doc, label), library)).toEqual(findings);
      }
    }
  });
});

describe('the label is never read', () => {
  it('no file of engine/service, engine/compare or the oe-distance rule reads meta.architecture but to print it', () => {
    const files = [
      ...readdirSync('renderer/src/engine/service').map((f) => `renderer/src/engine/service/${f}`),
      ...readdirSync('renderer/src/engine/compare').map((f) => `renderer/src/engine/compare/${f}`),
      'renderer/src/engine/rules/oeDistanceRule.ts',
    ].filter((f) => f.endsWith('.ts'));
    const readers = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) => /meta\.architecture/.test(line)),
    );
    // compareVariants hands the label through to its output (the CLI prints it as a column).
    expect(readers.map((r) => r.line.trim())).toEqual(['architecture: v.doc.meta.architecture,']);
  });
});

describe('moving an engine onto the xPU package substrate', () => {
  // The NPO test design with its switch on a 100 mm package substrate; engines on the board.
  const base = sixArchitectures().npo;
  const pkg = carrier('pkg', 'substrate', { x: 100, y: 150, w: 100, d: 100 }, 'board');
  const before: Design = {
    ...base,
    carriers: [...base.carriers, pkg],
    components: base.components.map((c) =>
      c.id === 'sw' ? { ...c, mount: { ...c.mount, carrierId: 'pkg' } } : c,
    ),
  };
  // oe0 moves from above the package onto the substrate, between the switch and its edge.
  const after: Design = {
    ...before,
    components: before.components.map((c) =>
      c.id === 'oe0'
        ? {
            ...c,
            positionMm: { x: c.positionMm.x, y: 245 },
            mount: { ...c.mount, carrierId: 'pkg' },
          }
        : c,
    ),
  };
  const recordOf = (doc: Design, id: string) =>
    analyzeServiceability(doc, library).components.find((c) => c.componentId === id)!;

  it('on the board the socketed engine is replaced alone; on the substrate it is co-packaged', () => {
    expect(recordOf(before, 'oe0')).toMatchObject({
      fruClass: 'socketed',
      access: 'open-chassis',
      replacementUnitIds: ['oe0'],
    });
    const moved = recordOf(after, 'oe0');
    expect(moved).toMatchObject({
      fruClass: 'co-packaged',
      access: 'board-rework',
      replacementUnitIds: ['oe0', 'sw'],
    });
    expect(moved.reason).toContain('oe0 (oe-800g-socketed)');
    expect(moved.reason).toContain('xPU sw (switch-51t2)');
    expect(moved.reason).toContain('package carrier pkg');
    // The switch now takes the engine with it when it fails, and the engine the switch.
    expect(recordOf(after, 'sw').replacementUnitIds).toEqual(['oe0', 'sw']);
  });

  it('lowers the score, and relabelling either design does not', () => {
    const scoreBefore = analyzeServiceability(before, library).score;
    const scoreAfter = analyzeServiceability(after, library).score;
    expect(scoreAfter).toBeLessThan(scoreBefore);
    expect(analyzeServiceability(relabel(after, 'npo'), library).score).toBe(scoreAfter);
    expect(analyzeServiceability(relabel(before, 'cpo-c'), library).score).toBe(scoreBefore);
  });
});

describe('oe-distance reach from the mounts', () => {
  // oe0 70 mm above the switch's north edge: beyond the NPO reach, within CPO Type A's.
  const base = sixArchitectures().npo;
  const far = (carrierId: string): Design => ({
    ...base,
    carriers: [
      ...base.carriers,
      carrier('pkg', 'substrate', { x: 60, y: 110, w: 180, d: 180 }, 'board'),
    ],
    components: base.components.map((c) =>
      c.id === 'oe0' || c.id === 'sw'
        ? {
            ...c,
            positionMm: c.id === 'oe0' ? { x: c.positionMm.x, y: 315 } : c.positionMm,
            mount: { ...c.mount, carrierId },
          }
        : c,
    ),
  });
  const distanceFindings = (doc: Design) =>
    checkRules(doc, library).filter((f) => f.rule === 'oe-distance');

  it('an engine on the board beside its xPU is held to the NPO 50 mm, whatever the label', () => {
    for (const label of ARCHITECTURES) {
      const findings = distanceFindings(relabel(far('board'), label));
      expect(findings.map((f) => f.components)).toEqual([['oe0', 'sw']]);
      expect(findings[0]!.message).toContain('on the board beside its xPU (NPO reach)');
      expect(findings[0]!.message).toContain('allowed 50 mm');
    }
  });

  it('the same engine on the xPU package substrate gets the CPO Type A 100 mm', () => {
    for (const label of ARCHITECTURES) {
      expect(distanceFindings(relabel(far('pkg'), label))).toEqual([]);
    }
  });
});
