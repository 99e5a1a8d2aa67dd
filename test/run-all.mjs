#!/usr/bin/env node
// `npm test`: every suite in one command, ending with one line that totals them
// all: "N passed, N failed". Suites: type check, unit + component tests (Vitest),
// browser tests (Playwright in Chromium, found or installed first by
// test/find-browser.mjs, which says in one line what it did). Each suite's own
// JSON report is read for the counts, so the total is what the suites themselves
// counted. The tests on a real handbook read the folder named by RUNGS_CORPUS;
// without it they are skipped and the totals line says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one suite
const results = [];
mkdirSync('test-results', { recursive: true });

// First the browser, so a machine without one hears what to run before waiting for the other suites.
let browserMissing = null;
if (only.length === 0 || only.includes('browser')) {
  const browser = await findBrowser();
  console.log(browser.line);
  if (browser.path) process.env.CHROMIUM_PATH = browser.path;
  else browserMissing = browser.line;
}

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

// The browser suite's report, named as test/browser/playwright.config.ts names it.
const browserReport = `test-results/browser-results${process.env.PW_PORT ? `-${process.env.PW_PORT}` : ''}.json`;
rmSync(browserReport, { force: true });
if (browserMissing) results.push({ name: 'browser', passed: 0, failed: 1, seconds: 0, note: browserMissing });
else run('browser', 'npx', ['playwright', 'test', '--config', 'test/browser/playwright.config.ts'], () => {
  if (!existsSync(browserReport)) throw new Error('no report written');
  const stats = readJson(browserReport).stats;
  return { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected + (stats.errors?.length ?? 0) };
});

console.log('\n=== totals');
for (const r of results) console.log(`${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed (${r.seconds}s)${r.note ? `: ${r.note}` : ''}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const corpusNote = process.env.RUNGS_CORPUS ? '' : '; corpus tests skipped: RUNGS_CORPUS not set';
console.log(`${passed} passed, ${failed} failed${corpusNote}`);
process.exitCode = failed > 0 ? 1 : 0;
