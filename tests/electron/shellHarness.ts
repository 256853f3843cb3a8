/**
 * Helpers for the shell's Playwright tests: build out/ with electron-vite, serve the built
 * renderer exactly as the app:// handler does, and tell zod's harmless eval probe apart from
 * real CSP violations.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveAppRequest } from '../../electron/main/modules/appProtocol';
import { CHROMIUM_WEBGL_ARGS } from '../../electron/cli/chromiumArgs';

/** Debian Chromium's arguments for headless WebGL through SwiftShader (ENGINEERING.md). */
export const CHROMIUM_ARGS = [...CHROMIUM_WEBGL_ARGS];

/** Runs `electron-vite build` in `projectDir`; returns its exit status and error output. */
export function buildShell(projectDir: string): { status: number | null; stderr: string } {
  const build = spawnSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
    { cwd: projectDir, encoding: 'utf8' },
  );
  return { status: build.status, stderr: build.stderr };
}

/**
 * Serves `rendererDir` over plain HTTP on 127.0.0.1 through `serveAppRequest`: the same files,
 * MIME types and CSP header as app://studio, with the HTTP origin standing in for 'self'.
 */
export async function serveRenderer(
  rendererDir: string,
): Promise<{ baseUrl: string; close: () => void }> {
  const server = createServer((request, response) => {
    void serveAppRequest(rendererDir, new Request(`app://studio${request.url ?? '/'}`)).then(
      async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers));
        response.end(Buffer.from(await answer.arrayBuffer()));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** A `securitypolicyviolation` event, as reported from the page. */
export interface Violation {
  directive: string;
  blockedUri: string;
  sourceFile: string;
  lineNumber: number;
}

/**
 * True for zod's own feature probe (`allowsEval`: `try { new Function('') } catch`), which the
 * CSP blocks by design; zod then skips its compiled fast path. `z.config({ jitless: true })` in
 * the renderer entry and worker would remove the probe.
 */
export async function isZodEvalProbe(violation: Violation): Promise<boolean> {
  if (violation.directive !== 'script-src' || violation.blockedUri !== 'eval') return false;
  const source = await (await fetch(violation.sourceFile)).text();
  const start = Math.max(0, violation.lineNumber - 8);
  return source
    .split('\n')
    .slice(start, violation.lineNumber)
    .some((line) => line.includes('allowsEval'));
}
