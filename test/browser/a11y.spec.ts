// axe-core on the main pages: no serious or critical violations, light and dark.
import { test, expect } from '@playwright/test';
import { seriousViolations } from './support';

const pages = [
  ['ladder', ''],
  ['role panel', 'roles/customer-success-management/senior-csm'],
  ['list view', 'roles/customer-success-management/senior-csm?view=list'],
  ['not found', 'roles/customer-success-management/nope'],
  ['compare', 'compare?roles=customer-success-management/senior-csm,customer-success-management/staff-csm'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url] of pages) {
    test(`${name} has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
      if (!url.includes('view=list') && !url.includes('nope') && !url.startsWith('compare')) {
        await expect(page.locator('.react-flow__node').first()).toBeVisible();
      }
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
