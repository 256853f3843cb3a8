#!/usr/bin/env node
// The `lightpath` bin: starts the bundle built by `npm run build:cli` (out/cli/lightpath.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../../out/cli/lightpath.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('lightpath is not built: run `npm run build:cli`\n');
  process.exit(2);
}
const { runCli, nodeIo } = await import(pathToFileURL(bundle).href);
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
