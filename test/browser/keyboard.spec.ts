// Keyboard alone: every control of the ladder page is reached with Tab, each one
// shows where focus is (measured in pixels: the screenshot around it changes when
// it gets focus), and the canvas has a text alternative reached from a control: the
// list view, with headings, lists and links a screen reader can move through.
import { test, expect, type Page } from '@playwright/test';

const SENIOR = 'roles/customer-success-management/senior-csm';

/** Pixels that differ clearly between two same-sized PNG screenshots, compared in a blank page's canvas. */
async function changedPixels(scratch: Page, a: Buffer, b: Buffer): Promise<number> {
  return scratch.evaluate(
    async ([srcA, srcB]) => {
      const pixels = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        return context.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = await Promise.all([pixels(srcA), pixels(srcB)]);
      let changed = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 60) changed++;
      }
      return changed;
    },
    [`data:image/png;base64,${a.toString('base64')}`, `data:image/png;base64,${b.toString('base64')}`] as const,
  );
}

interface Stop {
  name: string;
  changed: number;
  needed: number;
}

/** Tabs from the top of the page until focus leaves it; for each stop, how visible its focus is. */
async function tabThrough(page: Page, max = 150): Promise<{ stops: Stop[]; offScreen: string[] }> {
  const scratch = await page.context().newPage();
  const stops: Stop[] = [];
  const offScreen: string[] = [];
  const measured = new Set<string>();
  const viewport = page.viewportSize()!;
  await page.locator('body').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluateHandle(() => document.activeElement);
    if (await focused.evaluate((el) => el === null || el === document.body)) break;
    const name = ((await page.locator(':focus').ariaSnapshot()).split('\n')[0] ?? '')
      .replace(/^- /, '')
      .replace(/:$/, '')
      .replace(/^'(.*)'$/, '$1');
    // elements of the same tag and classes get the same focus style: measure one of each (screenshots are slow)
    const look = await focused.evaluate((el) => `${(el as Element).tagName}.${(el as Element).className}`);
    if (measured.has(look)) {
      stops.push({ name, changed: 0, needed: 0 });
      continue;
    }
    measured.add(look);
    const box = await focused.evaluate((el) => {
      const r = (el as Element).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const x = Math.max(0, Math.floor(box.x) - 6);
    const y = Math.max(0, Math.floor(box.y) - 6);
    const right = Math.min(viewport.width, Math.ceil(box.x + box.width) + 6);
    const bottom = Math.min(viewport.height, Math.ceil(box.y + box.height) + 6);
    if (right - x <= 12 || bottom - y <= 12) {
      offScreen.push(name);
      continue;
    }
    const clip = { x, y, width: right - x, height: bottom - y };
    const withFocus = await page.screenshot({ clip, animations: 'disabled' });
    await focused.evaluate((el) => (el as HTMLElement).blur());
    const without = await page.screenshot({ clip, animations: 'disabled' });
    await focused.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    // a 2px ring all around changes about 4 × (width + height) pixels; ask for a quarter of that
    const visibleWidth = Math.min(box.x + box.width, viewport.width) - Math.max(box.x, 0);
    const visibleHeight = Math.min(box.y + box.height, viewport.height) - Math.max(box.y, 0);
    stops.push({ name, changed: await changedPixels(scratch, withFocus, without), needed: Math.round(visibleWidth + visibleHeight) });
  }
  await scratch.close();
  return { stops, offScreen };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`tabbing through a role page reaches every control with visible focus (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(SENIOR);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Role details' })).toBeVisible();
    const { stops, offScreen } = await tabThrough(page);
    const names = stops.map((s) => s.name);

    // the graph is one Tab stop: the selected role (arrow keys move inside it), not every role nor its frame
    const inGraph = names.filter((n) => /^group "Career ladder graph"/.test(n) || /^group ".*, (Grade \d+|Grade unknown|External), /.test(n));
    expect(inGraph, 'Tab stops in the graph').toEqual([expect.stringMatching(/^group "Senior CSM, Grade 7/)]);

    for (const expected of [
      /^link "Skip to the ladder"/,
      /^combobox "Search roles/,
      /^combobox "Family"/,
      /^combobox "Track"/,
      /^button "Graph"/,
      /^button "List"/,
      /^checkbox "Promotion"/,
      /^checkbox "Reports to"/,
      /^group "Senior CSM, Grade 7/,
      /^button "Close role details"/,
      /^link "Next level: Staff CSM"/,
      /^link "Compare with Staff CSM"/,
      /^button "Copy link"/,
    ]) {
      expect(names.some((n) => expected.test(n)), `${expected} reached by Tab in: ${names.join(' | ')}`).toBe(true);
    }
    expect(offScreen, 'focused but not on screen').toEqual([]);
    expect(stops.filter((s) => s.changed < s.needed).map((s) => `${s.name}: ${s.changed} of ${s.needed} px changed`)).toEqual([]);
  });
}

test('the canvas has a text alternative: the list view, reached by keyboard, with headings, lists and links', async ({ page }) => {
  await page.goto('');
  const canvas = page.getByRole('group', { name: 'Career ladder graph' });
  await expect(canvas).toHaveAccessibleDescription(/List button/);
  await expect(page.locator('.react-flow__node-role').first()).toBeVisible();
  const rolesOnCanvas = await page.locator('.react-flow__node-role').count();

  const listButton = page.getByRole('button', { name: 'List' });
  for (let i = 0; i < 40 && !(await listButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(listButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=list/);
  await expect(listButton).toHaveAttribute('aria-pressed', 'true');

  const main = page.getByRole('main', { name: 'Career ladder' });
  await expect(main.getByRole('heading', { level: 2, name: 'Ladder as a list' })).toBeAttached();
  const families = (await page.getByRole('combobox', { name: 'Family' }).locator('option').count()) - 1;
  expect(await main.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(families);
  // every role on the canvas is a list item with a link named "title, grade"
  const links = main.getByRole('list').getByRole('listitem').getByRole('link');
  await expect(links).toHaveCount(rolesOnCanvas);
  await expect(main.getByRole('link', { name: 'Senior CSM, Grade 7' })).toBeVisible();

  // Tab into the list and open a role with Enter
  for (let i = 0; i < 20 && !(await links.first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  const title = (await links.first().getAttribute('aria-label'))!.replace(/, (Grade \d+|Grade unknown|external)$/, '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(page).toHaveURL(/view=list/);
});
