// axe-core on every kind of page: no serious or critical violations, light and dark.
// Keeps a screenshot of the compare page in each scheme to look at.
import { test, expect } from '@playwright/test';
import { seriousViolations, shot } from './support';

const SENIOR = 'customer-success-management/senior-csm';
const STAFF = 'customer-success-management/staff-csm';
const ASSOCIATE = 'customer-success-management/associate-csm';

/** [name, url, what shows once the page is ready: the canvas's nodes or the main region]. */
const pages = [
  ['ladder', '', 'canvas'],
  ['role panel', `roles/${SENIOR}`, 'canvas'],
  ['list view', `roles/${SENIOR}?view=list`, 'main'],
  ['not found', 'roles/customer-success-management/nope', 'main'],
  ['compare', `compare?roles=${SENIOR},${STAFF}`, 'main'],
  ['compare with a reworded item and a bad id', `compare?roles=customer-success-operations/customer-success-operations-analyst-senior,${SENIOR},${STAFF},nope`, 'main'],
  ['path', `path?from=${ASSOCIATE}&to=customer-success-management/director-of-customer-success`, 'main'],
  ['no route', `path?from=${STAFF}&to=${ASSOCIATE}`, 'main'],
  ['diagnostics', 'diagnostics', 'main'],
  ['ladder with a path and picks', `?path=${ASSOCIATE},${STAFF}&compare=${SENIOR},${STAFF}`, 'canvas'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url, ready] of pages) {
    test(`${name} has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
      if (ready === 'canvas') await expect(page.locator('.react-flow__node').first()).toBeVisible();
      else await expect(page.getByRole('main')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      if (name.startsWith('compare with')) await shot(page, `compare-${scheme}`);
    });
  }
}
