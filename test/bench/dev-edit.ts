// Bench part `dev-edit`: edit one page with the dev server running → the app shows the
// edit. A copy of the pages folder (never the real one) is served by `vite` (dev) with
// SEEDS_DIR pointing at it; Chromium opens a role's page; each round appends a marker
// to one of that role's own responsibility lines on disk and times, on one clock
// (Date.now() in Node and in the page), from the write to the frame that painted the
// marker in the role panel. Also records whether the page reloaded (a flag set on
// window survives a hot update, not a reload) and the dev server's own "graph updated
// in N ms" line.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { launch } from './browser.ts';
import { ROOT, log, median, round } from './util.ts';

export interface DevEditBench {
  pages: number;
  role: string;
  rounds: number;
  updatedMs: number[];
  medianMs: number;
  /** The dev server's own figure per edit: watcher event → graph recompiled and pushed. */
  serverMs: number[];
  reloads: number;
  pagesReadPerEdit: string[];
}

// A string, not a function: tsx would wrap a function's inner helpers in names the page does not have.
const WAIT_FOR_TEXT = `(text) => new Promise((resolve) => {
  const seen = () => document.querySelector('aside')?.textContent?.includes(text);
  const done = () => requestAnimationFrame(() => setTimeout(() => resolve(Date.now()), 0));
  if (seen()) return done();
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    done();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})`;


/** A role with own responsibilities on a line of its page, in the first family that has one. */
function pickRole(folder: string): { id: string; file: string; line: number } {
  const { graph } = compilePages(readPages(folder));
  for (const role of graph.roles) {
    const item = role.responsibilities.find((i) => i.own && i.line > 0);
    if (!role.external && item) return { id: role.id, file: role.source.file, line: item.line };
  }
  throw new Error(`no role with own responsibilities in ${folder}`);
}

export async function benchDevEdit(folder: string, rounds = 5): Promise<DevEditBench> {
  const copy = mkdtempSync(join(tmpdir(), 'rungs-dev-edit-'));
  cpSync(folder, copy, { recursive: true });
  const role = pickRole(copy);
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--strictPort', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, SEEDS_DIR: copy, GRAPH_FIXTURE: '', BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(...d.toString().split('\n')));
  child.stderr!.on('data', (d: Buffer) => output.push(...d.toString().split('\n')));
  const browser = await launch();
  try {
    const url = `http://127.0.0.1:${port}/roles/${role.id}`;
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 600_000 });
    const panel = page.getByRole('complementary', { name: 'Role details' });
    const responsibilities = panel.getByRole('region', { name: 'Responsibilities' });
    try {
      await responsibilities.waitFor({ timeout: 120_000 });
    } catch {
      // Vite may re-optimize its dependencies while the first load runs (the page then
      // gets "504 Outdated Optimize Dep" and shows the app's boot error): load it again.
      log('dev edit: the app did not show the role on the first load; reloading once');
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 600_000 });
      await responsibilities.waitFor({ timeout: 600_000 });
    }
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const file = join(copy, role.file);
    const updatedMs: number[] = [];
    const serverMs: number[] = [];
    const pagesRead: string[] = [];
    let reloads = 0;
    for (let n = 1; n <= rounds; n++) {
      const marker = `rungs-edit-marker-${n}-${Date.now()}`;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[role.line - 1] = `${lines[role.line - 1]!.replace(/ rungs-edit-marker-\S+$/, '')} ${marker}`;
      // The page waits for the marker and notes the time of the frame that painted it.
      const painted = page.evaluate(`(${WAIT_FOR_TEXT})(${JSON.stringify(marker)})`) as Promise<number>;
      painted.catch(() => undefined); // a reload destroys it; handled below
      await new Promise((r) => setTimeout(r, 100)); // the observer is in place
      const logged = output.length;
      const start = Date.now();
      writeFileSync(file, lines.join('\n'));
      let end: number;
      try {
        end = await Promise.race([painted, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('timeout')), 60_000))]);
      } catch {
        // a full reload loses the waiting promise: wait for the marker on the new document
        await panel.getByText(marker, { exact: false }).waitFor({ timeout: 60_000 });
        end = Date.now();
      }
      updatedMs.push(end - start);
      // A reload (ours, or Vite's after optimizing a newly found dependency) loses the flag, or the page mid-check.
      await page.waitForLoadState('domcontentloaded');
      const same = await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true).catch(() => false);
      if (!same) {
        reloads++;
        await page.waitForLoadState('domcontentloaded');
        await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true)).catch(() => undefined);
      }
      await new Promise((r) => setTimeout(r, 300)); // the server's log line
      const line = output.slice(logged).find((l) => /graph updated in \d+ ms/.test(l));
      const ms = line ? Number(/graph updated in (\d+) ms/.exec(line)![1]) : NaN;
      if (Number.isFinite(ms)) serverMs.push(ms);
      const read = line ? /read \d+ of \d+ pages?/.exec(line)?.[0] : undefined;
      if (read) pagesRead.push(read);
      log(`dev edit ${n}: app updated ${updatedMs.at(-1)} ms after the write${line ? ` (${line.replace(/^.*rungs: /, '').trim()})` : ''}`);
    }
    return { pages: readPages(copy).length, role: role.id, rounds, updatedMs, medianMs: round(median(updatedMs)), serverMs, reloads, pagesReadPerEdit: pagesRead };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(copy, { recursive: true, force: true });
  }
}
