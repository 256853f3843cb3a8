import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
const schema = JSON.parse(
  readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as object;

/** PNG width and height from the IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("validates against electron-builder's own JSON schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const isValid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('the schema check fails on a misspelt key (so the test above can fail)', () => {
    const validate = new Ajv({ strict: false, allowUnionTypes: true }).compile(schema);
    expect(validate({ ...config, prodcutName: 'typo' })).toBe(false);
    expect(validate({ ...config, fileAssociations: [{ extension: 'x' }] })).toBe(false);
  });

  it('builds AppImage + deb, NSIS and dmg with the design file association', () => {
    expect(config.productName).toBe('Lightpath Studio');
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
    expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'lightpath.json', name: 'Lightpath design' }),
    ]);
    expect(config.files).toContain('out/**');
  });

  it('turns off run-as-node, NODE_OPTIONS and inspect in release builds', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('points at a real 512×512 PNG icon', () => {
    const iconPath = (config.linux as { icon: string }).icon;
    expect(pngSize(readFileSync(join(root, iconPath)))).toEqual({ width: 512, height: 512 });
    expect(readFileSync(join(root, 'assets/icons/icon.svg'), 'utf8')).toContain('<svg');
  });
});
