import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { designJsonSchema } from '../../../electron/cli/schema';
import { runCliCaptured, VALID_FIXTURE } from './cliHarness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON edited by tests
type Loose = any;

const valid = readFileSync(VALID_FIXTURE, 'utf8');
const edited = (edit: (doc: Record<string, Loose>) => void, text = valid) => {
  const doc = JSON.parse(text);
  edit(doc);
  return JSON.stringify(doc);
};

describe('lightpath validate', () => {
  it('exits 0 with a one-line summary for a valid design', async () => {
    const run = await runCliCaptured(['validate', VALID_FIXTURE]);
    expect(run).toEqual({
      code: 0,
      stdout: `ok: ${VALID_FIXTURE} (2 components, 1 link)\n`,
      stderr: '',
    });
  });

  it('migrates a v1 file and says so on stderr', async () => {
    const v2 = readFileSync('tests/fixtures/v2/npo-bundled-parts.lightpath.json', 'utf8');
    const v1 = edited((d) => {
      d.formatVersion = 1;
      d.links[0].rateGbps = 850;
      delete d.links[0].laneRateGbps;
      delete d.links[0].modulation;
    }, v2);
    const run = await runCliCaptured(['validate', 'old.json'], { 'old.json': v1 });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^warning: old\.json: formatVersion: .*AddLaneRate/);
  });

  const invalid: [string, string, RegExp][] = [
    [
      'corrupt JSON',
      '{"format": ',
      /^error: bad\.json: \(document\): expected JSON text, found a syntax error/,
    ],
    ['not a design', '"hello"', /^error: bad\.json: \(document\): expected a JSON object/],
    [
      'newer version',
      edited((d) => (d.formatVersion = 99)),
      /formatVersion: .*format version 99.*up to 3/,
    ],
    [
      'wrong type',
      edited((d) => (d.meta.architecture = 'cpo-z')),
      /bad\.json: meta\.architecture: expected one of "dsp-pluggable"/,
    ],
    [
      'unknown part',
      edited((d) => (d.components[0].partId = 'gpu-9000')),
      /components\[0\]\.partId: expected the id of a part/,
    ],
    [
      'dangling link',
      edited((d) => (d.links[0].to.componentId = 'x')),
      /links\[0\]\.to\.componentId: expected the id of a component/,
    ],
    [
      'proto pollution attempt plus a bad type',
      '{"__proto__": {"x": 1}, "format": 5}',
      /bad\.json: format: expected "lightpath-studio\/design", found 5/,
    ],
  ];
  for (const [name, text, pattern] of invalid) {
    it(`exits 2 with the message on stderr: ${name}`, async () => {
      const run = await runCliCaptured(['validate', 'bad.json'], { 'bad.json': text });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(pattern);
    });
  }

  it('exits 2 for a missing file, and checks every file given', async () => {
    const run = await runCliCaptured(['validate', VALID_FIXTURE, 'no/such/file.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('ok: ');
    expect(run.stderr).toBe(
      'error: no/such/file.json: (document): expected a readable file, found no such file\n',
    );
  });

  it('exits 2 for a file over the size cap and for a bad formatVersion', async () => {
    const huge = `{"pad": "${'x'.repeat(32 * 1024 * 1024)}"}`;
    const big = await runCliCaptured(['validate', 'big.json'], { 'big.json': huge });
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(
      /^error: big\.json: \(document\): expected a file of at most 33554432 bytes/,
    );
    const bad = await runCliCaptured(['validate', 'v.json'], {
      'v.json': edited((d) => (d.formatVersion = '2')),
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'v.json: formatVersion: expected an integer format version from 1 to 3, found "2"',
    );
  });

  it('exits 2 with usage when no file is given', async () => {
    const run = await runCliCaptured(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: lightpath validate');
  });
});

describe('lightpath (other commands)', () => {
  it('--help lists the commands; an unknown command exits 2', async () => {
    const help = await runCliCaptured(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate .*\n.*schema /);
    const unknown = await runCliCaptured(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('schema prints a JSON Schema that accepts the valid fixture and rejects a broken one', async () => {
    const run = await runCliCaptured(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema).toEqual(designJsonSchema());
    const ajv = new Ajv2020({ strict: false });
    const check = ajv.compile(schema);
    expect(check(JSON.parse(valid))).toBe(true);
    expect(check(JSON.parse(edited((d) => (d.links[0].lanes = 'x'))))).toBe(false);
    // Bounds are zod checks, not refinements, so the JSON Schema carries them too.
    expect(check(JSON.parse(edited((d) => (d.carriers[0].widthMm = 0))))).toBe(false);
    expect(check(JSON.parse(edited((d) => (d.cooling.ambientC = 200))))).toBe(false);
    for (const name of readdirSync('assets/examples')) {
      expect(check(JSON.parse(readFileSync(`assets/examples/${name}`, 'utf8'))), name).toBe(true);
    }
  });

  it('docs/lightpath-design.schema.json is the current generated schema', () => {
    const published = JSON.parse(readFileSync('docs/lightpath-design.schema.json', 'utf8'));
    expect(published).toEqual(designJsonSchema());
  });
});
