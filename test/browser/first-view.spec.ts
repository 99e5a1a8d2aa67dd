// The first view in Chromium (seeds build): the index's schema check (graph-check
// and the schema library) is not fetched until the ladder is on screen, and is
// fetched then, on every kind of first page (the canvas, the list view, a page
// without a ladder), so a half-deployed index still ends on the error page
// (graph-error.spec.ts) without costing the first paint its bytes.
import { test, expect, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support';

failOnConsoleErrors();

const CHECK_CHUNK = /\/assets\/graph-check-[\w-]+\.js$/;

/** Before any page script: the time a role node of the ladder was first visible. */
const RECORD_LADDER = `(() => {
  const mo = new MutationObserver(() => {
    for (const n of document.querySelectorAll('.react-flow__node-role, [data-ladder-list] a')) {
      const r = n.getBoundingClientRect();
      if (n.style.visibility !== 'hidden' && r.width > 0 && r.height > 0) {
        window.__ladderShownAt = performance.now();
        return mo.disconnect();
      }
    }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function checkFetchedAfterLadder(page: Page, path: string) {
  await page.addInitScript({ content: RECORD_LADDER });
  await page.goto(path);
  const started = () => page.evaluate(`performance.getEntriesByType('resource').find((r) => ${CHECK_CHUNK}.test(new URL(r.name).pathname))?.startTime ?? null`);
  const shown = () => page.evaluate('window.__ladderShownAt ?? null');
  await expect.poll(shown, { timeout: 15_000 }).not.toBeNull();
  await expect.poll(started, { timeout: 15_000 }).not.toBeNull();
  const [checkAt, ladderAt] = [(await started()) as number, (await shown()) as number];
  expect(checkAt, `index check fetched at ${checkAt} ms, ladder shown at ${ladderAt} ms`).toBeGreaterThan(ladderAt);
}

test('the index check is fetched after the ladder canvas has painted', async ({ page }) => {
  await checkFetchedAfterLadder(page, '');
  await expect(page.locator('.react-flow__node[data-id="customer-success-management/senior-csm"]')).toBeVisible();
});

test('the index check is fetched after the ladder list has painted', async ({ page }) => {
  await checkFetchedAfterLadder(page, '?view=list');
});

test('a page without a ladder still gets its index checked', async ({ page }) => {
  await page.goto('diagnostics');
  await expect.poll(() => page.evaluate(`performance.getEntriesByType('resource').some((r) => ${CHECK_CHUNK}.test(new URL(r.name).pathname))`), { timeout: 15_000 }).toBe(true);
});
