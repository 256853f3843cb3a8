import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES as HOST_CAP } from '../../../electron/ipc';
import { MAX_DOCUMENT_BYTES } from '../../../renderer/src/model/limits';
import { loadDocument } from '../../../renderer/src/model/load';
import { defaultPartLibrary } from '../../../renderer/src/model/partLibrary';
import { serializeDesign } from '../../../renderer/src/model/serialize';

function designFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return designFiles(path);
    return name.endsWith('.lightpath.json') ? [path] : [];
  });
}

describe('every design file in the repository goes through the loader', () => {
  it('tests/fixtures: a typed result, never a throw; the v1 and v2 fixtures load', () => {
    const files = designFiles('tests/fixtures');
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const result = loadDocument(file, readFileSync(file, 'utf8'), {
        library: defaultPartLibrary(),
      });
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.error.message.startsWith(`${file}: `)).toBe(true);
    }
    const bundled = 'tests/fixtures/v2/npo-bundled-parts.lightpath.json';
    expect(
      loadDocument(bundled, readFileSync(bundled, 'utf8'), { library: defaultPartLibrary() }).ok,
    ).toBe(true);
  });

  it('assets/examples: every example loads with the bundled part library', () => {
    for (const file of designFiles('assets/examples')) {
      const result = loadDocument(file, readFileSync(file, 'utf8'), {
        library: defaultPartLibrary(),
      });
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
    }
  });

  it('assets/examples: each file is in canonical form (saving it again changes nothing)', () => {
    for (const file of designFiles('assets/examples')) {
      const text = readFileSync(file, 'utf8');
      const result = loadDocument(file, text, { library: defaultPartLibrary() });
      if (!result.ok) throw new Error(result.error.message);
      expect(serializeDesign(result.doc) === text, file).toBe(true);
    }
  });

  it("the loader's size cap equals the host's", () => {
    expect(MAX_DOCUMENT_BYTES).toBe(HOST_CAP);
  });
});
