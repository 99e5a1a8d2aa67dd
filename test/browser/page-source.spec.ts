// /pages/<file> in Chromium (seeds build): reached from a role panel and from a
// diagnostic, the linked line highlighted and scrolled into view; legible, axe
// clean in both schemes, stacked on a phone; and nothing of it in the first view.
import { test, expect, type Page } from '@playwright/test';
import { failOnConsoleErrors, seriousViolations, shot } from './support';

failOnConsoleErrors();

const CSM_FILE = '004_38ff1b7420f6e335.txt';
const PAGE_CHUNKS = /\/assets\/(page-source-page|page-lines-schema|_rungs_pages|\d{3}_[0-9a-f]+_2Etxt)-[\w-]+\.js$/;

const row = (page: Page, line: number) => page.locator(`li#L${line}`);

/** Rendered text size in CSS pixels (font size × zoom), as a reader sees it. */
const textSize = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * (parseFloat(getComputedStyle(el).zoom) || 1));

test('the first view fetches nothing of the page-source view', async ({ page }) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto('');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen.filter((p) => PAGE_CHUNKS.test(p))).toEqual([]);
});

test('a role panel links to its level heading: the line is highlighted, in view, and read as the level; items map to their role', async ({ page }) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto('roles/customer-success-management/senior-csm');
  const panel = page.getByRole('complementary', { name: 'Role details' });
  await panel.getByRole('link', { name: 'How this page was read' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How this page was read' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/pages/${CSM_FILE.replace('.', '\\.')}#L83$`));

  const heading = row(page, 83);
  await expect(heading).toHaveAttribute('aria-current', 'location');
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  await expect(heading).toContainText('### Senior CSM');
  await expect(heading).toContainText('Level heading of Senior CSM');
  await expect(row(page, 89)).toContainText('Grade 7 of Senior CSM');
  await expect(row(page, 94)).toContainText(/Responsibility of Senior CSM$/);
  await expect(row(page, 123)).toContainText('Inheritance: Staff CSM builds on the responsibilities of Senior CSM');
  // only this page's lines were fetched, not every page's
  expect(seen.filter((p) => /\/assets\/\d{3}_[0-9a-f]+_2Etxt-/.test(p))).toEqual([expect.stringContaining('004_38ff1b7420f6e335')]);

  // the meaning links back to the role
  await row(page, 94).getByRole('link', { name: 'Senior CSM' }).click();
  await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { name: 'Senior CSM' })).toBeVisible();
});

test('a diagnostic links to its line, highlighted and scrolled into view', async ({ page }) => {
  await page.goto('diagnostics');
  const figures = page.getByRole('heading', { level: 2, name: /\d+ % understood/ });
  await expect(figures.first()).toBeVisible();
  const shares = (await figures.allTextContents()).map((t) => Number(/(\d+) % understood/.exec(t)![1]));
  expect(shares).toEqual([...shares].sort((a, b) => a - b));

  const file = page.getByRole('region', { name: new RegExp(`^${CSM_FILE.replace('.', '\\.')}`) });
  await file.getByRole('link', { name: 'line 259' }).click();
  const line = row(page, 259);
  await expect(line).toHaveAttribute('aria-current', 'location');
  await expect(line).toBeInViewport();
  await expect(line).toContainText('heading-kind-inferred');
  const background = await line.evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await row(page, 258).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe(plain);
  expect(await textSize(page, 'li#L259 > span:nth-child(2)')).toBeGreaterThanOrEqual(12);
  expect(await textSize(page, 'li#L259 > div')).toBeGreaterThanOrEqual(12);
  await page.setViewportSize({ width: 1440, height: 900 });
  await line.scrollIntoViewIfNeeded();
  await shot(page, 'page-source-1440');
});

test('an unknown page says so and suggests close ones', async ({ page }) => {
  await page.goto('pages/004_38ff1b7420f6e335.md');
  await expect(page.getByRole('heading', { level: 1, name: 'No such page' })).toBeVisible();
  await page.getByRole('link', { name: CSM_FILE }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How this page was read' })).toBeVisible();
});

test('on a phone, source and meaning stack and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`pages/${CSM_FILE}#L123`);
  const line = row(page, 123);
  await expect(line).toBeInViewport();
  const source = await line.locator('> span').nth(1).boundingBox();
  const meaning = await line.locator('> div').boundingBox();
  expect(meaning!.y).toBeGreaterThanOrEqual(source!.y + source!.height - 1);
  const overflow = await page.evaluate(() => [...document.querySelectorAll('main, main *')].some((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.getBoundingClientRect().right > window.innerWidth));
  expect(overflow).toBe(false);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'page-source-390');
});

test('keyboard: a line link in the summary moves focus to that line', async ({ page }) => {
  await page.goto(`pages/${CSM_FILE}`);
  const levels = page.getByRole('region', { name: /understood/ });
  await levels.getByRole('link', { name: 'line 83' }).focus();
  await page.keyboard.press('Enter');
  await expect(row(page, 83)).toBeFocused();
  await expect(row(page, 83)).toHaveAttribute('aria-current', 'location');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the page-source view has no serious accessibility violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000); // axe checks every one of the page's 400 lines
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`pages/${CSM_FILE}#L259`);
    await expect(row(page, 259)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
