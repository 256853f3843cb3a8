#!/usr/bin/env node
// The whole test suite in one command (`npm test`): static checks, Vitest, Playwright.
// Counts come from the runners' JSON reports, and the last line is the plain summary
// `N passed, N failed, N skipped` that CI reads. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.test-output';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A static check counts as one test. */
function check(label, command, args) {
  if (run(label, command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

check('build CLI', 'npm', ['run', '--silent', 'build:cli']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);

const vitestOk = run('unit and property tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${OUT}/vitest.json`,
]);
const vitest = readJson(`${OUT}/vitest.json`);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitest.numFailedTests > 0) failures.push('vitest');
}
if (!vitest || (!vitestOk && vitest.numFailedTests === 0)) {
  totals.failed += 1;
  failures.push('vitest (run failed without a test failure: see its output)');
}

const pwOk = run('end-to-end tests (Chromium) and Electron smoke test', 'npx', [
  'playwright',
  'test',
]);
const pw = readJson(`${OUT}/playwright.json`);
if (pw) {
  const s = pw.stats;
  totals.passed += s.expected + s.flaky;
  totals.failed += s.unexpected;
  totals.skipped += s.skipped;
  if (s.unexpected > 0) failures.push('playwright');
}
if (!pw || (!pwOk && pw.stats.unexpected === 0)) {
  totals.failed += 1;
  failures.push('playwright (run failed without a test failure: see its output)');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
