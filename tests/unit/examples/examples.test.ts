import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeStackHeights } from '../../../renderer/src/engine/geometry/stack';
import { designParts } from '../../../renderer/src/model/designParts';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { build224gExamples, buildExamples, exampleText } from '../../fixtures/buildExamples';
import { STRESS_FILE_NAME, stressText } from '../../fixtures/generateStress';

const dir = new URL('../../../assets/examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const library = defaultPartLibrary();

describe('example designs', () => {
  const examples = buildExamples();

  it('are six, one per architecture, all of the same system', () => {
    expect(examples.map((e) => e.doc.meta.architecture)).toEqual([
      'dsp-pluggable',
      'lpo',
      'npo',
      'cpo-a',
      'cpo-b',
      'cpo-c',
    ]);
    expect(new Set(examples.map((e) => e.doc.meta.system)).size).toBe(1);
  });

  it('are committed exactly as the generator writes them', () => {
    const onDisk = readdirSync(dir)
      .filter((n) => n.endsWith('.lightpath.json'))
      .sort();
    const all = [...examples, ...build224gExamples()];
    expect(onDisk).toEqual([...all.map((e) => e.fileName), STRESS_FILE_NAME].sort());
    for (const example of all) expect(read(example.fileName)).toBe(exampleText(example));
  });

  // 112G: 64 × 800G ports (8 × 106.25 Gb/s); 224G: 32 × 1.6T ports (8 × 212.5 Gb/s).
  const systems = [
    ...buildExamples().map((e) => ({ example: e, lanes: 512, rate: 106.25, ports: 64 })),
    ...build224gExamples().map((e) => ({ example: e, lanes: 256, rate: 212.5, ports: 32 })),
  ];
  for (const { example, lanes, rate, ports: portCount } of systems) {
    describe(example.fileName, () => {
      it('loads through the loader with no errors and no warnings', () => {
        const result = loadDocument(example.fileName, read(example.fileName), { library });
        if (!result.ok) throw new Error(result.error.message);
        expect(result.warnings.map((w) => w.message)).toEqual([]);
      });

      it(`carries all ${lanes} lanes of ${rate} Gb/s PAM4 from the switch, each port used once`, () => {
        const { links } = example.doc;
        expect(links.reduce((s, l) => s + l.lanes, 0)).toBe(lanes);
        expect(links.every((l) => l.laneRateGbps === rate && l.modulation === 'PAM4')).toBe(true);
        const ports = links.map((l) => `${l.from.componentId}.${l.from.port}`);
        expect(new Set(ports).size).toBe(portCount);
      });

      it('places no two parts in the same space (3D) except modules and lasers in their cages', () => {
        const heights = computeStackHeights(example.doc, library).components;
        const parts = designParts(example.doc, library);
        const boxes = example.doc.components.map((c) => {
          const p = parts.get(c.partId)!;
          const quarter = Math.round(c.rotationDeg / 90) % 2 !== 0;
          const w = quarter ? p.sizeMm.y : p.sizeMm.x;
          const d = quarter ? p.sizeMm.x : p.sizeMm.y;
          const z = heights.get(c.id)!;
          const { x, y } = c.positionMm;
          return {
            c,
            p,
            x0: x - w / 2,
            x1: x + w / 2,
            y0: y - d / 2,
            y1: y + d / 2,
            z0: z.bottomMm,
            z1: z.topMm,
          };
        });
        const clashes: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0) continue;
            if (a.z1 <= b.z0 + 1e-9 || b.z1 <= a.z0 + 1e-9) continue;
            const cats = [a.p.category, b.p.category].sort().join('+');
            if (cats === 'cage+pluggable-module' || cats === 'cage+laser-source') continue;
            clashes.push(`${a.c.id} × ${b.c.id}`);
          }
        }
        expect(clashes).toEqual([]);
      });

      it('keeps parts out of placement keep-outs', () => {
        const hits = example.doc.keepOuts
          .filter((k) => k.kind !== 'routing')
          .flatMap((k) =>
            example.doc.components
              .filter((c) => c.mount.carrierId === k.carrierId)
              .filter((c) => {
                const p = designParts(example.doc, library).get(c.partId)!;
                const half = Math.max(p.sizeMm.x, p.sizeMm.y) / 2;
                const r = k.rectMm;
                const { x, y } = c.positionMm;
                return (
                  x + half > r.x &&
                  x - half < r.x + r.width &&
                  y + half > r.y &&
                  y - half < r.y + r.depth
                );
              })
              .map((c) => `${c.id} in ${k.id}`),
          );
        expect(hits).toEqual([]);
      });
    });
  }

  it('stacks every CPO Type C engine on the switch, directly or through the engines below it', () => {
    const doc = examples.find((e) => e.doc.meta.architecture === 'cpo-c')!.doc;
    const byId = new Map(doc.components.map((c) => [c.id, c]));
    const engines = doc.components.filter((c) => c.partId === 'oe-800g');
    expect(engines).toHaveLength(64);
    for (const engine of engines) {
      let current = engine;
      for (let depth = 0; depth < 4 && current.mount.onComponentId; depth++)
        current = byId.get(current.mount.onComponentId)!;
      expect(current.id).toBe('sw');
    }
  });
});

describe('stress design', () => {
  const text = read(STRESS_FILE_NAME);

  it('is committed exactly as the generator writes it', () => {
    expect(text).toBe(stressText());
  });

  it('has at least 2,000 components and 4,000 links and loads without errors', () => {
    const result = loadDocument(STRESS_FILE_NAME, text, { library });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc.components.length).toBeGreaterThanOrEqual(2000);
    expect(result.doc.links.length).toBeGreaterThanOrEqual(4000);
    expect(result.warnings.map((w) => w.message)).toEqual([]);
  });
});
