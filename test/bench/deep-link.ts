// Bench part `deeplink`: open a shared role link cold → the role's text on screen.
// A built app (bundle.ts) is served by `vite preview`; each run is a fresh browser
// context (empty cache) opening roles/<id>/ with JavaScript on, then off. "Role text
// painted" is the first contentful paint when the role's title is already in that
// paint's document (a prerendered page, src/compiler/prerender.ts); otherwise the
// frame in which the title first appeared (the app rendered it). Median of runs.
import type { Browser } from '@playwright/test';
import { serve } from './browser.ts';
import { median, round } from './util.ts';

export interface DeepLinkBench {
  name: string;
  path: string;
  runs: number;
  /** `appReadyMs`: the app's ladder painted too (the app has taken over), what a person waited for the role before it was prerendered. */
  jsOn: { paintedMs: number[]; medianMs: number; fcpMs: number[]; inFirstPaint: boolean; appReadyMs: number[]; medianAppReadyMs: number };
  jsOff: { paintedMs: number[]; medianMs: number; inFirstPaint: boolean } | { na: string };
}

// Installed before the page's own scripts: notes when the role title first shows up (the next frame after it is in the DOM).
const PROBE = `(() => {
  const w = window;
  w.__rolePainted = null;
  w.__appReady = null;
  const ladder = new MutationObserver(() => {
    if (!document.querySelector('.react-flow__node')) return;
    ladder.disconnect();
    requestAnimationFrame(() => setTimeout(() => { w.__appReady = performance.now(); }, 0));
  });
  ladder.observe(document, { subtree: true, childList: true });
  const check = () => {
    const h = document.querySelector('aside h2');
    if (!h || !h.textContent) return false;
    requestAnimationFrame(() => setTimeout(() => { if (w.__rolePainted === null) w.__rolePainted = performance.now(); }, 0));
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true });
})()`;

const READ = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return { fcp: fcp ? fcp.startTime : null, painted: window.__rolePainted ?? null, appReady: window.__appReady ?? null, title: document.querySelector('aside h2')?.textContent ?? null };
})()`;

export async function benchDeepLink(browser: Browser, name: string, outDir: string, roleId: string, runs = 5): Promise<DeepLinkBench> {
  const server = await serve(outDir);
  const path = `roles/${roleId}/`;
  try {
    const on: { painted: number; fcp: number; html: boolean; appReady: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      // Is the title in the HTML the server sent (content-first), or added by the app?
      const response = page.waitForResponse((r) => r.url() === `${server.url}${path}`);
      await page.addInitScript(PROBE);
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const html = (await (await response).text()).includes('id="role-title"');
      await page.locator('aside h2').first().waitFor({ timeout: 30_000 });
      // Functions, not strings: a string would be eval'd in the page, which its CSP forbids.
      await page.waitForFunction(() => (window as unknown as { __appReady: number | null }).__appReady !== null && performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
      const r = (await page.evaluate(READ)) as { fcp: number | null; painted: number | null; appReady: number | null };
      const fcp = r.fcp ?? NaN;
      // With the title in the first HTML, it is painted with the first contentful paint.
      on.push({ painted: html ? fcp : (r.painted ?? NaN), fcp, html, appReady: r.appReady ?? NaN });
      await context.close();
    }
    let jsOff: DeepLinkBench['jsOff'];
    const off: { painted: number; html: boolean }[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        const title = await page.locator('aside h2').first().textContent({ timeout: 5_000 }).catch(() => null);
        if (!title) throw new Error('with JavaScript off the page shows no role');
        // Playwright's own evaluation still runs with page scripts disabled.
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 }).catch(() => undefined);
        const r = (await page.evaluate(READ)) as { fcp: number | null };
        off.push({ painted: r.fcp ?? NaN, html: true });
        await context.close();
      }
      jsOff = { paintedMs: off.map((o) => round(o.painted)), medianMs: round(median(off.map((o) => o.painted).filter(Number.isFinite))), inFirstPaint: true };
    } catch (error) {
      jsOff = { na: (error as Error).message.split('\n')[0]! };
    }
    return {
      name,
      path: `/${path}`,
      runs,
      jsOn: {
        paintedMs: on.map((o) => round(o.painted)),
        medianMs: round(median(on.map((o) => o.painted).filter(Number.isFinite))),
        fcpMs: on.map((o) => round(o.fcp)),
        inFirstPaint: on.every((o) => o.html),
        appReadyMs: on.map((o) => round(o.appReady)),
        medianAppReadyMs: round(median(on.map((o) => o.appReady).filter(Number.isFinite))),
      },
      jsOff,
    };
  } finally {
    server.stop();
  }
}
