import { describe, expect, it } from 'vitest';
import { loadDocument, unreadableFileError } from '../../../renderer/src/model/load';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import { sampleDesign } from './sampleDesign';
import { TEST_LIBRARY } from './testLibrary';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON edited by tests
type Loose = any;

const FILE = 'board.lightpath.json';

/** Loads the small fixture after `edit`, expecting a refusal; returns the error. */
function refuse(edit: (doc: Record<string, Loose>) => void, text?: string) {
  const doc = JSON.parse(serializeDesign(sampleDesign()));
  edit(doc);
  const result = loadDocument(FILE, text ?? JSON.stringify(doc), { library: TEST_LIBRARY });
  if (result.ok) throw new Error('expected the document to be refused');
  expect(result.error.message.startsWith(`${FILE}: `)).toBe(true);
  return result.error;
}

describe('loadDocument accepts', () => {
  it('the small fixture, without warnings', () => {
    const result = loadDocument(FILE, serializeDesign(sampleDesign()), { library: TEST_LIBRARY });
    expect(result).toEqual({ ok: true, doc: sampleDesign(), warnings: [] });
  });
});

describe('loadDocument refuses, naming file, path and what was expected', () => {
  it('text over the size cap', () => {
    const e = refuse(() => {}, `${' '.repeat(200)}{}`);
    expect(e.kind).toBe('not-a-design');
    const result = loadDocument(FILE, 'x'.repeat(2000), { maxBytes: 1000 });
    expect(result.ok || result.error).toMatchObject({
      kind: 'too-large',
      path: '',
      message: `${FILE}: (document): expected a file of at most 1000 bytes (0 MiB), found 2000 bytes`,
    });
  });

  it('corrupt JSON, with the line and column', () => {
    const e = refuse(() => {}, '{\n  "format": "lightpath-studio/design",\n  oops\n}');
    expect(e.kind).toBe('not-json');
    expect(e.message).toMatch(
      /^board\.lightpath\.json: \(document\): expected JSON text, found a syntax error: .*line 3/,
    );
  });

  it('nesting deeper than the limit', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const e = refuse(
      () => {},
      `{"format":"lightpath-studio/design","formatVersion":2,"meta":${deep}}`,
    );
    expect(e.kind).toBe('not-json');
    expect(e.expected).toBe('nesting no deeper than 64 levels');
  });

  it('something that is not a design', () => {
    expect(refuse(() => {}, '[1,2]').message).toBe(
      `${FILE}: (document): expected a JSON object with "format": "lightpath-studio/design", found an array of 2 items`,
    );
    expect(refuse((d) => (d.format = 'x')).path).toBe('format');
  });

  it('a newer format version, naming both versions', () => {
    const e = refuse((d) => (d.formatVersion = 4));
    expect(e.kind).toBe('newer-version');
    expect(e.path).toBe('formatVersion');
    expect(e.message).toContain('format version 4');
    expect(e.message).toContain('reads format versions up to 3');
  });

  it('a formatVersion that is not an integer', () => {
    expect(refuse((d) => (d.formatVersion = 1.5))).toMatchObject({
      kind: 'bad-version',
      found: '1.5',
    });
    expect(refuse((d) => delete d.formatVersion)).toMatchObject({
      kind: 'bad-version',
      found: 'nothing',
    });
  });

  it('wrong types, with a path-qualified message', () => {
    const e = refuse((d) => (d.components[1].positionMm.x = 'abc'));
    expect(e.kind).toBe('schema');
    expect(e.message).toBe(
      `${FILE}: components[1].positionMm.x: expected a finite number, found "abc"`,
    );
  });

  it('missing members and out-of-range values', () => {
    expect(refuse((d) => delete d.links[0].lanes).message).toBe(
      `${FILE}: links[0].lanes: expected a finite number — the member is missing`,
    );
    expect(refuse((d) => (d.links[0].lanes = 0)).message).toBe(
      `${FILE}: links[0].lanes: expected a number ≥ 1, found 0`,
    );
    expect(refuse((d) => (d.carriers[0].kind = 'wood')).expected).toBe(
      'one of "pcb", "substrate", "interposer-2.5d", "interposer-3d"',
    );
    expect(refuse((d) => (d.carriers = [])).message).toBe(
      `${FILE}: carriers: expected at least 1 item, found an array of 0 items`,
    );
    const huge = refuse((d) => (d.components[0].positionMm.x = 1e300));
    expect(huge).toMatchObject({
      kind: 'semantic',
      path: 'components[0].positionMm',
      expected: 'coordinates within ±10000 mm',
    });
    expect(refuse((d) => (d.cooling.ambientC = 500)).message).toBe(
      `${FILE}: cooling.ambientC: expected an ambient below 150 °C, found 500`,
    );
    expect(refuse((d) => (d.carriers[0].widthMm = -1)).message).toBe(
      `${FILE}: carriers[0].widthMm: expected a number > 0, found -1`,
    );
    expect(refuse((d) => (d.comments[0].anchor = { componentId: 7 })).path).toBe(
      'comments[0].anchor.componentId',
    );
  });

  it('unknown part ids and unknown ports', () => {
    expect(refuse((d) => (d.components[0].partId = 'gpu-9000')).message).toBe(
      `${FILE}: components[0].partId: expected the id of a part in the part library (e.g. "test-gpu", "test-oe"), found "gpu-9000"`,
    );
    expect(refuse((d) => (d.links[0].to.port = 'nope')).message).toBe(
      `${FILE}: links[0].to.port: expected a port of the component's part: "host", "fiber", found "nope"`,
    );
  });

  it('dangling references of every kind', () => {
    const dangling: [string, (d: Record<string, Loose>) => void][] = [
      ['links[0].from.componentId', (d) => (d.links[0].from.componentId = 'ghost')],
      ['fibers[0].from.componentId', (d) => (d.fibers[0].from.componentId = 'ghost')],
      ['components[0].mount.carrierId', (d) => (d.components[0].mount.carrierId = 'ghost')],
      ['components[0].mount.onComponentId', (d) => (d.components[0].mount.onComponentId = 'ghost')],
      ['carriers[0].onCarrierId', (d) => (d.carriers[0].onCarrierId = 'ghost')],
      ['comments[0].anchor.componentId', (d) => (d.comments[0].anchor.componentId = 'ghost')],
      [
        'cooling.boundaries[0].target.componentIds[0]',
        (d) => (d.cooling.boundaries[0].target.componentIds = ['ghost']),
      ],
      ['keepOuts[0].carrierId', (d) => (d.keepOuts[0].carrierId = 'ghost')],
    ];
    for (const [path, edit] of dangling) {
      const e = refuse(edit);
      expect(e).toMatchObject({ kind: 'semantic', path, found: '"ghost"' });
      expect(e.message).toContain(`${FILE}: ${path}: expected the id of a`);
    }
  });

  it('duplicate ids across collections, and stacking loops', () => {
    expect(refuse((d) => (d.links[0].id = 'u1')).message).toBe(
      `${FILE}: links[0].id: expected an id not used elsewhere (it is already used at components[0].id), found "u1"`,
    );
    const loop = refuse((d) => {
      d.components[0].mount.onComponentId = 'oe1';
      d.components[1].mount.onComponentId = 'u1';
    });
    expect(loop.expected).toBe('components stacked without a loop');
  });

  it('reports how many more errors there are', () => {
    const e = refuse((d) => {
      d.links[0].lanes = 'x';
      d.links[0].serdesClass = 'ZZ';
    });
    expect(e.errors).toHaveLength(2);
    expect(e.message.endsWith('(and 1 more)')).toBe(true);
  });

  it('an unreadable file (from the host)', () => {
    expect(unreadableFileError(FILE, 'ENOENT: no such file').message).toBe(
      `${FILE}: (document): expected a readable file, found ENOENT: no such file`,
    );
  });
});

describe('loadDocument warns but accepts', () => {
  it('drops __proto__, constructor and prototype members', () => {
    const text = serializeDesign(sampleDesign()).replace(
      '"meta": {',
      '"meta": { "__proto__": { "polluted": true }, "constructor": { "prototype": 1 },',
    );
    const result = loadDocument(FILE, text, { library: TEST_LIBRARY });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings.map((w) => w.path).sort()).toEqual([
      'meta.__proto__',
      'meta.constructor',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.doc.meta)).toBe(Object.prototype);
  });

  it('wraps rotations into [0, 360), saying so', () => {
    const doc = sampleDesign();
    const text = serializeDesign({
      ...doc,
      components: doc.components.map((c) => (c.id === 'u1' ? { ...c, rotationDeg: -90 } : c)),
    });
    const result = loadDocument(FILE, text, { library: TEST_LIBRARY });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.doc.components[0]?.rotationDeg).toBe(270);
    expect(result.warnings.map((w) => w.message)).toEqual([
      `${FILE}: components[0].rotationDeg: expected an angle in [0, 360) degrees, found -90 — read as 270`,
    ]);
  });

  it('a footprint off its carrier', () => {
    const doc = sampleDesign();
    const text = serializeDesign({
      ...doc,
      components: doc.components.map((c) =>
        c.id === 'u1' ? { ...c, positionMm: { x: 10, y: 75 } } : c,
      ),
    });
    const result = loadDocument(FILE, text, { library: TEST_LIBRARY });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings.map((w) => w.message)).toEqual([
      `${FILE}: components[0].positionMm: expected a footprint inside carrier "board" (x 0…200 mm, y 0…150 mm), found x -15…35 mm, y 50…100 mm`,
    ]);
  });
});
