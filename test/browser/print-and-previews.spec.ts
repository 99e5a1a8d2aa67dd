// Print views and link previews in real Chromium: printing a role or a
// comparison shows all text and no canvas; the built per-role HTML carries the
// role's meta tags for chat unfurls and still boots the app on that role.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { APP_BUILD_DIR } from './playwright.config';

const SENIOR = 'customer-success-management/senior-csm';
const STAFF = 'customer-success-management/staff-csm';
const panel = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Role details' });

test('printing a role: no canvas, no controls, every item and the family-wide items visible', async ({ page }) => {
  await page.goto(`roles/${SENIOR}`);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  await expect(page.locator('.react-flow')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.react-flow')).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print role' })).toBeHidden();
  const items = panel(page).getByRole('region', { name: 'Responsibilities' }).getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(10);
  for (const item of await items.all()) await expect(item).toBeVisible();
  // the closed family-wide disclosure prints open
  await expect(panel(page).getByRole('region', { name: 'Family-wide requirements' }).getByText('Understanding of Git and typical branching strategies')).toBeVisible();
  // the panel is the page: not a fixed sheet or a scroll box
  expect(await panel(page).evaluate((el) => [getComputedStyle(el).position, getComputedStyle(el).overflowY])).toEqual(['static', 'visible']);
  await page.screenshot({ path: 'test-results/screenshots/print-role.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('printing a comparison: the table in full, no controls', async ({ page }) => {
  await page.goto(`compare?roles=${SENIOR},${STAFF}`);
  await expect(page.getByRole('table')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print comparison' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Add a role to the comparison' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove Senior CSM' })).toBeHidden();
  const rows = page.getByRole('rowgroup', { name: 'Requirements' }).getByRole('row');
  for (const row of await rows.all()) await expect(row).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/print-compare.png', fullPage: true });
});

test('the built role page carries the role in its title, description and Open Graph tags', () => {
  const html = readFileSync(`${APP_BUILD_DIR}/roles/${SENIOR}/index.html`, 'utf8');
  const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
  expect(html).toMatch(/<title>Senior CSM — Customer Success Management<\/title>/);
  expect(meta('property', 'og:title')).toContain('Senior CSM');
  const description = meta('name', 'description')!;
  expect(description).toContain('Grade 7');
  expect(description).toContain('Strategize on the overall objectives and long-range goals of the team');
  expect(meta('property', 'og:description')).toBe(description);
  // it boots the same app: the built script and style tags are there
  const index = readFileSync(`${APP_BUILD_DIR}/index.html`, 'utf8');
  const scripts = (s: string) => s.match(/<script[^>]*src="[^"]+"[^>]*>/g);
  expect(scripts(html)).toEqual(scripts(index));
});

test('opening the role URL serves that prerendered page, and the app boots showing the role', async ({ page }) => {
  const response = await page.goto(`roles/${SENIOR}`);
  expect(await response!.text()).toContain('og:title" content="Senior CSM');
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  await expect(page).toHaveTitle('Senior CSM · Customer Success Management · Rungs');
  // and with the trailing slash a static host adds
  await page.goto(`roles/${STAFF}/`);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Staff CSM' })).toBeVisible();
});
