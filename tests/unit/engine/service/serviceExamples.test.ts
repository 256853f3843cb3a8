/**
 * The six bundled examples (assets/examples/switch-*.lightpath.json: one 51.2T switch laid
 * out six ways) must come out in the published serviceability order (DESIGN.md): pluggables
 * easiest, NPO replaceable, CPO difficult, Type C the hardest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeServiceability } from '../../../../renderer/src/engine/service/analyzeServiceability';
import { checkRules } from '../../../../renderer/src/engine/rules/checkRules';
import { loadDocument } from '../../../../renderer/src/model/load/loadDocument';
import { defaultPartLibrary } from '../../../../renderer/src/model/partLibrary';
import type { Architecture, Design } from '../../../../renderer/src/model/schema';

const library = defaultPartLibrary();
const ARCHITECTURES: Architecture[] = ['dsp-pluggable', 'lpo', 'npo', 'cpo-a', 'cpo-b', 'cpo-c'];

function example(architecture: Architecture): Design {
  const file = `assets/examples/switch-${architecture}.lightpath.json`;
  const result = loadDocument(file, readFileSync(file, 'utf8'), { library });
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

describe('serviceability of the bundled examples', () => {
  const scores = Object.fromEntries(
    ARCHITECTURES.map((a) => [a, analyzeServiceability(example(a), library).score]),
  ) as Record<Architecture, number>;

  it('orders the six architectures as the published comparison does', () => {
    expect(Math.min(scores['dsp-pluggable'], scores.lpo)).toBeGreaterThan(scores.npo);
    expect(scores.npo).toBeGreaterThan(Math.max(scores['cpo-a'], scores['cpo-b']));
    expect(Math.min(scores['cpo-a'], scores['cpo-b'])).toBeGreaterThan(scores['cpo-c']);
  });

  it('replaces a CPO engine with its switch, an NPO engine alone, a module at the front', () => {
    const unitOf = (a: Architecture, category: string) => {
      const doc = example(a);
      const result = analyzeServiceability(doc, library);
      const id = doc.components.find((c) => library.get(c.partId)?.category === category)!.id;
      return result.components.find((c) => c.componentId === id)!;
    };
    expect(unitOf('cpo-a', 'optical-engine').replacementUnitIds).toContain('sw');
    expect(unitOf('cpo-c', 'optical-engine').access).toBe('factory');
    expect(unitOf('npo', 'optical-engine').replacementUnitIds).toHaveLength(1);
    expect(unitOf('dsp-pluggable', 'pluggable-module').access).toBe('front-panel');
  });

  it('has no placement errors in any example', () => {
    for (const a of ARCHITECTURES) {
      const errors = checkRules(example(a), library).filter((f) => f.severity === 'error');
      expect(errors, a).toEqual([]);
    }
  });
});
