import { designLayerK } from '../../../renderer/src/model/layerConductivity';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../renderer/src/model/appVersion';
import { newDocument } from '../../../renderer/src/model/newDocument';
import { DesignSchema } from '../../../renderer/src/model/schema';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import { sampleDesign } from './sampleDesign';

describe('serializeDesign', () => {
  it('writes keys in schema order, 2-space indent and one trailing newline', () => {
    const doc = sampleDesign();
    const shuffled = { ...doc, scenarios: doc.scenarios, meta: doc.meta, format: doc.format };
    const text = serializeDesign(shuffled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    const present = Object.keys(DesignSchema.shape).filter((key) => key in doc);
    expect(Object.keys(JSON.parse(text))).toEqual(present);
    expect(text.split('\n')[1]).toBe('  "format": "lightpath-studio/design",');
    expect(text).toContain('"positionMm": {\n        "x": 60,\n        "y": 75\n      }');
  });

  it('sorts unknown keys after known ones and drops undefined members', () => {
    const doc = sampleDesign();
    const withExtras = {
      ...doc,
      meta: { zeta: 1, ...doc.meta, alpha: 2, author: undefined },
    } as unknown as typeof doc;
    const meta = JSON.parse(serializeDesign(withExtras)).meta as Record<string, unknown>;
    expect(Object.keys(meta)).toEqual([
      'name',
      'variant',
      'architecture',
      'system',
      'description',
      'alpha',
      'zeta',
    ]);
  });

  it('rounds numbers to 1e-9 and writes -0 as 0', () => {
    const doc = sampleDesign();
    const c = doc.components[0];
    if (!c) throw new Error('fixture changed');
    const odd = {
      ...doc,
      components: [{ ...c, positionMm: { x: 0.1 + 0.2, y: -0 }, rotationDeg: -1e-12 }],
    };
    const text = serializeDesign(odd);
    expect(text).toContain('"x": 0.3,');
    expect(text).toContain('"y": 0\n');
    expect(text).toContain('"rotationDeg": 0,');
    expect(text).not.toContain('-0');
  });

  it('orders scenario parameters (a record) by key', () => {
    const doc = sampleDesign();
    const scenario = { id: 's', name: 'n', params: { 'z.b': 1, 'a.b': 2 } };
    const text = serializeDesign({ ...doc, scenarios: [scenario] });
    expect(text.indexOf('"a.b"')).toBeLessThan(text.indexOf('"z.b"'));
  });

  it('round-trips the fixture and is idempotent', () => {
    const doc = sampleDesign();
    const text = serializeDesign(doc);
    expect(DesignSchema.parse(JSON.parse(text))).toEqual(doc);
    expect(serializeDesign(DesignSchema.parse(JSON.parse(text)))).toBe(text);
  });
});

describe('newDocument', () => {
  it('is a valid design on one PCB with the app version', () => {
    const doc = newDocument({ name: 'Board A', architecture: 'lpo' });
    expect(DesignSchema.parse(doc)).toEqual(doc);
    expect(doc.carriers).toHaveLength(1);
    expect(doc.carriers[0]?.kind).toBe('pcb');
    expect(doc.meta).toMatchObject({ name: 'Board A', architecture: 'lpo' });
    // 4 planes × 35 µm × 0.8 fill in 1.6 mm: copper fraction 0.07; FR-4 0.8 / 0.3, Cu 401.
    // In-plane 0.07·401 + 0.93·0.8 = 28.814; through 1 / (0.07/401 + 0.93/0.3) = 0.323.
    const k = designLayerK(doc, doc.carriers[0]!.layers[0]!);
    expect(k.inPlaneWmK).toBeCloseTo(28.814, 3);
    expect(k.throughPlaneWmK).toBeCloseTo(0.3225, 3);
  });

  it('APP_VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(APP_VERSION).toBe(pkg.version);
  });
});
