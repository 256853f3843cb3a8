/**
 * Template parameters: the schema's defaults check, and every refusal names the field, the
 * value and what is allowed; parameters away from the library give the design parts of its own.
 */
import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../../../renderer/src/engine/compare/evaluateDesign';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import {
  TemplateError,
  exampleParams,
  generateDesign,
  parseTemplateParams,
  type TemplateParams,
} from '../../../renderer/src/model/templates';

const library = defaultPartLibrary();
const base = exampleParams('cpo-a', 106.25);

function issuesOf(change: (p: TemplateParams) => unknown): string[] {
  const result = parseTemplateParams(change(structuredClone(base) as TemplateParams));
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('template parameters', () => {
  it('accept the example parameters of every architecture at both lane rates', () => {
    for (const a of ['dsp-pluggable', 'lpo', 'npo', 'cpo-a', 'cpo-b', 'cpo-c'] as const)
      for (const r of [106.25, 212.5] as const)
        expect(parseTemplateParams(exampleParams(a, r)).ok).toBe(true);
  });

  it('refuse values out of range, naming the field', () => {
    expect(issuesOf((p) => ({ ...p, laneRateGbps: 150 }))).toEqual([
      'laneRateGbps: expected 106.25 (112G) or 212.5 (224G) Gb/s',
    ]);
    expect(issuesOf((p) => ({ ...p, lanesPerPort: 0 }))).toEqual([
      'lanesPerPort: expected at least 1 lane',
    ]);
    expect(issuesOf((p) => ({ ...p, xpu: { ...p.xpu, powerW: -5 } }))).toEqual([
      'xpu.powerW: expected at least 1 W',
    ]);
    expect(issuesOf((p) => ({ ...p, architecture: 'cpo-d' }))[0]).toMatch(/^architecture: /);
  });

  it('refuse combinations the generator cannot lay out, saying why', () => {
    expect(issuesOf((p) => ({ ...p, capacityTbps: 51.25 }))).toEqual([
      'capacityTbps: 51.25 Tb/s is not a whole number of 100G lanes',
    ]);
    expect(issuesOf((p) => ({ ...p, lanesPerPort: 3 }))).toEqual([
      'lanesPerPort: 512 lanes in 3-lane ports do not make a multiple of 4 ports (one set per xPU edge)',
    ]);
    expect(
      issuesOf((p) => ({ ...p, opticalEngine: { kind: 'library', partId: 'oe-1t6' } })),
    ).toEqual(['opticalEngine.partId: oe-1t6 runs 212.5 Gb/s lanes, not 106.25']);
    expect(issuesOf((p) => ({ ...p, carrierKind: 'pcb' }))).toEqual([
      'carrierKind: cpo-a puts the xPU on substrate, not pcb',
    ]);
    expect(
      issuesOf((p) => ({
        ...p,
        opticalEngine: { kind: 'own', count: 48, sizeMm: { x: 10, y: 14 }, powerW: 4 },
      })),
    ).toEqual(['opticalEngine.count: 512 lanes do not split evenly over the engines']);
    expect(issuesOf((p) => ({ ...p, architecture: 'lpo', capacityTbps: 102.4 }))).toEqual([
      "lanesPerPort: 128 ports exceed the front panel's 64 cages",
    ]);
  });

  it('refuse engines that do not fit where the architecture puts them', () => {
    expect(issuesOf((p) => ({ ...p, architecture: 'npo', capacityTbps: 102.4 }))).toEqual([
      'opticalEngine.partId: 32 engines per xPU edge need 6 rows; at most 4 fit (use fewer, larger engines)',
    ]);
    const gpuC = issuesOf((p) => ({
      ...p,
      architecture: 'cpo-c',
      xpu: { kind: 'gpu', powerW: 1000, sizeMm: { x: 75, y: 75 } },
    }));
    expect(gpuC).toEqual([
      'opticalEngine.partId: 4 towers per xPU edge do not fit on a 75 × 75 mm package (use fewer, larger engines)',
    ]);
  });

  it('generateDesign refuses unchecked parameters with a TemplateError naming the field', () => {
    expect(() => generateDesign({ ...base, lanesPerPort: 3 }, library)).toThrow(TemplateError);
    expect(() => generateDesign({ ...base, lanesPerPort: 3 }, library)).toThrow(
      /lanesPerPort: 512 lanes/,
    );
  });

  it('a GPU with own engines becomes design parts, and the design has no rule errors', () => {
    const params: TemplateParams = {
      architecture: 'cpo-a',
      xpu: { kind: 'gpu', powerW: 1000, sizeMm: { x: 75, y: 75 } },
      capacityTbps: 12.8,
      laneRateGbps: 212.5,
      lanesPerPort: 4,
      opticalEngine: { kind: 'own', count: 8, sizeMm: { x: 12, y: 18 }, powerW: 9 },
    };
    const doc = generateDesign(params, library);
    expect(doc.parts.map((p) => p.id)).toEqual(['gpu-12t8-224g', 'oe-own-8x224g']);
    const gpu = doc.parts[0]!;
    expect(gpu.ports).toHaveLength(16);
    expect(gpu.powerW).toBe(1000);
    expect(gpu.sources.powerW).toBe('nvidia-hgx-b200-1000w');
    expect(doc.components.filter((c) => c.partId === 'oe-own-8x224g')).toHaveLength(8);
    expect(doc.links.map((l) => l.to.componentId).filter((id) => id === 'oe-eth0')).toHaveLength(2);
    const errors = evaluateDesign(doc, library, { thermalPreset: null }).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(errors.map((f) => f.message)).toEqual([]);
  });
});
