/**
 * Data exports: the metrics JSON carries exactly what `lightpath analyze --json` prints
 * plus thermal, serviceability and findings; the CSV holds the link table at full
 * precision with RFC 4180 quoting; the glTF is structurally valid glTF 2.0 with one named
 * node per body.
 */
import { describe, expect, it } from 'vitest';
import { base64Encode } from '../../../renderer/src/report/exports/base64';
import { layoutGltf, unitCube } from '../../../renderer/src/report/exports/gltf';
import { csvField, CSV_COLUMNS, metricsCsv } from '../../../renderer/src/report/exports/metricsCsv';
import { metricsJson } from '../../../renderer/src/report/exports/metricsJson';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { analyzeForReport } from '../../../renderer/src/report/analyzeForReport';
import { runCliCaptured } from '../cli/cliHarness';
import { loadExample, reportInput } from './reportHarness';

const FILE = 'assets/examples/switch-cpo-b.lightpath.json';
const doc = loadExample(FILE);
const input = reportInput(doc);

describe('metrics JSON', () => {
  it('equals `lightpath analyze --json` on the same mesh preset', async () => {
    const run = await runCliCaptured(['analyze', FILE, '--json', '--preset', 'coarse']);
    const cli = JSON.parse(run.stdout) as Record<string, unknown>;
    // The CLI solves the couplings too (the harness skips them for speed).
    const analyses = analyzeForReport(doc, defaultPartLibrary(), { thermalPreset: 'coarse' });
    const ours = JSON.parse(JSON.stringify(metricsJson(FILE, doc, analyses))) as Record<
      string,
      unknown
    >;
    for (const key of Object.keys(cli)) expect(ours[key], key).toEqual(cli[key]);
    expect(Object.keys(ours)).toEqual(Object.keys(cli));
  });

  it('adds the thermal summary of the report', () => {
    const m = metricsJson(FILE, doc, input.analyses);
    expect(m.thermal?.maxC).toBe(input.analyses.thermal?.maxC);
    expect(m.thermal?.preset).toBe('coarse');
    expect(m.findings).toHaveLength(input.analyses.findings.length);
  });
});

describe('metrics CSV', () => {
  const csv = metricsCsv(input.analyses.electrical);
  const lines = csv.split('\r\n');

  it('has a header and one row per link, CRLF-terminated', () => {
    expect(lines[0]).toBe(CSV_COLUMNS.map(([n]) => n).join(','));
    expect(lines).toHaveLength(input.analyses.electrical.links.length + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('holds every figure at full precision', () => {
    const header = (lines[0] as string).split(',');
    input.analyses.electrical.links.forEach((l, i) => {
      const cells = (lines[i + 1] as string).split(',');
      const at = (name: string) => cells[header.indexOf(name)];
      expect(at('id')).toBe(l.id);
      expect(Number(at('lossDb'))).toBe(l.lossDb);
      expect(Number(at('marginDb'))).toBe(l.marginDb);
      expect(Number(at('powerW'))).toBe(l.powerW);
      expect(at('passes')).toBe(String(l.passes));
    });
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(1.5)).toBe('1.5');
  });
});

describe('glTF', () => {
  const gltf = layoutGltf(doc, defaultPartLibrary(), 'Lightpath Studio test');
  const uri = gltf.buffers[0]?.uri ?? '';
  const bytes = Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64');

  it('embeds a buffer of the declared length that holds every buffer view', () => {
    expect(uri.startsWith('data:application/octet-stream;base64,')).toBe(true);
    expect(bytes.byteLength).toBe(gltf.buffers[0]?.byteLength);
    for (const v of gltf.bufferViews)
      expect(v.byteOffset + v.byteLength).toBeLessThanOrEqual(bytes.byteLength);
    expect(bytes.byteLength).toBe(24 * 12 * 2 + 36 * 2);
  });

  it('has accessors whose counts, sizes and bounds match the data', () => {
    const [pos, nrm, idx] = gltf.accessors;
    const view = (i: number) => gltf.bufferViews[i] as { byteOffset: number; byteLength: number };
    expect((pos?.count ?? 0) * 12).toBe(view(0).byteLength);
    expect((nrm?.count ?? 0) * 12).toBe(view(1).byteLength);
    expect((idx?.count ?? 0) * 2).toBe(view(2).byteLength);
    const p = new Float32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + view(0).byteLength),
    );
    for (let a = 0; a < 3; a++) {
      const values = Array.from({ length: 24 }, (_, v) => p[v * 3 + a] as number);
      expect(Math.min(...values)).toBe(pos?.min?.[a]);
      expect(Math.max(...values)).toBe(pos?.max?.[a]);
    }
    const iv = new Uint16Array(
      bytes.buffer.slice(
        bytes.byteOffset + view(2).byteOffset,
        bytes.byteOffset + view(2).byteOffset + view(2).byteLength,
      ),
    );
    expect(Math.max(...iv)).toBeLessThan(pos?.count ?? 0);
  });

  it('winds every triangle outward (its normal agrees with the face normal)', () => {
    const { positions, normals, indices } = unitCube();
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!].map((i) =>
        [0, 1, 2].map((k) => positions[i * 3 + k]!),
      );
      const u = [0, 1, 2].map((k) => b![k]! - a![k]!);
      const v = [0, 1, 2].map((k) => c![k]! - a![k]!);
      const n = [
        u[1]! * v[2]! - u[2]! * v[1]!,
        u[2]! * v[0]! - u[0]! * v[2]!,
        u[0]! * v[1]! - u[1]! * v[0]!,
      ];
      const i = indices[t]!;
      expect(
        n[0]! * normals[i * 3]! + n[1]! * normals[i * 3 + 1]! + n[2]! * normals[i * 3 + 2]!,
      ).toBeGreaterThan(0);
    }
  });

  it('has one named node per carrier and component, in metres, y up', () => {
    const bodies = gltf.nodes.slice(1) as {
      name: string;
      translation: number[];
      scale: number[];
      mesh: number;
    }[];
    expect(bodies).toHaveLength(doc.carriers.length + doc.components.length);
    expect(gltf.nodes[0]).toMatchObject({ children: bodies.map((_, i) => i + 1) });
    const base = doc.carriers[0]!;
    const node = bodies[0]!;
    expect(node.name).toBe(base.name);
    expect(node.scale[0]).toBeCloseTo(base.widthMm / 1000, 9);
    expect(node.scale[2]).toBeCloseTo(base.depthMm / 1000, 9);
    expect(node.translation[2]).toBeCloseTo(-(base.originMm.y + base.depthMm / 2) / 1000, 9);
    for (const n of bodies) expect(n.mesh).toBeLessThan(gltf.meshes.length);
    expect(gltf.materials).toHaveLength(gltf.meshes.length);
  });

  it('encodes base64 as RFC 4648 says', () => {
    const enc = (s: string) => base64Encode(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'Zg==',
      'Zm8=',
      'Zm9v',
      'Zm9vYg==',
      'Zm9vYmE=',
      'Zm9vYmFy',
    ]);
  });
});
