// A whole real handbook (RUNGS_CORPUS; CI's has 286 families) built into its own
// folder and served on its own port: `/` is the family picker, and 50 families'
// ladders together (1,000+ roles) render, pan, and open a role whose text loads
// on demand. Skipped when RUNGS_CORPUS is not set (`npm test` says so).
import { test, expect } from '@playwright/test';
import { corpusFolder } from '../corpus';
import { useSeparateBuild } from './separate-build';

const corpus = corpusFolder();
test.skip(corpus === null, 'RUNGS_CORPUS is not set: no real handbook to build');
const app = useSeparateBuild('corpus', { SEEDS_DIR: corpus ?? '' }, 240_000);

test('the picker leads to 50 families on one canvas that renders, pans and opens a role', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));

  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Job families' })).toBeVisible();
  await expect(page.getByText(/^\d+ families with \d+ roles in \d+ departments/)).toBeVisible();
  const ids = await page
    .getByRole('link', { name: /^Open / })
    .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname.split('/families/')[1] ?? '')));
  const fifty = ids.filter(Boolean).slice(0, 50);
  expect(fifty).toHaveLength(50);

  await page.goto(`${app.url}?families=${fifty.join(',')}`);
  const nodes = page.locator('.react-flow__node-role');
  await expect(nodes.first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(500); // fitView
  expect(await nodes.count()).toBeGreaterThan(100);

  // zoom in, then pan right in two drags: the viewport moves and roles stay drawn
  // the first view is already at a legible zoom: zoom in further as far as the control allows
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 4 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  for (let i = 0; i < 2; i++) {
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 10 });
    await page.mouse.up();
  }
  expect(await viewport.getAttribute('style')).not.toBe(before);
  await expect(nodes.filter({ visible: true }).first()).toBeVisible();

  // open a role in view: its family's text arrives and the panel shows it
  const role = nodes.filter({ visible: true }).first();
  const title = (await role.getAttribute('title'))!; // the full title (the box may show its short form)
  await role.focus(); // a click could land on the minimap or controls drawn over the node
  await page.keyboard.press('Enter');
  const aside = page.getByRole('complementary', { name: 'Role details' });
  await expect(aside.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(aside.getByRole('status', { name: 'Loading responsibilities' })).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: 'test-results/screenshots/corpus-50-families.png' });
  expect(errors).toEqual([]);
});

test('every family at once (about a thousand roles) renders and pans without errors', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  const ids = await page
    .getByRole('link', { name: /^Open / })
    .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).pathname.split('/families/')[1] ?? '')));
  const summary = await page.getByText(/^\d+ families with \d+ roles in \d+ departments/).textContent();
  const total = Number(/with (\d+) roles/.exec(summary ?? '')?.[1]);
  expect(total).toBeGreaterThan(150); // more than the canvas keeps in the DOM at once
  await page.goto(`${app.url}?families=${ids.join(',')}`);
  const nodes = page.locator('.react-flow__node-role');
  await expect(nodes.first()).toBeVisible({ timeout: 30_000 });
  // the first view is already at a legible zoom (one family): pan across the others from there
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5, { steps: 10 });
  await page.mouse.up();
  await expect(nodes.first()).toBeVisible();
  await expect(nodes.filter({ visible: true }).first()).toBeVisible();
  expect(await nodes.count()).toBeLessThan(total); // only what is in view is in the DOM
  // the graph stays one Tab stop after panning its tabbable role out of view: Tab lands on a role
  await page.getByRole('checkbox', { name: /Flows into/ }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.react-flow__node-role'))).toBe(true);
  expect(errors).toEqual([]);
});
