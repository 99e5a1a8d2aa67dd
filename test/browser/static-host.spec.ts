// The built app under a sub-path on a static host without rewrites, as the CI
// recipes publish it (examples/ci/: GitLab Pages, GitHub Pages): built with
// BASE_PATH=/handbook/ and SOURCE_URL (the site the pages themselves are
// published on), index.html copied to 404.html, served by a stand-in for those
// hosts (a file if there is one, a folder's index.html after a redirect to the
// trailing slash, else 404.html with status 404). Pasted links of every kind
// open the right page; site-relative links in page text lead to SOURCE_URL.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = join(root, `test-results/builds/static-host${process.env.PW_PORT ? `-${process.env.PW_PORT}` : ''}`);
const BASE = '/handbook/';
const SOURCE_URL = 'https://handbook.gitlab.com';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** What GitHub Pages and GitLab Pages do with a request for the site at BASE. */
function pagesHost(): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    };
    const inside = decodeURIComponent(url.pathname).slice(BASE.length);
    if (!url.pathname.startsWith(BASE) || inside.split('/').includes('..')) return void res.writeHead(404).end();
    const path = join(outDir, inside);
    if (existsSync(path) && statSync(path).isFile()) return send(200, path);
    if (existsSync(join(path, 'index.html'))) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return send(200, join(path, 'index.html'));
    }
    send(404, join(outDir, '404.html'));
  });
}

let server: Server;
let site = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env = { ...process.env, BASE_PATH: BASE, SEEDS_DIR: join(root, 'seeds'), SOURCE_URL, GRAPH_FIXTURE: undefined };
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);
  copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html')); // the recipes' single-page app fallback
  server = pagesHost();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${BASE}`;
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Page errors, and console errors other than the host's 404 status for a fallback page. */
function watch(page: import('@playwright/test').Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && !/status of 404/.test(m.text()) && problems.push(m.text())));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => void (r.status() === 404 && r.request().resourceType() !== 'document' && problems.push(`404: ${r.url()}`)));
  return problems;
}

test('a role link, without or with its trailing slash, opens the role from its prerendered page', async ({ page }) => {
  const problems = watch(page);
  for (const link of [`${site}roles/customer-success-management/senior-csm`, `${site}roles/customer-success-management/senior-csm/`]) {
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('complementary', { name: 'Role details' }).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('links with no file behind them (family, compare, path) load the app from 404.html and open their page', async ({ page }) => {
  const problems = watch(page);
  const response = await page.goto(`${site}compare?roles=customer-success-management/senior-csm,customer-success-management/staff-csm`);
  expect(response?.status()).toBe(404); // what the host answers; the app still runs
  await expect(page.getByRole('columnheader').getByRole('heading', { level: 2 })).toHaveText(['Senior CSM', 'Staff CSM']);

  await page.goto(`${site}families/customer-success-management`);
  await expect(page.locator('.react-flow__node[data-id="customer-success-management/senior-csm"]')).toBeVisible();

  // navigating inside the app keeps the sub-path
  await page.locator('.react-flow__node[data-id="customer-success-management/senior-csm"]').click();
  await expect(page).toHaveURL(new RegExp(`^${site.replace(/[.]/g, '\\.')}roles/customer-success-management/senior-csm`));
  expect(problems).toEqual([]);
});

test("site-relative links in a role's text lead to the handbook's own site (SOURCE_URL)", async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${site}roles/customer-success-management/senior-csm`);
  const panel = page.getByRole('complementary', { name: 'Role details' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeVisible();
  const hrefs = await panel.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => h.startsWith(`${SOURCE_URL}/handbook/`)).length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => h.startsWith('/handbook/handbook/'))).toEqual([]); // never resolved into the app's own sub-path
  expect(problems).toEqual([]);
});
