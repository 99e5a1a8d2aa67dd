// Compare, promotion path and data-quality pages in real Chromium, against the
// built app and the real seeds, opened from pasted URLs.
import { test, expect, type Page } from '@playwright/test';
import { failOnConsoleErrors, shot } from './support';

const SENIOR = 'customer-success-management/senior-csm';
const STAFF = 'customer-success-management/staff-csm';
const ASSOCIATE = 'customer-success-management/associate-csm';
const DIRECTOR = 'customer-success-management/director-of-customer-success';
const ASSOCIATE_TITLE = 'Associate Customer Success Manager (CSM)';
const columnTitles = (page: Page) => page.getByRole('columnheader').getByRole('heading', { level: 2 });

failOnConsoleErrors();

test('a pasted compare link shows the roles side by side, shared items lined up and new ones marked', async ({ page }) => {
  await page.goto(`compare?roles=${SENIOR},${STAFF}`);
  await expect(columnTitles(page)).toHaveText(['Senior CSM', 'Staff CSM']);
  await expect(page).toHaveTitle('Compare Senior CSM and Staff CSM · Rungs');
  const responsibilities = page.getByRole('rowgroup', { name: 'Responsibilities' });
  // compare opens on the differences: Senior's own item, inherited by Staff, is folded with the other shared ones
  const shared = responsibilities.getByRole('row', { name: /Strategize on the overall objectives/ });
  await expect(shared).toHaveCount(0);
  await responsibilities.getByRole('button', { name: /^\d+ shared items/ }).click();
  await expect(page).toHaveURL(/shared=responsibilities/);
  // one row, in all
  await expect(shared.getByRole('rowheader')).toHaveText('In all');
  await expect(shared.getByRole('cell').nth(1)).toContainText('from Senior CSM');
  // Staff's own item: new vs left
  const own = responsibilities.getByRole('row', { name: /Coaches peers on strategic approaches/ });
  await expect(own.getByRole('cell').nth(0)).toContainText('Not in this role');
  await expect(own.getByRole('cell').nth(1)).toContainText('new vs left');
  // the two columns' rows line up: the shared row's cells share a top edge
  const [a, b] = [await shared.getByRole('cell').nth(0).boundingBox(), await shared.getByRole('cell').nth(1).boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(1);
  await shot(page, 'compare-senior-staff');

  // a copied link reopens exactly this comparison, shared rows shown where they were opened
  await page.reload();
  await expect(shared).toBeVisible();
  await expect(columnTitles(page)).toHaveText(['Senior CSM', 'Staff CSM']);
  await responsibilities.getByRole('button', { name: /^Fold the \d+ shared items/ }).click();
  await expect(shared).toHaveCount(0);
  await expect(own).toBeVisible();
});

test('roles are added with the picker, reordered and removed, the URL following; bad ids are named', async ({ page }) => {
  await page.goto(`compare?roles=${SENIOR},nope/role,${STAFF}`);
  await expect(page.getByRole('alert')).toContainText('Unknown role id nope/role');
  await expect(columnTitles(page)).toHaveText(['Senior CSM', 'Staff CSM']);
  const picker = page.getByRole('combobox', { name: 'Add a role to the comparison' });
  await picker.fill('Associate Customer Success');
  await page.getByRole('option', { name: /Associate Customer Success Manager/ }).first().click();
  await expect(columnTitles(page)).toHaveText(['Senior CSM', 'Staff CSM', ASSOCIATE_TITLE]);
  await page.getByRole('button', { name: `Move ${ASSOCIATE_TITLE} left` }).click();
  await page.getByRole('button', { name: `Move ${ASSOCIATE_TITLE} left` }).click();
  await expect(columnTitles(page)).toHaveText([ASSOCIATE_TITLE, 'Senior CSM', 'Staff CSM']);
  await expect(page).toHaveURL(new RegExp(`roles=${encodeURIComponent(`${ASSOCIATE},${SENIOR},${STAFF}`)}`));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot(page, 'compare-three');
  await page.getByRole('button', { name: 'Remove Senior CSM' }).click();
  await expect(columnTitles(page)).toHaveText([ASSOCIATE_TITLE, 'Staff CSM']);
  await page.goBack();
  await expect(columnTitles(page)).toHaveText([ASSOCIATE_TITLE, 'Senior CSM', 'Staff CSM']);
});

test('"Compare selected" on the ladder after shift-clicking two roles', async ({ page }) => {
  await page.goto('');
  await page.locator(`.react-flow__node[data-id="${SENIOR}"]`).click({ modifiers: ['Shift'] });
  await page.locator(`.react-flow__node[data-id="${STAFF}"]`).click({ modifiers: ['Shift'] });
  await page.getByRole('link', { name: 'Compare selected (2)' }).click();
  await expect(columnTitles(page)).toHaveText(['Senior CSM', 'Staff CSM']);
});

test('the path page shows the steps up to a director, and the ladder highlights the route', async ({ page }) => {
  await page.goto(`path?from=${ASSOCIATE}&to=${DIRECTOR}`);
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps).toBeVisible();
  await expect(steps.locator(':scope > li').last().getByRole('heading', { level: 3 })).toHaveText('Director of Customer Success');
  await expect(steps).toContainText('track change');
  await expect(steps.getByRole('region', { name: 'New responsibilities' }).first()).toBeVisible();
  await shot(page, 'path-associate-director');

  await page.getByRole('link', { name: 'Show on ladder' }).click();
  await expect(page.getByText(/Path from Associate Customer Success Manager \(CSM\) to Director of Customer Success: \d steps/)).toBeVisible();
  const dimmed = (id: string) => page.locator(`.react-flow__node[data-id="${id}"] > div`);
  await expect(dimmed(DIRECTOR)).not.toHaveClass(/opacity-30/);
  await expect(dimmed('customer-success-operations/customer-success-operations-analyst-senior')).toHaveClass(/opacity-30/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/screenshots/path-on-ladder.png' });
});

test('no route: the reason and the nearest reachable roles', async ({ page }) => {
  await page.goto(`path?from=${STAFF}&to=${ASSOCIATE}`);
  await expect(page.getByRole('alert')).toContainText('only goes up');
  const nearest = page.getByRole('region', { name: 'Nearest roles you can reach' });
  await expect(nearest.getByRole('link').first()).toBeVisible();
  await nearest.getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Steps' })).toBeVisible();
});

test('the data-quality view lists the compiler diagnostics by file with role links', async ({ page }) => {
  await page.goto('diagnostics');
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality' })).toBeVisible();
  const files = page.getByRole('heading', { level: 2 });
  expect(await files.count()).toBeGreaterThan(0);
  await shot(page, 'diagnostics');
  const roleLink = page.getByRole('link', { name: /^Open / }).first();
  const name = (await roleLink.textContent())!.replace(/^Open /, '');
  await roleLink.click();
  await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 })).toHaveText(name);
});
