import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { serializeDesign } from '../../../renderer/src/model/serialize';
import { runCliCaptured } from './cliHarness';

const DESIGN = 'tests/fixtures/v3/npo-bundled-parts.lightpath.json';
const library = defaultPartLibrary();

const commands = (list: unknown) => ({ 'edits.json': JSON.stringify(list) });
const move = { name: 'movePart', params: { id: 'oe1', positionMm: { x: 130, y: 80 } } };
const rename = { name: 'setMeta', params: { changes: { name: 'Edited by apply' } } };

function load(text: string) {
  const result = loadDocument('out.json', text, { library });
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

describe('lightpath apply', () => {
  it('replays the commands in order and prints the canonical design on stdout', async () => {
    const run = await runCliCaptured(['apply', DESIGN, 'edits.json'], commands([move, rename]));
    expect(run.code).toBe(0);
    const doc = load(run.stdout);
    expect(doc.components.find((c) => c.id === 'oe1')?.positionMm).toEqual({ x: 130, y: 80 });
    expect(doc.meta.name).toBe('Edited by apply');
    expect(run.stdout).toBe(serializeDesign(doc)); // canonical form, trailing newline
  });

  it('writes the result to -o and says so on stderr', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lightpath-apply-')), 'out.lightpath.json');
    const run = await runCliCaptured(['apply', DESIGN, 'edits.json', '-o', out], commands([move]));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`wrote ${out} (1 command applied)`);
    expect(load(readFileSync(out, 'utf8')).components[1]?.positionMm).toEqual({ x: 130, y: 80 });
  });

  it('stops at the first refused command: exit 2 naming its index, name and reason; nothing written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lightpath-apply-')), 'out.lightpath.json');
    const refused = { name: 'setRulesConfig', params: { changes: { minSpacingMm: -1 } } };
    const run = await runCliCaptured(
      ['apply', DESIGN, 'edits.json', '--out', out],
      commands([move, refused, rename]),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^error: edits\.json: command \[1\] setRulesConfig refused: invalid rules\.minSpacingMm: .*found -1\nnothing written\n$/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown command and a command with an unknown id', async () => {
    const unknown = await runCliCaptured(
      ['apply', DESIGN, 'edits.json'],
      commands([{ name: 'formatDisk', params: {} }]),
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'command [0] formatDisk refused: unknown command "formatDisk"',
    );
    const ghost = await runCliCaptured(
      ['apply', DESIGN, 'edits.json'],
      commands([rename, { name: 'movePart', params: { id: 'ghost', positionMm: { x: 1, y: 1 } } }]),
    );
    expect(ghost.code).toBe(2);
    expect(ghost.stderr).toContain(
      'command [1] movePart refused: component "ghost" does not exist',
    );
  });

  it('refuses a commands file that is not a JSON array of { name, params }', async () => {
    for (const [text, message] of [
      ['{"name":"setMeta"}', 'expected a JSON array of commands'],
      ['[{"params":{}}]', '[0]: expected an object { "name": string'],
      ['[1', 'expected JSON text'],
    ] as const) {
      const run = await runCliCaptured(['apply', DESIGN, 'edits.json'], { 'edits.json': text });
      expect(run.code, text).toBe(2);
      expect(run.stderr, text).toContain(message);
    }
    const missing = await runCliCaptured(['apply', DESIGN, 'no-such-file.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.json: cannot read the commands file');
  });

  it('refuses bad arguments and an invalid design with exit 2', async () => {
    expect((await runCliCaptured(['apply', DESIGN])).code).toBe(2);
    expect((await runCliCaptured(['apply', DESIGN, 'a.json', '-o'])).stderr).toContain(
      '-o needs a file name',
    );
    expect((await runCliCaptured(['apply', DESIGN, 'a.json', '--fast'])).stderr).toContain(
      'unknown option --fast',
    );
    const broken = await runCliCaptured(['apply', 'broken.json', 'edits.json'], {
      'broken.json': '{"format":"lightpath-studio/design"}',
      ...commands([]),
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('error: broken.json');
  });

  it('an empty list writes the design unchanged in canonical form', async () => {
    const run = await runCliCaptured(['apply', DESIGN, 'edits.json'], commands([]));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(serializeDesign(load(readFileSync(DESIGN, 'utf8'))));
  });

  it('runs the documented example (docs/examples/npo-review-edits.commands.json) on the NPO example', async () => {
    const run = await runCliCaptured([
      'apply',
      'assets/examples/switch-npo.lightpath.json',
      'docs/examples/npo-review-edits.commands.json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const doc = load(run.stdout);
    expect(doc.meta.variant).toBe('NPO, review edits');
    expect(doc.rules).toEqual({ oeMaxDistanceMm: 45, channelMarginWarnDb: 2 });
    expect(doc.scenarios.map((s) => s.id)).toContain('cold-aisle');
    expect(doc.comments.find((c) => c.id === 'c-socket')?.status).toBe('resolved');
  });
});
