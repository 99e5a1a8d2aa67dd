#!/usr/bin/env node
// `npm test`: every suite in one command, ending with one line that totals them
// all: "N passed, N failed". Suites: type check, unit + component tests (Vitest),
// browser tests (Playwright, Debian's Chromium). Each suite's own JSON report is
// read for the counts, so the total is what the suites themselves counted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one suite
const results = [];
mkdirSync('test-results', { recursive: true });

function run(name, command, args, count) {
  if (only.length > 0 && !only.includes(name)) return;
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const status = spawnSync(command, args, { stdio: 'inherit', env: process.env }).status;
  let counts;
  try {
    counts = count(status);
  } catch (error) {
    console.error(`${name}: could not read its results (${error.message})`);
    counts = { passed: 0, failed: 1 };
  }
  if (status !== 0 && counts.failed === 0) counts.failed = 1; // the suite failed without a failing test (crash, config error)
  results.push({ name, ...counts, seconds: Math.round((Date.now() - started) / 1000) });
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

run('typecheck', 'npx', ['tsc', '--noEmit'], (status) => ({ passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 }));

rmSync('test-results/unit-results.json', { force: true });
run('unit', 'npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit-results.json'], () => {
  const report = readJson('test-results/unit-results.json');
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTestSuites ?? 0) };
});

rmSync('test-results/browser-results.json', { force: true });
run('browser', 'npx', ['playwright', 'test', '--config', 'test/browser/playwright.config.ts'], () => {
  if (!existsSync('test-results/browser-results.json')) throw new Error('no report written');
  const stats = readJson('test-results/browser-results.json').stats;
  return { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected + (stats.errors?.length ?? 0) };
});

console.log('\n=== totals');
for (const r of results) console.log(`${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed (${r.seconds}s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
