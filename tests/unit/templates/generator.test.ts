/**
 * The template generator: deterministic, every architecture × lane rate loads cleanly and
 * has no design-rule errors, and the shipped examples are exactly its output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../../../renderer/src/engine/compare/evaluateDesign';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import type { Architecture } from '../../../renderer/src/model/schema';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import {
  exampleParams,
  generateDesign,
  type LaneRateGbps,
} from '../../../renderer/src/model/templates';

const library = defaultPartLibrary();
const ARCHITECTURES: readonly Architecture[] = [
  'dsp-pluggable',
  'lpo',
  'npo',
  'cpo-a',
  'cpo-b',
  'cpo-c',
];
const RATES: readonly LaneRateGbps[] = [106.25, 212.5];
const text = (a: Architecture, r: LaneRateGbps) =>
  serializeDesign(generateDesign(exampleParams(a, r), library));

describe('generateDesign', () => {
  it('is deterministic: the same parameters give the same text', () => {
    for (const a of ARCHITECTURES) expect(text(a, 212.5)).toBe(text(a, 212.5));
  });

  it('gives the shipped examples exactly for their parameters (112G and 224G)', () => {
    for (const a of ARCHITECTURES) {
      const read = (suffix: string) =>
        readFileSync(`assets/examples/switch-${a}${suffix}.lightpath.json`, 'utf8');
      expect(text(a, 106.25), a).toBe(read(''));
      expect(text(a, 212.5), `${a}-224g`).toBe(read('-224g'));
    }
  });

  for (const rate of RATES) {
    for (const architecture of ARCHITECTURES) {
      it(`${architecture} at ${rate} Gb/s loads without warnings and has no rule errors`, () => {
        const doc = generateDesign(exampleParams(architecture, rate), library);
        const loaded = loadDocument('t.lightpath.json', serializeDesign(doc), { library });
        if (!loaded.ok) throw new Error(loaded.error.message);
        expect(loaded.warnings.map((w) => w.message)).toEqual([]);
        expect(doc.meta.architecture).toBe(architecture);
        expect(doc.links.every((l) => l.laneRateGbps === rate)).toBe(true);
        const evaluation = evaluateDesign(doc, library, { thermalPreset: null });
        const errors = evaluation.findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.message)).toEqual([]);
        expect(evaluation.electrical.links.every((l) => l.passes)).toBe(true);
      });
    }
  }

  it('lays 224G out as 32 × 1.6T ports on a generated switch part and library oe-1t6 engines', () => {
    const doc = generateDesign(exampleParams('cpo-b', 212.5), library);
    expect(doc.parts.map((p) => p.id)).toEqual(['switch-51t2-224g']);
    expect(doc.links).toHaveLength(32);
    expect(doc.links.every((l) => l.lanes === 8)).toBe(true);
    expect(doc.components.filter((c) => c.partId === 'oe-1t6')).toHaveLength(32);
    expect(doc.parts[0]!.powerW).toBe(500);
    expect(doc.parts[0]!.sources.powerW).toBe('linley-tomahawk5-2022');
  });

  it('puts NPO engines in sockets and CPO engines on the package', () => {
    const npo = generateDesign(exampleParams('npo', 212.5), library);
    const socketed = npo.parts.find((p) => p.id === 'oe-1t6-socketed');
    expect(socketed?.fruClass).toBe('socketed');
    expect(npo.components.filter((c) => c.partId === 'oe-1t6-socketed')).toHaveLength(32);
    const cpo = generateDesign(exampleParams('cpo-a', 212.5), library);
    const engines = cpo.components.filter((c) => c.partId === 'oe-1t6');
    expect(engines.every((c) => c.mount.carrierId === 'pkg')).toBe(true);
  });
});
