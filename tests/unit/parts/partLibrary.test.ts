import { describe, expect, it } from 'vitest';
import {
  bundledPartRecords,
  defaultPartLibrary,
  parsePartLibrary,
  PartLibraryError,
} from '../../../renderer/src/model/partLibrary';
import type { Part } from '../../../renderer/src/model/partSchema';
import { documentedSourceIds } from './sourceIds';

const AGREED_IDS = [
  'gpu-700w',
  'gpu-1000w',
  'switch-51t2',
  'switch-102t4',
  'hbm3-stack',
  'oe-800g',
  'oe-800g-socketed',
  'oe-1t6',
  'oe-3t2',
  'els-16ch',
  'fau-mpo',
  'cage-osfp',
  'cage-qsfpdd',
  'module-osfp-800g-dsp',
  'module-osfp-1t6-dsp',
  'module-osfp-800g-lpo',
  'module-qsfpdd-800g-dsp',
  'retimer-112g',
];

/** Dotted paths of every numeric leaf, array indices removed ("ports.0.lanes" → "ports.lanes"). */
function numericPaths(value: unknown, prefix: string[] = []): string[] {
  if (typeof value === 'number') return [prefix.join('.')];
  if (Array.isArray(value)) return value.flatMap((item) => numericPaths(item, prefix));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'sources' ? [] : numericPaths(item, [...prefix, key]),
    );
  }
  return [];
}

/** The source id covering a path: an exact key, or the nearest dotted prefix of it. */
function sourceFor(part: Part, path: string): string | undefined {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const id = part.sources[segments.slice(0, n).join('.')];
    if (id) return id;
  }
  return undefined;
}

const library = defaultPartLibrary();
const parts = [...library.values()];

describe('default part library', () => {
  it('holds exactly the agreed part ids, one file each', () => {
    expect([...library.keys()].sort()).toEqual([...AGREED_IDS].sort());
    expect(Object.keys(bundledPartRecords())).toHaveLength(AGREED_IDS.length);
  });

  it.each(parts.map((p) => [p.id, p] as const))(
    '%s: every numeric field names a source',
    (_, part) => {
      const missing = numericPaths(part).filter((path) => !sourceFor(part, path));
      expect(missing).toEqual([]);
    },
  );

  it('every source id resolves in docs/DATA-SOURCES.md', () => {
    const documented = documentedSourceIds();
    const unresolved = parts.flatMap((p) =>
      Object.entries(p.sources)
        .filter(([, id]) => !documented.has(id))
        .map(([field, id]) => `${p.id}.${field} → ${id}`),
    );
    expect(documented.size).toBeGreaterThan(10);
    expect(unresolved).toEqual([]);
  });

  it('no source key points at a field the part does not have', () => {
    const stale = parts.flatMap((p) => {
      const paths = numericPaths(p);
      return Object.keys(p.sources)
        .filter((key) => !paths.some((path) => path === key || path.startsWith(`${key}.`)))
        .map((key) => `${p.id}: ${key}`);
    });
    expect(stale).toEqual([]);
  });

  it('port names follow the convention of each category', () => {
    const expected: Record<string, RegExp> = {
      xpu: /^eth\d+$/,
      'optical-engine': /^(host|fiber)$/,
      'pluggable-module': /^(host|line)$/,
      cage: /^host$/,
      'laser-source': /^light$/,
      'fiber-interface': /^fiber$/,
      retimer: /^(in|out)$/,
    };
    for (const part of parts) {
      const ids = part.ports.map((port) => port.id);
      expect(new Set(ids).size, `${part.id} has duplicate port ids`).toBe(ids.length);
      for (const id of ids) expect(id, part.id).toMatch(expected[part.category] ?? /^$/);
      for (const port of part.ports) {
        expect(port.serdesClass !== undefined, `${part.id}.${port.id} serdesClass`).toBe(
          port.kind === 'electrical' && part.category !== 'cage',
        );
      }
    }
    const xpuPorts = library.get('switch-51t2')?.ports ?? [];
    expect(xpuPorts.map((p) => p.id)).toEqual(xpuPorts.map((_, i) => `eth${i}`));
    expect(xpuPorts.reduce((sum, p) => sum + p.lanes, 0)).toBe(512);
  });

  it('xPU ports sit on the footprint edge they name', () => {
    for (const part of parts) {
      for (const port of part.ports) {
        const along =
          port.edge === 'north' || port.edge === 'south' ? part.sizeMm.x : part.sizeMm.y;
        expect(Math.abs(port.offsetMm), `${part.id}.${port.id}`).toBeLessThanOrEqual(along / 2);
      }
    }
  });

  it('the thermal build-up adds up to the part height', () => {
    for (const part of parts) {
      const stackMm = part.layers.reduce((sum, layer) => sum + layer.thicknessMm, 0);
      expect(part.layers.length, part.id).toBeGreaterThan(0);
      expect(stackMm, part.id).toBeCloseTo(part.sizeMm.z, 6);
      expect(part.layers.some((layer) => layer.isHeatSource) || part.powerW === 0, part.id).toBe(
        true,
      );
    }
  });

  it('modules declare hasDsp, and only DSP modules carry DSP energy and latency', () => {
    for (const part of parts.filter((p) => p.category === 'pluggable-module')) {
      expect(typeof part.hasDsp, part.id).toBe('boolean');
      expect((part.energy.dspPjPerBit ?? 0) > 0, part.id).toBe(part.hasDsp);
      expect(part.latencyNs > 0, part.id).toBe(part.hasDsp);
    }
    for (const part of parts.filter((p) => p.category === 'optical-engine')) {
      expect(part.ringDriftNmPerK, part.id).toBeGreaterThan(0);
    }
  });
});

describe('parsePartLibrary', () => {
  const good = bundledPartRecords();
  const [firstFile] = Object.keys(good);

  it('names the file and the field of a broken part', () => {
    const broken = { ...(good[firstFile!] as object), powerW: -1 };
    expect(() => parsePartLibrary({ 'assets/parts/broken.json': broken })).toThrow(
      /assets\/parts\/broken\.json: powerW: expected a number ≥ 0/,
    );
    expect(() => parsePartLibrary({ 'x.json': 'nope' })).toThrow(PartLibraryError);
  });

  it('refuses an id that differs from the file name, and duplicate ids', () => {
    const part = good[firstFile!];
    expect(() => parsePartLibrary({ 'parts/other.json': part })).toThrow(
      /does not match the file name/,
    );
    const sameStem = `elsewhere/${firstFile!.replace(/^.*\//, '')}`;
    expect(() => parsePartLibrary({ [sameStem]: part, [firstFile!]: part })).toThrow(
      /duplicate part id/,
    );
  });
});
