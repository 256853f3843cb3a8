#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark script in tests/bench, one after another, each in its
 * own `node --expose-gc` process (so one bench's heap and JIT state do not colour the next).
 * A script is any `*.mjs` here except this runner, benchmarksDoc.mjs and names starting with
 * `_`. Each script prints its figures and writes its own section of docs/BENCHMARKS.md with
 * benchmarksDoc.mjs `writeSection(title, markdown)`. Exit code: the first failing script's.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const skip = new Set(['run.mjs', 'benchmarksDoc.mjs']);
const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && !skip.has(name) && !name.startsWith('_'))
  .sort();

/** Arguments of the scripts that take some (the sweep also measures the normal mesh once). */
const ARGS = { 'sweep.mjs': ['3', '--normal'] };

let code = 0;
for (const name of scripts) {
  console.log(`\n=== ${name} ===`);
  const args = ['--expose-gc', `${here}${name}`, ...(ARGS[name] ?? [])];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0 && code === 0) code = run.status ?? 1;
}
process.exitCode = code;
