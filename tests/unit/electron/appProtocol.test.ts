import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  resolveAppPath,
  serveAppRequest,
} from '../../../electron/main/modules/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/modules/contentSecurityPolicy';

let root: string;
let secretPath: string;
beforeAll(async () => {
  const base = await fsp.mkdtemp(join(tmpdir(), 'lightpath-protocol-'));
  root = join(base, 'renderer');
  await fsp.mkdir(join(root, 'assets'), { recursive: true });
  await fsp.writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  await fsp.writeFile(join(root, 'assets', 'main-abc.js'), 'export {};');
  await fsp.writeFile(join(root, 'assets', 'analysis.worker-1.js'), 'self.onmessage = null;');
  secretPath = join(base, 'secret.txt');
  await fsp.writeFile(secretPath, 'not for the renderer');
});
afterAll(async () => {
  await fsp.rm(join(root, '..'), { recursive: true, force: true });
});

describe('resolveAppPath', () => {
  it('maps app://studio paths into the renderer folder', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://studio/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://studio/assets/main-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'main-abc.js'),
    );
  });

  it.each([
    'app://studio/../secret.txt',
    'app://studio/%2e%2e/secret.txt',
    'app://studio/assets/..%2f..%2fsecret.txt',
    'app://studio/..%5csecret.txt',
    'app://studio/%00index.html',
    'app://studio/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://studio/index.html',
  ])('never leaves the renderer folder for %s', (url) => {
    const resolved = resolveAppPath(root, url);
    // The URL parser already folds plain "../" back into the root; anything else is refused.
    if (resolved !== null) expect(resolved.startsWith(`${root}${sep}`)).toBe(true);
    expect(resolved).not.toBe(secretPath);
  });

  it('refuses escapes outright rather than clamping them', () => {
    expect(resolveAppPath(root, 'app://studio/assets/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://studio/..%5csecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves files with their type, the strict CSP and nosniff', async () => {
    const page = await serveAppRequest(root, new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>x</title>');
    const script = await serveAppRequest(root, new Request('app://studio/assets/main-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 403 outside the root, 404 for a missing file, 405 for writes', async () => {
    const escape = await serveAppRequest(
      root,
      new Request('app://studio/assets/..%2f..%2fsecret.txt'),
    );
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain('not for the renderer');
    expect((await serveAppRequest(root, new Request('app://studio/missing.js'))).status).toBe(404);
    const post = new Request('app://studio/index.html', { method: 'POST', body: 'x' });
    expect((await serveAppRequest(root, post)).status).toBe(405);
  });

  it('registers app:// as a standard, secure scheme so it has an origin, fetch and workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows script only from the app: no inline, no eval, no remote origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('matches the <meta> policy of renderer/index.html where that file sets one', async () => {
    const html = await fsp
      .readFile(join(__dirname, '../../../renderer/index.html'), 'utf8')
      .catch(() => '');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    if (meta === undefined) return;
    for (const directive of meta.split(';').map((d) => d.trim())) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
  });
});
