// Hostile pages built into the app (test/fixtures/hostile): script tags, event
// handler attributes, javascript:/data: links, comments, raw HTML blocks, iframes,
// a title that closes <title>, bidi text and very long words. Opened in Chromium:
// the text shows as text, no payload runs (each sets window.__pwned), no dialog
// opens, no CSP violation is even attempted, and no unsafe link or element is in
// the DOM, while the http(s), mailto and relative links still work.
import { test, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { compilePages } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { useSeparateBuild } from './separate-build';

const app = useSeparateBuild('hostile', { SEEDS_DIR: 'test/fixtures/hostile' });

interface Watch {
  dialogs: string[];
  errors: string[];
}

/** Records dialogs (and dismisses them), page errors and CSP violations from the first byte on. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  return seen;
}

/** Nothing ran, nothing tried to run, nothing dangerous is in the DOM. */
async function expectHarmless(page: Page, seen: Watch) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __csp: string[] };
    const all = [...document.querySelectorAll('*')];
    const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    const urls = all.flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].flatMap((name) => {
        const value = el.getAttribute(name);
        return value === null ? [] : [{ tag: el.tagName, name, value }];
      }),
    );
    const unsafeUrls = urls
      .filter(({ tag, value }) => !(tag === 'LINK' && value === 'data:,')) // the favicon placeholder in index.html
      .filter(({ name, value }) => name === 'srcdoc' || !/^(https?:|mailto:|\/|#|\.|[^:]*$)/i.test(value.replace(/[\u0000-\u0020]/g, '')))
      .map(({ tag, name, value }) => `${tag} ${name}=${value}`);
    const elements = [...document.querySelectorAll('#root :is(script, iframe, frame, object, embed, img, math, style, form, base, meta, link)')].map((el) => el.outerHTML);
    return { pwned: w.__pwned, csp: w.__csp, handlers, unsafeUrls, elements };
  });
  expect(state).toEqual({ pwned: undefined, csp: [], handlers: [], unsafeUrls: [], elements: [] });
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
}

// The compiler drops the tags of raw HTML in headings (a raw-html warning) and keeps the words as text.
const HEADING = `Engineer window.__pwned='heading'`;

/** Role ids as the list view links to them, by the start of their title. */
async function roleHref(page: Page, title: string | RegExp): Promise<string> {
  await page.goto(`${app.url}?view=list`);
  const link = page.getByRole('link', { name: title }).first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  return href!.replace(/^\//, '').replace(/\?.*$/, '');
}

test('the ladder shows hostile titles as text and runs nothing', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(app.url);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // the family's title, as text, in the family headers beside the canvas
  await expect(page.locator('#ladder', { hasText: `"Quoted" Engineer </title><script>window.__pwned="title"</script>` })).toBeVisible();
  await expect(page.locator('.react-flow__node', { hasText: HEADING })).toBeVisible();
  await expect(page.locator('.react-flow__node', { hasText: 'مهندس البيانات' }).first()).toBeVisible();
  await expect(page).toHaveTitle('Career ladder · Rungs');
  await expectHarmless(page, seen);
});

test('the role panel keeps markup as text, unsafe links as plain text, safe links clickable', async ({ page }) => {
  const seen = await watch(page);
  const href = await roleHref(page, new RegExp(`^${HEADING.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, Grade 6$`));
  await page.goto(`${app.url.replace(/\/$/, '')}/${href}`);
  const aside = page.getByRole('complementary', { name: 'Role details' });
  await expect(aside.getByRole('heading', { level: 2 })).toHaveText(HEADING);
  // the family title closes </title> in the document title, as text
  await expect(page).toHaveTitle(/^Engineer window\.__pwned='heading'.*<\/title><script>window.__pwned="title"<\/script> · Rungs$/);

  // links with javascript:, data:, vbscript:, file: targets: their words stay, not as links
  for (const [item, word] of [
    ['Follow the click guide', 'click'],
    ['Read the data notes', 'data'],
    ['Visit the upper case and tabbed links', 'tabbed'],
    ['Try vb and file targets', 'file'],
  ]) {
    await expect(aside.getByText(item!)).toBeVisible();
    await expect(aside.getByRole('link', { name: word, exact: true })).toHaveCount(0);
  }
  // text of raw HTML and code is visible as text
  await expect(aside.getByText(`<script>window.__pwned='code'</script>`, { exact: false })).toBeVisible();
  await expect(aside.getByText('<b>escaped</b>', { exact: false })).toBeVisible();

  // safe links work: external ones open in a new tab without opener, relative ones inside the app
  const external = aside.getByRole('link', { name: 'external docs' });
  await expect(external).toHaveAttribute('href', 'https://example.com/docs?a=1&b="2"');
  await expect(external).toHaveAttribute('target', '_blank');
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(aside.getByRole('link', { name: 'https://example.com/auto' })).toHaveAttribute('href', 'https://example.com/auto');
  await expandAll(page);
  await expectHarmless(page, seen);

  // a site-relative handbook link outside the graph, built without SOURCE_URL: its words as text with
  // the path in the title, never a link into the app's not-found page
  await expect(aside.getByRole('link', { name: 'values', exact: true })).toHaveCount(0);
  await expect(aside.locator('span[title*="/handbook/values/"]', { hasText: 'values' })).toBeVisible();
  await expectHarmless(page, seen);
});

/** Opens every collapsed <details> in the panel so their contents are in play. */
async function expandAll(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

test('a reporting line to a javascript: link becomes an external role without a link', async ({ page }) => {
  const seen = await watch(page);
  const href = await roleHref(page, /^Engineering Manager, Grade 8$/);
  await page.goto(`${app.url.replace(/\/$/, '')}/${href}`);
  const aside = page.getByRole('complementary', { name: 'Role details' });
  await expect(aside.getByRole('heading', { level: 2 })).toHaveText('Engineering Manager');
  const manager = aside.getByRole('link', { name: /^Director/ });
  await expect(manager).toBeVisible();
  await manager.click();
  await expect(aside.getByText('This role is named as a reporting line')).toBeVisible();
  await expect(aside.getByRole('link', { name: 'Where it was named' })).toHaveCount(0);
  await expectHarmless(page, seen);
});

test('list view, search and compare show hostile text harmlessly', async ({ page }) => {
  const seen = await watch(page);
  const engineer = await roleHref(page, /^Engineer window\.__pwned/);
  const manager = await roleHref(page, /^Engineering Manager,/);
  await expect(page.getByRole('heading', { level: 3, name: `"Quoted" Engineer </title><script>window.__pwned="title"</script>` })).toBeVisible();
  await expectHarmless(page, seen);

  const search = page.getByRole('combobox', { name: 'Search roles by title or responsibility' });
  await search.fill('<script>window.__pwned');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expectHarmless(page, seen);

  await page.goto(`${app.url}compare?roles=${engineer.replace(/^roles\//, '')},${manager.replace(/^roles\//, '')}`);
  await expect(page.getByRole('heading', { level: 2, name: HEADING })).toBeVisible();
  await expectHarmless(page, seen);
});

test('hostile URLs and search params degrade to not-found pages and defaults', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`${app.url}roles/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E`);
  await expect(page.getByRole('heading', { level: 1, name: 'No such role' })).toBeVisible();
  await expectHarmless(page, seen);
  await page.goto(`${app.url}families/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E`);
  await expect(page.getByRole('heading', { level: 1, name: 'No such job family' })).toBeVisible();
  await expectHarmless(page, seen);
  await page.goto(`${app.url}?view=%3Cscript%3E&track=javascript:alert(1)&families=%22%3E%3Csvg%20onload%3Dalert(1)%3E`);
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
  await expect(page.getByRole('combobox', { name: 'Track' })).toHaveValue('');
  await expectHarmless(page, seen);
});

test('right-to-left text, bidi overrides and very long words stay inside the panel', async ({ page }) => {
  const seen = await watch(page);
  const href = await roleHref(page, /^مهندس البيانات, Grade 6$/);
  await page.goto(`${app.url.replace(/\/$/, '')}/${href}`);
  const aside = page.getByRole('complementary', { name: 'Role details' });
  await expect(aside.getByRole('heading', { level: 2 })).toHaveText('مهندس البيانات');
  await expect(aside.getByText(/^Supercalifragilistic/)).toBeVisible();
  await expect(aside.getByText('Emoji 👩🏽‍💻🚀', { exact: false })).toBeVisible();
  const overflow = await aside.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectHarmless(page, seen);
});

// The prerendered pages (roles/<id>/ and families/<id>/ carry the page as HTML): before
// the app's scripts run, and with them held back for good, the hostile text is only text.
test('the prerendered role and family pages run nothing before the app takes over', async ({ page }) => {
  const graph = compilePages(readPages(fileURLToPath(new URL('../fixtures/hostile', import.meta.url)))).graph;
  const paths = [...graph.roles.filter((r) => !r.external).map((r) => `roles/${r.id}/`), ...graph.families.map((f) => `families/${f.id}/`)];
  expect(paths.length).toBeGreaterThan(3);
  const seen = await watch(page);
  await page.route('**/assets/*.js', () => new Promise<void>(() => undefined)); // the app never arrives
  for (const path of paths) {
    // Not 'domcontentloaded': that waits for the (held back) module scripts.
    await page.goto(`${app.url}${path}`, { waitUntil: 'commit' });
    await expect(page.locator('#root[data-prerendered] header')).toBeAttached();
    if (path.startsWith('roles/')) await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2 })).not.toBeEmpty();
    await expandAll(page);
    await expectHarmless(page, seen);
  }
  const coder = graph.roles.find((r) => JSON.stringify(r).includes(`__pwned='code'`))!;
  await page.goto(`${app.url}roles/${coder.id}/`, { waitUntil: 'commit' });
  await expect(page.getByText(`<script>window.__pwned='code'</script>`, { exact: false }).first()).toBeAttached();
});
