// Data on demand in Chromium (seeds build): the first view fetches the index only,
// a family's text chunk is requested when one of its roles is opened, and the
// search text when the search box is first used.
import { test, expect, type Page } from '@playwright/test';

const CSM_CHUNK = /\/assets\/customer-success-management-[\w-]+\.js$/;
const ANY_FAMILY_CHUNK = /\/assets\/(customer-success|program-manager)[\w-]*\.js$/;
const SEARCH_CHUNK = /\/assets\/_rungs_search-[\w-]+\.js$/;

function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

test('the ladder loads no family text; opening a CSM role loads the CSM chunk only', async ({ page }) => {
  const seen = requests(page);
  await page.goto('');
  await expect(page.locator('.react-flow__node[data-id="customer-success-management/senior-csm"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen.filter((p) => ANY_FAMILY_CHUNK.test(p) || SEARCH_CHUNK.test(p))).toEqual([]);

  await page.locator('.react-flow__node[data-id="customer-success-management/senior-csm"]').click();
  const aside = page.getByRole('complementary', { name: 'Role details' });
  await expect(aside.getByRole('region', { name: 'New at this level' }).first()).toContainText('Strategize on the overall objectives');
  expect(seen.filter((p) => ANY_FAMILY_CHUNK.test(p))).toEqual([expect.stringMatching(CSM_CHUNK)]);
});

test('a role deep link loads its family chunk; search text loads on the first focus and finds text', async ({ page }) => {
  const seen = requests(page);
  await page.goto('roles/customer-success-operations/customer-success-operations-analyst-senior');
  await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen.some((p) => CSM_CHUNK.test(p))).toBe(false);
  expect(seen.some((p) => SEARCH_CHUNK.test(p))).toBe(false);

  const box = page.getByRole('combobox', { name: /Search roles/ });
  await box.fill('long-range goals');
  await expect(page.getByRole('option').first()).toContainText('Senior CSM');
  expect(seen.some((p) => SEARCH_CHUNK.test(p))).toBe(true);
});

test('hovering a role starts loading its family text before the click', async ({ page }) => {
  const seen = requests(page);
  await page.goto('');
  const node = page.locator('.react-flow__node[data-id="customer-success-operations/manager-customer-success-operations"]');
  await expect(node).toBeVisible();
  await page.waitForLoadState('networkidle');
  await node.hover();
  await expect.poll(() => seen.filter((p) => ANY_FAMILY_CHUNK.test(p))).toEqual([expect.stringMatching(/\/assets\/customer-success-operations-[\w-]+\.js$/)]);
  expect(page.url()).not.toContain('/roles/'); // nothing opened yet: only the text is on its way
});
