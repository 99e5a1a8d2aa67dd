// Content-first deep links: a role's or family's prerendered page carries the page
// itself (src/compiler/prerender.ts). With JavaScript off it is complete and its
// links lead to other such pages; with JavaScript on the app takes the very same
// markup over on the same URL (hydration), without moving the role text.
import { test, expect, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './support';

const SENIOR = 'roles/customer-success-management/senior-csm';
const FAMILY = 'families/customer-success-management';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a role page shows the role: family, title, grade, track, reporting line and the merged lists by origin', async ({ page }) => {
    await page.goto(`${SENIOR}/`);
    const aside = page.getByRole('complementary', { name: 'Role details' });
    await expect(aside.getByRole('heading', { level: 2 })).toHaveText('Senior CSM');
    await expect(page).toHaveTitle('Senior CSM — Customer Success Management');
    await expect(aside.getByRole('link', { name: 'Customer Success Management' })).toHaveAttribute('href', `/${FAMILY}`);
    const facts = aside.locator('dl');
    await expect(facts).toContainText('Grade7');
    await expect(facts).toContainText('TrackIndividual contributor');
    await expect(facts.getByRole('link', { name: 'Manager, CSM', exact: true })).toHaveAttribute('href', '/roles/customer-success-management/manager-csm');

    const responsibilities = aside.getByRole('region', { name: 'Responsibilities' });
    const own = responsibilities.getByRole('region', { name: 'New at this level' });
    await expect(own.getByRole('listitem').first()).toBeVisible();
    const inherited = responsibilities.getByRole('region', { name: /^Inherited from / }).first();
    await expect(inherited.getByRole('listitem').first()).toBeVisible();
    await expect(aside.getByRole('region', { name: 'Requirements' }).getByRole('listitem').first()).toBeVisible();
    // The ladder beside it is a list of links with scripting off, not a loading message.
    await expect(page.getByText('Loading the ladder…')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Staff CSM, Grade 9' })).toBeVisible();
  });

  test('its links lead to other prerendered pages', async ({ page }) => {
    await page.goto(`${SENIOR}/`);
    const aside = page.getByRole('complementary', { name: 'Role details' });
    await aside.locator('dl').getByRole('link', { name: 'Manager, CSM', exact: true }).click();
    await expect(page).toHaveURL(/\/roles\/customer-success-management\/manager-csm$/);
    await expect(aside.getByRole('heading', { level: 2 })).toHaveText('Manager, CSM');
    await aside.getByRole('link', { name: 'Customer Success Management' }).click();
    await expect(page).toHaveURL(new RegExp(`/${FAMILY}$`));
    await expect(page).toHaveTitle('Customer Success Management — career ladder');
    await page.getByRole('link', { name: 'Senior CSM, Grade 7' }).click();
    await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 })).toHaveText('Senior CSM');
  });

  test('a role page prints as the role sheet', async ({ page }) => {
    await page.goto(`${SENIOR}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.getByRole('main', { name: 'Career ladder' })).toBeHidden();
  });
});

test.describe('with JavaScript on', () => {
  failOnConsoleErrors();

  /** Holds the app's scripts back until `release()`, so the test sees the page before the app runs. */
  async function holdScripts(page: Page) {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await page.route('**/assets/*.js', async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  for (const address of [SENIOR, `${SENIOR}/`]) {
    test(`the app takes over ${address} in place: same nodes, same place, then the ladder`, async ({ page }) => {
      const release = await holdScripts(page);
      await page.goto(address, { waitUntil: 'commit' });
      const title = page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 });
      await expect(title).toHaveText('Senior CSM');
      const before = await title.boundingBox();
      // Tag the prerendered node: hydration keeps it, a fresh render would replace it.
      await title.evaluate((el) => el.setAttribute('data-before-app', ''));
      release();
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/${SENIOR}$`));
      await expect(title).toHaveAttribute('data-before-app', '');
      expect(await title.boundingBox()).toEqual(before);
      // The app is live: a link in the panel navigates inside the app.
      await page.getByRole('complementary', { name: 'Role details' }).getByRole('link', { name: /^Next level: Staff CSM/ }).click();
      await expect(title).toHaveText('Staff CSM');
      await expect(page).toHaveTitle(/^Staff CSM · Customer Success Management · Rungs$/);
    });
  }

  test('a family page is taken over in place too', async ({ page }) => {
    await page.goto(FAMILY);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page).toHaveTitle('Customer Success Management · Rungs');
    await expect(page).toHaveURL(new RegExp(`/${FAMILY}$`));
  });

  test('a role link with view options renders that view over the prerendered page', async ({ page }) => {
    await page.goto(`${SENIOR}?view=list`);
    await expect(page.getByRole('heading', { level: 2, name: 'Ladder as a list' })).toBeAttached();
    await expect(page.getByRole('link', { name: 'Senior CSM, Grade 7' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 })).toHaveText('Senior CSM');
  });
});
