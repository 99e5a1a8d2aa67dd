// The built app carries a Content-Security-Policy that allows no inline script,
// and the app itself never trips it: no violation on the main pages.
import { test, expect, type Page } from '@playwright/test';

const SENIOR = 'roles/customer-success-management/senior-csm';

async function collectViolations(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...errors];
}

test('the built page declares a policy without inline script, eval or plugins', async ({ page }) => {
  await page.goto('');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  // the policy comes before anything it should govern
  expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv'))).toBe('Content-Security-Policy');
});

test('the policy is enforced: an inline script and an inline handler added to the page do not run', async ({ page }) => {
  const violations = await collectViolations(page);
  await page.goto(SENIOR);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = "inline script"';
    document.body.append(script);
    const div = document.createElement('div');
    div.innerHTML = '<img src="data:," onload="window.__ran = \'handler\'">';
    document.body.append(div);
  });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  expect((await violations()).filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
});

for (const [name, url] of [
  ['ladder', ''],
  ['role panel', SENIOR],
  ['list view', `${SENIOR}?view=list`],
  ['compare', 'compare?roles=customer-success-management/senior-csm,customer-success-management/staff-csm'],
  ['not found', 'roles/customer-success-management/nope'],
] as const) {
  test(`the ${name} page runs under the policy without a violation`, async ({ page }) => {
    const violations = await collectViolations(page);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    if (url === '' || url === SENIOR) {
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await expect(page.locator('.react-flow__edge').first()).toBeAttached();
    }
    if (url === SENIOR) {
      // interaction: open another role, then back
      await page.locator('.react-flow__node[data-id="customer-success-management/csm-intermediate"]').click();
      await expect(page).toHaveURL(/csm-intermediate$/);
      await page.goBack();
      await expect(page).toHaveURL(/senior-csm$/);
    }
    await page.waitForTimeout(200);
    expect(await violations()).toEqual([]);
  });
}
