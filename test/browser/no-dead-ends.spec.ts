// The first minute without dead ends, in Chromium on the real seeds: the document
// never scrolls away behind the app frame (PageDown, a wheel over the header), no
// link in a role panel opens the "Page not found" page, the panel says what comes
// next on both tracks with its title in view, compare opens on the differences,
// and search rows read apart. Screenshots of the panel and compare at desktop and
// phone sizes, light and dark, are kept to look at.
import { test, expect, type Page } from '@playwright/test';
import { failOnConsoleErrors, shot } from './support';

const CSM = 'customer-success-management';
const SENIOR = `${CSM}/senior-csm`;
const STAFF = `${CSM}/staff-csm`;
const ASSOCIATE = `${CSM}/associate-csm`;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

failOnConsoleErrors();

const panel = (page: Page) => page.getByRole('complementary', { name: 'Role details' });

/** How far the document itself has scrolled, and how much taller than the window it is. */
const documentScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return { top: root.scrollTop, overflow: root.scrollHeight - root.clientHeight };
  });

/** The smallest on-screen font size (CSS px) of visible text inside `selector`. */
const smallestText = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    let smallest = Infinity;
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        if (!node.textContent!.trim() || el.closest('.sr-only')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
      }
    }
    return smallest;
  }, selector);

const scrollingPages = [
  ['compare', `compare?roles=${ASSOCIATE},${SENIOR},${STAFF}&shared=responsibilities,requirements`, 'table'],
  ['ladder', `roles/${SENIOR}`, 'main'],
  ['path', `path?from=${ASSOCIATE}&to=${CSM}/vice-president-of-customer-success`, 'main'],
  ['diagnostics', 'diagnostics', 'main'],
] as const;

for (const [name, url, content] of scrollingPages) {
  test(`${name}: PageDown and a wheel over the header never scroll the document away`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(url);
    const shown = page.locator(content).first();
    await expect(shown).toBeVisible();
    expect((await documentScroll(page)).overflow, 'document taller than the window').toBeLessThanOrEqual(0);

    await page.locator('body').click({ position: { x: 5, y: 5 } }); // focus on the page, not in a field
    for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
    await page.mouse.move(700, 28); // over the header
    await page.mouse.wheel(0, 4000);
    await page.keyboard.press('End');
    await page.waitForTimeout(300);

    expect(await documentScroll(page)).toEqual({ top: 0, overflow: expect.any(Number) });
    await expect(page.getByRole('banner')).toBeInViewport();
    await expect(shown).toBeInViewport();
  });
}

test('no link in any seed role panel opens the not-found page; in-text job-family links open the role or family', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('?view=list');
  const roleIds = await page.evaluate(() =>
    [...document.querySelectorAll('main a[href*="/roles/"]')].map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*\/roles\//, ''))),
  );
  expect(roleIds.length).toBeGreaterThanOrEqual(20);

  const internal = new Set<string>();
  let inText = 0;
  for (const id of roleIds) {
    await page.goto(`roles/${id}?view=list`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    const hrefs = await panel(page).locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // one visit per page: "/pages/<file>#L12" and "#L40" are the same page
    for (const href of hrefs) if (new URL(href).origin === new URL(page.url()).origin) internal.add(href.replace(/#.*$/, ''));
    inText += await panel(page).locator('li a[href*="/roles/"], li a[href*="/families/"], p a[href*="/roles/"], p a[href*="/families/"]').count();
  }
  expect(inText, 'links in page text that became in-app links').toBeGreaterThan(0);
  expect(internal.size).toBeGreaterThan(30);
  for (const href of internal) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    await expect(page.getByRole('heading', { name: /not found/i }), href).toHaveCount(0);
  }

  // clicking the real seed links: a level anchor opens the role, a family page the family
  await page.goto(`roles/${STAFF}?view=list`);
  await panel(page).getByRole('link', { name: 'Manager/Senior Manager/Director, CSM' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/roles/${CSM}/manager-csm`));
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Manager, CSM');
  await page.goto(`roles/${SENIOR}?view=list`);
  await panel(page).getByRole('link', { name: 'Manager/Senior Manager, CSM' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/families/${CSM}`));
  await page.goto(`roles/${SENIOR}?view=list`);
  const level = panel(page).getByText('level 7', { exact: true });
  if ((await level.count()) > 0) {
    // without SOURCE_URL at build time: text with its path in the title, not a link into the app
    await expect(level.first()).toHaveAttribute('title', /^\/handbook\//);
  }
});

test("the panel lists every next step on both tracks, and its title stays in view while it scrolls", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(`roles/${SENIOR}`);
  const next = panel(page).getByRole('region', { name: "What's next" });
  await expect(next.getByRole('link', { name: /^Next level: / })).toHaveText(['↑ Staff CSM', '↑ Manager, CSM']);
  await expect(next.getByRole('listitem').nth(1)).toContainText(/Grade 7 → 9 · management track · \d+ new responsibilities · \d+ new requirements/);
  await next.getByRole('link', { name: 'Compare with Manager, CSM' }).click();
  await expect(page).toHaveURL(new RegExp(`compare\\?roles=${encodeURIComponent(`${SENIOR},${CSM}/manager-csm`)}`));
  await page.goBack();

  const title = panel(page).getByRole('heading', { level: 2, name: 'Senior CSM' });
  const scrolled = await panel(page).evaluate((aside) => {
    aside.scrollTo(0, aside.scrollHeight);
    return aside.scrollTop;
  });
  expect(scrolled).toBeGreaterThan(500);
  await expect(title).toBeInViewport();
  const [titleBox, asideBox] = [await title.boundingBox(), await panel(page).boundingBox()];
  expect(titleBox!.y).toBeGreaterThanOrEqual(asideBox!.y - 1);
  expect(titleBox!.y).toBeLessThan(asideBox!.y + 80);
  // nothing of the scrolled text shows above the title, in the panel's padding
  for (const y of [2, 10, 18]) {
    const above = await page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x!, y!);
      return el?.closest('.sticky') ? 'title bar' : (el?.tagName.toLowerCase() ?? 'nothing');
    }, [asideBox!.x + 40, asideBox!.y + y]);
    expect(['title bar', 'aside']).toContain(above);
  }
});

test('compare opens on the differences; the copied link keeps the view', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(`compare?roles=${SENIOR},${STAFF}`);
  const responsibilities = page.getByRole('rowgroup', { name: 'Responsibilities' });
  const fold = responsibilities.getByRole('button', { name: /^18 shared items/ });
  await expect(fold).toBeVisible();
  await expect(responsibilities.getByRole('row', { name: /Strategize on the overall objectives/ })).toHaveCount(0);
  await fold.click();
  await expect(page).toHaveURL(/shared=responsibilities/);
  await expect(responsibilities.getByRole('row', { name: /Strategize on the overall objectives/ })).toBeVisible();
  await page.reload();
  await expect(responsibilities.getByRole('row', { name: /Strategize on the overall objectives/ })).toBeVisible();
  await expect(page.getByRole('rowgroup', { name: 'Requirements' }).getByRole('button', { name: /^9 shared items/ })).toBeVisible();
});

test('search "senior" shows distinct rows, each with its family and grade', async ({ page }) => {
  await page.goto('?view=list');
  await page.getByRole('combobox', { name: /Search roles/ }).fill('senior');
  const options = page.getByRole('listbox', { name: 'Matching roles' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const texts = await options.allInnerTexts();
  expect(texts.length).toBeGreaterThan(3);
  expect(new Set(texts).size).toBe(texts.length);
  for (const text of texts) expect(text).toMatch(/\n.+ · Grade (\d+|unknown)/);
  await shot(page, 'search-senior');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`panel and compare are legible and kept on screen (${size}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(viewport);
      await page.goto(`roles/${SENIOR}`);
      await expect(panel(page).getByRole('region', { name: "What's next" })).toBeAttached();
      await expect(page.getByText('Loading the ladder…')).toHaveCount(0);
      await panel(page).getByRole('region', { name: "What's next" }).scrollIntoViewIfNeeded();
      expect(await smallestText(page, 'aside')).toBeGreaterThanOrEqual(12);
      await shot(page, `panel-${size}-${scheme}`);

      await page.goto(`compare?roles=${ASSOCIATE},${SENIOR},${STAFF}`);
      const table = page.getByRole('table');
      await expect(table).toBeVisible();
      expect(await smallestText(page, 'main')).toBeGreaterThanOrEqual(12);
      // the columns scroll inside their box, never the page sideways
      const widths = await page.evaluate(() => ({ page: document.scrollingElement!.scrollWidth, window: window.innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.window);
      await shot(page, `compare-${size}-${scheme}`);
    });
  }
}
