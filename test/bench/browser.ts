// Benchmark 4, in Chromium: a built app (see bundle.ts) served by `vite preview`
// and driven by Playwright with Debian's /usr/bin/chromium. For one URL it measures
//  - navigation → ladder visible (first measured role node painted), cold cache, median of runs;
//  - click on a role (after the pointer rested on it for 300 ms) → its panel shows that role (DOM, next frame, painted), median of clicks;
//  - search keystroke → options list updated (next frame), median of keys;
//  - long tasks and frame gaps during a scripted pan (mouse drags) and zoom (wheel).
// A missing selector or a page that never shows the ladder gives "n/a" with the reason,
// never a crash. Timings come from the page's Performance API (see probe.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { freePort } from '../free-port.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ARM_KEY, ARM_PANEL, CLICKABLE_ROLES, INIT_SCRIPT, PANE_POINT, PANEL_HEADING, READ_NAVIGATION, START_RECORDING, STOP_RECORDING, VIEWPORT_TRANSFORM } from './probe.ts';
import { ROOT, kb, log, median, round } from './util.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1400, height: 900 };

type Maybe<T> = T | { na: string };
export const isNa = (v: unknown): v is { na: string } => typeof v === 'object' && v !== null && 'na' in v;

export interface BrowserBench {
  name: string;
  url: string;
  note?: string;
  navigation: Maybe<{ runs: number; ladderPaintedMs: number[]; medianMs: number; fcpMs: number | null; domContentLoadedMs: number | null; longestTaskMs: number; loadedGzipKB: number; loadedFiles: string[] }>;
  click: Maybe<{ clicks: number; domMs: number[]; paintedMs: number[]; medianDomMs: number; medianPaintedMs: number; maxPaintedMs: number; eventTimingMaxMs: number | null }>;
  search: Maybe<{ keys: number; paintedMs: number[]; medianMs: number; maxMs: number; unchanged: number }>;
  pan: Maybe<{ durationMs: number; nodes: number; frames: number; maxFrameGapMs: number; p95FrameGapMs: number; longTasks: number; longestTaskMs: number; blockingMs: number; moved: boolean }>;
}


export interface Server {
  url: string;
  stop: () => void;
}

/** `vite preview` of `outDir` on a free port; resolves when it answers. */
export async function serve(outDir: string): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--strictPort', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: '/' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview of ${outDir} did not answer on ${url}`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: INIT_SCRIPT });
  return context.newPage();
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForLadder(page: Page, timeout: number): Promise<boolean> {
  // polled with evaluate (not waitForFunction, whose string predicate the app's CSP forbids as eval)
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await page.evaluate(`performance.getEntriesByName('rungs:ladder-painted').length > 0`)) return true;
    await wait(25);
  }
  return false;
}

interface NavRead {
  ladderDom: number | null;
  ladderPainted: number | null;
  fcp: number | null;
  domContentLoaded: number | null;
  resources: string[];
  longtasks: { start: number; duration: number }[];
}

/** What the page complained about, to explain an n/a. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e).split('\n')[0]!));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().split('\n')[0]!);
  });
  return errors;
}

const shortUrl = (url: string) => {
  const u = new URL(url);
  return u.pathname + (u.search.length > 40 ? u.search.slice(0, 37) + '…' : u.search);
};

async function measureNavigation(browser: Browser, url: string, outDir: string, runs: number): Promise<BrowserBench['navigation']> {
  const samples: NavRead[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(browser);
    const errors = watchErrors(page);
    try {
      await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
      if (!(await waitForLadder(page, 30_000))) {
        const nodes = await page.locator('.react-flow__node').count();
        return { na: `no role node (.react-flow__node-role) became visible within 30 s at ${shortUrl(url)} (${nodes} React Flow nodes in the DOM${errors.length ? `; page errors: ${errors.slice(0, 2).join(' / ')}` : ''})` };
      }
      samples.push((await page.evaluate(READ_NAVIGATION)) as NavRead);
    } finally {
      await page.context().close();
    }
  }
  const painted = samples.map((s) => s.ladderPainted!);
  const last = samples.at(-1)!;
  const files = [...new Set(last.resources.map((r) => new URL(r).pathname.replace(/^\/+/, '')).filter((f) => /\.(js|css)$/.test(f) && existsSync(join(outDir, f))))];
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0);
  return {
    runs,
    ladderPaintedMs: painted.map((n) => round(n)),
    medianMs: round(median(painted)),
    fcpMs: last.fcp === null ? null : round(last.fcp),
    domContentLoadedMs: last.domContentLoaded === null ? null : round(last.domContentLoaded),
    longestTaskMs: round(Math.max(0, ...samples.flatMap((s) => s.longtasks.filter((t) => t.start <= (s.ladderPainted ?? Infinity)).map((t) => t.duration)))),
    loadedGzipKB: kb(gzip),
    loadedFiles: files,
  };
}

interface Clickable {
  id: string;
  x: number;
  y: number;
}

async function measureClicks(page: Page, clicks: number): Promise<BrowserBench['click']> {
  const dom: number[] = [];
  const painted: number[] = [];
  const tried = new Set<string>();
  for (let i = 0; i < clicks; i++) {
    const candidates = ((await page.evaluate(CLICKABLE_ROLES)) as Clickable[]).filter((c) => c.id && !tried.has(c.id));
    if (candidates.length === 0) break;
    // spread the picks over the canvas rather than always the first node
    const target = candidates[Math.floor((candidates.length * (i * 2 + 1)) / (clicks * 2 + 1)) % candidates.length]!;
    tried.add(target.id);
    const before = await page.evaluate(`document.querySelector(${JSON.stringify(PANEL_HEADING)})?.textContent ?? null`);
    // As a person does: the pointer rests on the role before the click (which also
    // lets the app prefetch the role's family text), then the click is timed.
    await page.mouse.move(target.x, target.y);
    await wait(300);
    await page.evaluate(ARM_PANEL(before as string | null, 5_000));
    await page.mouse.click(target.x, target.y);
    const result = (await page.evaluate('window.__bench.panel')) as { click: number; dom: number; painted: number } | null;
    if (result) {
      dom.push(result.dom - result.click);
      painted.push(result.painted - result.click);
    }
    await wait(700); // let the centring animation finish before the next pick
  }
  if (painted.length === 0) return { na: `no panel heading (${PANEL_HEADING}) appeared after clicking a role node` };
  const events = (await page.evaluate(`window.__bench.events.filter((e) => e.name === 'click' || e.name === 'pointerup' || e.name === 'pointerdown')`)) as { duration: number }[];
  return {
    clicks: painted.length,
    domMs: dom.map((n) => round(n)),
    paintedMs: painted.map((n) => round(n)),
    medianDomMs: round(median(dom)),
    medianPaintedMs: round(median(painted)),
    maxPaintedMs: round(Math.max(...painted)),
    eventTimingMaxMs: events.length ? round(Math.max(...events.map((e) => e.duration))) : null,
  };
}

async function measureSearch(page: Page, text: string): Promise<BrowserBench['search']> {
  const box = page.getByRole('combobox', { name: /search/i }).first();
  try {
    await box.waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    return { na: 'no search combobox (role=combobox, name /search/i) on the page' };
  }
  await box.click();
  await box.fill('');
  await wait(200);
  const times: number[] = [];
  let unchanged = 0;
  for (const char of text) {
    await page.evaluate(ARM_KEY('[role="listbox"]', 1_000));
    await page.keyboard.type(char);
    const r = (await page.evaluate('window.__bench.key')) as { key: number; dom: number | null; painted?: number } | null;
    if (r && r.dom !== null && r.painted !== undefined) times.push(r.painted - r.key);
    else unchanged++;
    await wait(120);
  }
  await page.keyboard.press('Escape');
  if (times.length === 0) return { na: `typing "${text}" never changed a [role=listbox]` };
  return { keys: times.length, paintedMs: times.map((n) => round(n)), medianMs: round(median(times)), maxMs: round(Math.max(...times)), unchanged };
}

async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps = 24): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let s = 1; s <= steps; s++) {
    await page.mouse.move(from.x + (dx * s) / steps, from.y + (dy * s) / steps);
    await wait(16);
  }
  await page.mouse.up();
}

async function wheel(page: Page, at: { x: number; y: number }, deltaY: number, notches: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, deltaY);
    await wait(40);
  }
}

async function measurePan(page: Page): Promise<BrowserBench['pan']> {
  const pane = (await page.evaluate(PANE_POINT)) as { x: number; y: number; box: { left: number; top: number; width: number; height: number } } | null;
  if (!pane) return { na: 'no empty .react-flow__pane point to drag from' };
  const before = await page.evaluate(VIEWPORT_TRANSFORM);
  const started = performance.now();
  await page.evaluate(START_RECORDING);
  const span = Math.min(600, pane.box.width * 0.6);
  // across the canvas at the fitted zoom, then zoomed in, then back out
  await drag(page, pane, -span / 2, 0);
  await drag(page, pane, span, 0);
  await wheel(page, pane, -120, 6);
  const inside = ((await page.evaluate(PANE_POINT)) as { x: number; y: number } | null) ?? pane;
  await drag(page, inside, -span, 0);
  await drag(page, inside, 0, -200);
  await drag(page, inside, span, 200);
  await wheel(page, inside, 120, 10);
  const r = (await page.evaluate(STOP_RECORDING)) as { since: number; until: number; frames: number[]; longtasks: { duration: number }[]; nodes: number };
  const durationMs = performance.now() - started;
  const after = await page.evaluate(VIEWPORT_TRANSFORM);
  const gaps = r.frames.slice(1).map((t, i) => t - r.frames[i]!).sort((a, b) => a - b);
  const longest = Math.max(0, ...r.longtasks.map((t) => t.duration));
  return {
    durationMs: round(durationMs),
    nodes: r.nodes,
    frames: r.frames.length,
    maxFrameGapMs: round(gaps.at(-1) ?? 0),
    p95FrameGapMs: round(gaps[Math.floor(gaps.length * 0.95)] ?? 0),
    longTasks: r.longtasks.length,
    longestTaskMs: round(longest),
    blockingMs: round(r.longtasks.reduce((n, t) => n + Math.max(0, t.duration - 50), 0)),
    moved: before !== after,
  };
}

export interface BrowserTarget {
  name: string;
  outDir: string;
  /** path and query, e.g. "" or "?families=a,b" */
  path: string;
  note?: string;
}

export async function benchBrowser(browser: Browser, target: BrowserTarget, { runs = 3, clicks = 5, searchText = 'engineer' } = {}): Promise<BrowserBench> {
  const server = await serve(target.outDir);
  const url = server.url + target.path;
  const result: BrowserBench = { name: target.name, url: '/' + target.path, note: target.note, navigation: { na: 'not run' }, click: { na: 'not run' }, search: { na: 'not run' }, pan: { na: 'not run' } };
  try {
    log(`browser ${target.name}: navigation ×${runs}`);
    result.navigation = await measureNavigation(browser, url, target.outDir, runs);
    if (isNa(result.navigation)) {
      result.click = result.search = result.pan = { na: 'the ladder never showed (see navigation)' };
      return result;
    }
    const page = await freshPage(browser);
    try {
      await page.goto(url, { timeout: 30_000 });
      await waitForLadder(page, 30_000);
      await wait(500);
      log(`browser ${target.name}: pan and zoom`);
      result.pan = await measurePan(page);
      // Panning and zooming out leaves the ladder at its coarse level (families as
      // columns, no role boxes): clicks start again from the first view, as a person's would.
      await page.goto(url, { timeout: 30_000 });
      await waitForLadder(page, 30_000);
      await wait(500);
      log(`browser ${target.name}: clicks ×${clicks}`);
      result.click = await measureClicks(page, clicks);
      log(`browser ${target.name}: search keystrokes`);
      result.search = await measureSearch(page, searchText);
    } finally {
      await page.context().close();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    for (const key of ['navigation', 'click', 'search', 'pan'] as const) if (isNa(result[key]) && result[key].na === 'not run') result[key] = { na: `failed: ${reason}` };
  } finally {
    server.stop();
  }
  return result;
}
