// axe-core on the compare, path and data-quality pages (and the ladder with a
// highlighted path and picked roles): no serious or critical violations, light
// and dark. Also keeps a dark screenshot of the compare page to look at.
import { test, expect } from '@playwright/test';
import { seriousViolations } from './support';

const SENIOR = 'customer-success-management/senior-csm';
const STAFF = 'customer-success-management/staff-csm';
const ASSOCIATE = 'customer-success-management/associate-csm';
const pages = [
  ['compare with a reworded item and a bad id', `compare?roles=customer-success-operations/customer-success-operations-analyst-senior,${SENIOR},${STAFF},nope`],
  ['path', `path?from=${ASSOCIATE}&to=customer-success-management/director-of-customer-success`],
  ['no route', `path?from=${STAFF}&to=${ASSOCIATE}`],
  ['diagnostics', 'diagnostics'],
  ['ladder with a path and picks', `?path=${ASSOCIATE},${STAFF}&compare=${SENIOR},${STAFF}`],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url] of pages) {
    test(`${name} has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
      if (url.startsWith('?')) await expect(page.locator('.react-flow__node').first()).toBeVisible();
      else await expect(page.getByRole('main')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      if (name.startsWith('compare')) await page.screenshot({ path: `test-results/screenshots/compare-${scheme}.png` });
    });
  }
}
