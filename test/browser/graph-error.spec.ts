// Data loaded at run time is validated: a build whose graph does not fit the
// schema (a half-finished deploy) shows a clear error page, not a blank screen.
import { test, expect } from '@playwright/test';
import { useSeparateBuild } from './separate-build';

const app = useSeparateBuild('half-deployed', { GRAPH_FIXTURE: 'test/fixtures/graphs/half-deployed.json' });

for (const path of ['', 'roles/customer-success-management/senior-csm']) {
  test(`a graph that does not fit the schema shows an error page (/${path})`, async ({ page }) => {
    const crashes: string[] = [];
    page.on('pageerror', (e) => crashes.push(e.message));
    await page.goto(app.url + path);
    await expect(page.getByRole('heading', { level: 1, name: 'The career data could not be loaded' })).toBeVisible();
    await expect(page.getByText('Reloading may help')).toBeVisible();
    await page.getByText(/^Details \(\d+\)$/).click();
    await expect(page.getByRole('listitem').filter({ hasText: /^roles\.1\./ }).first()).toBeVisible();
    expect(crashes).toEqual([]);
  });
}
