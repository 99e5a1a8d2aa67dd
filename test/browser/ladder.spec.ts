// The ladder app in real Chromium, against the built app and the real seeds.
import { test, expect, type Page } from '@playwright/test';
import { failOnConsoleErrors, shot } from './support';

const SENIOR = 'roles/customer-success-management/senior-csm';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Role details' });
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

failOnConsoleErrors();

test('a deep link opens the role with its merged responsibilities and their origins', async ({ page }) => {
  await page.goto(SENIOR);
  const aside = panel(page);
  await expect(aside.getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  await expect(page).toHaveTitle('Senior CSM · Customer Success Management · Rungs');
  const responsibilities = aside.getByRole('region', { name: 'Responsibilities' });
  await expect(responsibilities.getByRole('region', { name: 'New at this level' })).toContainText(
    'Strategize on the overall objectives and long-range goals of the team',
  );
  await expect(responsibilities.getByRole('region', { name: 'Inherited from Customer Success Manager (CSM) (Intermediate)' })).toContainText(
    'Establish a trusted/strategic advisor relationship',
  );
  await expect(responsibilities.getByRole('region', { name: 'Inherited from Associate Customer Success Manager (CSM)' })).toContainText(
    'Manage account escalations',
  );
  // the canvas measured and drew the ladder, with the selected role in view
  await expect(node(page, 'customer-success-management/senior-csm')).toBeInViewport();
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
  await page.waitForTimeout(400); // let the centring animation settle for the screenshot
  await shot(page, 'senior-csm-deep-link');
});

test('clicking another role changes the panel and the URL; back and forward move between selections', async ({ page }) => {
  await page.goto(SENIOR);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  await node(page, 'customer-success-management/staff-csm').click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Staff CSM' })).toBeVisible();
  await expect(page).toHaveURL(/\/roles\/customer-success-management\/staff-csm$/);
  await expect(page).toHaveTitle(/^Staff CSM/);
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  await expect(page).toHaveURL(/\/roles\/customer-success-management\/senior-csm$/);
  await page.goForward();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Staff CSM' })).toBeVisible();
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Staff CSM' })).toBeVisible();
});

test('the same grade sits at the same height in every family', async ({ page }) => {
  await page.goto('');
  const a = node(page, 'customer-success-management/senior-csm');
  const b = node(page, 'customer-success-operations/customer-success-operations-analyst-senior');
  const c = node(page, 'customer-success-management/csm-intermediate');
  await expect(a).toBeVisible();
  const [boxA, boxB, boxC] = [await a.boundingBox(), await b.boundingBox(), await c.boundingBox()];
  expect(Math.abs(boxA!.y - boxB!.y)).toBeLessThan(1);
  expect(boxA!.y).toBeLessThan(boxC!.y);
  // the grade axis labels the rows in view (the first view shows the band with the most roles)
  await expect(page.getByText('Grade 7', { exact: true })).toBeVisible();
  await shot(page, 'all-families');
});

test('an unknown role id shows a not-found page with the closest matches', async ({ page }) => {
  await page.goto('roles/customer-success-management/senior-cms');
  await expect(page.getByRole('heading', { level: 1, name: 'No such role' })).toBeVisible();
  const closest = page.getByRole('region', { name: 'Closest matches' }).getByRole('link');
  await expect(closest.first()).toContainText('Senior CSM');
  await shot(page, 'role-not-found');
  await closest.first().click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  await page.goto('families/nope');
  await expect(page.getByRole('heading', { level: 1, name: 'No such job family' })).toBeVisible();
  await page.goto('some/where/else');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('searching a responsibility phrase reaches its role', async ({ page }) => {
  await page.goto('');
  await expect(node(page, 'customer-success-management/senior-csm')).toBeVisible();
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: /Search roles/ });
  await expect(box).toBeFocused();
  await box.pressSequentially('long-range goals');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Senior CSM');
  await shot(page, 'search');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roles\/customer-success-management\/senior-csm$/);
  await expect(panel(page).getByRole('region', { name: 'New at this level' }).first()).toContainText('long-range goals');
});

test('keyboard alone: arrows move along the ladder, Enter opens, Escape closes', async ({ page }) => {
  await page.goto(SENIOR);
  await expect(node(page, 'customer-success-management/senior-csm')).toBeVisible();
  await node(page, 'customer-success-management/senior-csm').focus();
  await page.keyboard.press('ArrowDown');
  await expect(node(page, 'customer-success-management/csm-intermediate')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/csm-intermediate$/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Customer Success Manager (CSM) (Intermediate)');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page).toHaveTitle('Career ladder · Rungs');
});

test('list view and filters are shareable through the URL; the panel is a bottom sheet on narrow screens', async ({ page }) => {
  await page.goto('families/customer-success-operations?view=list');
  await expect(page.getByRole('link', { name: 'Manager Customer Success Operations, Grade 8' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Senior CSM/ })).toHaveCount(0);
  await page.setViewportSize({ width: 420, height: 860 });
  await page.getByRole('link', { name: 'Customer Success Operations Analyst (Senior), Grade 7' }).click();
  const aside = panel(page);
  await expect(aside.getByRole('heading', { level: 2 })).toHaveText('Customer Success Operations Analyst (Senior)');
  // the family filter stays when a role is opened from the family page
  await expect(page.getByRole('combobox', { name: 'Family' })).toHaveValue('customer-success-operations');
  await expect(page.getByRole('link', { name: /Senior CSM/ })).toHaveCount(0);
  const box = await aside.boundingBox();
  expect(box!.y).toBeGreaterThan(300);
  expect(box!.width).toBeGreaterThan(400);
  await shot(page, 'narrow-bottom-sheet');
});

test("compare with a next level (What's next) leads to a side-by-side view", async ({ page }) => {
  await page.goto(SENIOR);
  await panel(page).getByRole('link', { name: 'Compare with Staff CSM' }).click();
  await expect(page).toHaveURL(/\/compare\?roles=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Staff CSM' })).toBeVisible();
});

test('dark mode follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SENIOR);
  await expect(node(page, 'customer-success-management/senior-csm')).toBeInViewport();
  const background = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await page.waitForTimeout(400);
  await shot(page, 'senior-csm-dark');
});
