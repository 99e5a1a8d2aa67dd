// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { ResolvedConfig } from 'vite';
import { renderAppPages } from '../../src/compiler/app-renderer.ts';
import { familyMeta, familyPages, renderRoleHtml, roleMeta, rolePages, roleUrl, rungsPrerender, withAppHtml } from '../../src/compiler/prerender.ts';
import { compileFolder, CSM, FIXTURES, role, SEEDS, seeds } from './helpers.ts';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Rungs: career paths, grades and what each level adds." />
    <title>Rungs</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-def456.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

/** The content of `<meta {attr}="{key}" content="…">`, decoded as a browser would (the test reads it back). */
function metaContent(html: string, key: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<meta\s+(?:name|property)="([^"]*)"\s+content="([^"]*)"/g)) {
    if (m[1] === key) found.push(decode(m[2]!));
  }
  return found;
}
const decode = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

describe('roleMeta on the seeds', () => {
  const graph = seeds();

  it("names the role and family in the title; grade, track and the role's own responsibilities first in the description", () => {
    const meta = roleMeta(graph, role(graph, `${CSM}/staff-csm`));
    expect(meta.title).toBe('Staff CSM — Customer Success Management');
    expect(meta.description).toMatch(/^Customer Success Management · Grade 9 · Individual contributor\. Owns the customer relationship of a global/);
    expect(meta.description.length).toBeLessThanOrEqual(200);
    expect(meta.description.endsWith('…')).toBe(true);
  });

  it('gives every level of a ladder a different description', () => {
    const ladder = graph.roles.filter((r) => r.familyId === CSM);
    expect(new Set(ladder.map((r) => roleMeta(graph, r).description)).size).toBe(ladder.length);
  });
});

describe('renderRoleHtml', () => {
  const meta = { title: 'Senior CSM — Customer Success Management', description: 'Grade 7. Strategize on the goals of the team.' };

  it('sets the title and the description, Open Graph and Twitter tags, once each, and keeps the app scripts', () => {
    const html = renderRoleHtml(INDEX, meta, 'https://rungs.example/roles/customer-success-management/senior-csm/');
    expect(html).toContain('<title>Senior CSM — Customer Success Management</title>');
    expect(html).not.toContain('<title>Rungs</title>');
    expect(metaContent(html, 'description')).toEqual([meta.description]);
    expect(metaContent(html, 'og:title')).toEqual([meta.title]);
    expect(metaContent(html, 'og:description')).toEqual([meta.description]);
    expect(metaContent(html, 'og:type')).toEqual(['website']);
    expect(metaContent(html, 'og:url')).toEqual(['https://rungs.example/roles/customer-success-management/senior-csm/']);
    expect(metaContent(html, 'twitter:card')).toEqual(['summary']);
    expect(metaContent(html, 'twitter:title')).toEqual([meta.title]);
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc123.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-def456.css">');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves out og:url when no site address is known', () => {
    expect(metaContent(renderRoleHtml(INDEX, meta, null), 'og:url')).toEqual([]);
  });

  it('escapes hostile page text so it stays text', () => {
    const hostile = {
      title: '</title><script>alert("t")</script> O\'Brien & "Co" $& $1',
      description: '"><script>alert(1)</script><meta property="og:title" content="spoof">',
    };
    const html = renderRoleHtml(INDEX, hostile, 'https://x.example/roles/a/"onmouseover="b/');
    expect(html).not.toMatch(/<script>alert/);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Co&quot; $&amp; $1</title>');
    // Read back, each value is exactly the text given, and no tag was injected.
    expect(metaContent(html, 'og:title')).toEqual([hostile.title]);
    expect(metaContent(html, 'og:description')).toEqual([hostile.description]);
    expect(metaContent(html, 'description')).toEqual([hostile.description]);
    expect(metaContent(html, 'og:url')).toEqual(['https://x.example/roles/a/"onmouseover="b/']);
  });
});

describe('rolePages', () => {
  const graph = seeds();

  it('writes one page per role of a family at roles/<role-id>/index.html', () => {
    const pages = rolePages(graph, INDEX, { base: '/' });
    const internal = graph.roles.filter((r) => !r.external);
    expect(pages.map((p) => p.fileName)).toEqual(internal.map((r) => `roles/${r.id}/index.html`));
    expect(pages.map((p) => p.fileName)).toContain(`roles/${CSM}/senior-csm/index.html`);
  });

  it('makes relative asset URLs climb back to the site root', () => {
    const relative = INDEX.replace(/"\/assets\//g, '"./assets/');
    const [page] = rolePages(graph, relative, { base: './' });
    expect(page!.html).toContain('src="../../../assets/index-abc123.js"');
    expect(page!.html).toContain('href="../../../assets/index-def456.css"');
  });

  it('builds og:url from the site address and the base path without doubling it', () => {
    expect(roleUrl('https://rungs.example', '/', `${CSM}/senior-csm`)).toBe(`https://rungs.example/roles/${CSM}/senior-csm/`);
    expect(roleUrl('https://rungs.example/', '/careers/', 'f/r')).toBe('https://rungs.example/careers/roles/f/r/');
    expect(roleUrl('https://rungs.example/careers', '/careers/', 'f/r')).toBe('https://rungs.example/careers/roles/f/r/');
    expect(roleUrl('https://rungs.example/careers/', './', 'f/r')).toBe('https://rungs.example/careers/roles/f/r/');
  });
});

describe('rungsPrerender in a Vite build', () => {
  const root = mkdtempSync(join(tmpdir(), 'rungs-prerender-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes role pages that boot the same built app under the configured base', async () => {
    writeFileSync(join(root, 'index.html'), INDEX.replace(/\s*<script[^>]*><\/script>\s*<link[^>]*>/, '').replace('</body>', '<script type="module" src="/main.js"></script></body>'));
    writeFileSync(join(root, 'main.js'), 'document.getElementById("root").textContent = "app";\n');
    const outDir = join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      base: '/careers/',
      plugins: [rungsPrerender({ seedsDir: SEEDS, siteUrl: 'https://rungs.example' })],
      build: { outDir, emptyOutDir: true, minify: false },
    });
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    const page = readFileSync(join(outDir, `roles/${CSM}/senior-csm/index.html`), 'utf8');
    const script = /<script type="module" crossorigin src="(\/careers\/assets\/[^"]+\.js)"><\/script>/.exec(index)?.[1];
    expect(script).toBeDefined();
    expect(page).toContain(`src="${script}"`);
    expect(page).toContain('<title>Senior CSM — Customer Success Management</title>');
    expect(metaContent(page, 'og:url')).toEqual([`https://rungs.example/careers/roles/${CSM}/senior-csm/`]);
    expect(metaContent(page, 'og:description')[0]).toMatch(/^Customer Success Management · Grade 7 · Individual contributor\. Strategize/);
    // The site's own entry keeps its generic title.
    expect(index).toContain('<title>Rungs</title>');
  });
});

describe('family pages', () => {
  const graph = seeds();

  it('writes one page per family at families/<family-id>/index.html with the ladder in its title', () => {
    const pages = familyPages(graph, INDEX, { base: '/careers/', siteUrl: 'https://rungs.example' });
    expect(pages.map((p) => p.fileName)).toEqual(graph.families.map((f) => `families/${f.id}/index.html`));
    const csm = pages.find((p) => p.fileName === `families/${CSM}/index.html`)!;
    expect(csm.path).toBe(`/careers/families/${CSM}`);
    expect(csm.html).toContain('<title>Customer Success Management — career ladder</title>');
    expect(metaContent(csm.html, 'og:url')).toEqual([`https://rungs.example/careers/families/${CSM}/`]);
    const levels = graph.roles.filter((r) => r.familyId === CSM).length;
    expect(familyMeta(graph, graph.families.find((f) => f.id === CSM)!).description).toMatch(new RegExp(`^Career ladder · ${levels} levels\\.`));
  });
});

describe('withAppHtml', () => {
  it("puts the app's HTML in the root, marked with its path, and preloads the page's chunks", () => {
    const html = withAppHtml(INDEX, '/roles/a"b', '<main>Role</main>', ['/assets/family-1.js']);
    expect(html).toContain('<div id="root" data-prerendered="/roles/a&quot;b"><main>Role</main></div>');
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/family-1\.js">\s*<\/head>/);
  });

  it('takes "$&" in the body literally', () => {
    expect(withAppHtml(INDEX, '/r', '<p>$& $1</p>')).toContain('<p>$& $1</p></div>');
  });
});

/** The text a reader sees in an HTML fragment (tags dropped, entities decoded, spaces squashed). */
const htmlText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|#x27|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#x27': "'", amp: '&' })[e]!)
    .replace(/\s+/g, ' ');

/** What the build's Vite config gives the renderer: the project root, `@/` alias, the app's defines. */
const appConfig = (base = '/') =>
  ({
    root: fileURLToPath(new URL('../../', import.meta.url)),
    base,
    mode: 'production',
    resolve: { alias: [{ find: '@', replacement: fileURLToPath(new URL('../../src', import.meta.url)) }] },
    define: { 'import.meta.env.SOURCE_URL': '""' },
  }) as unknown as ResolvedConfig;

describe("the app's prerendered HTML", () => {
  it('shows a role of the seeds with its family, grade, track, reporting line and lists grouped by origin', async () => {
    const graph = seeds();
    const path = `/careers/roles/${CSM}/senior-csm`;
    const pages = await renderAppPages(appConfig('/careers/'), graph, [path], true, (m) => expect.fail(m));
    const body = pages.get(path)!;
    const text = htmlText(body);
    expect(body).toMatch(/<h2 id="role-title"[^>]*>Senior CSM<\/h2>/);
    expect(text).toContain('Family Customer Success Management Grade 7 Track Individual contributor Reports to Manager, CSM');
    expect(body).toContain('aria-label="New at this level"');
    expect(body).toMatch(/aria-label="Inherited from [^"]+"/);
    expect(body).toContain(`href="/careers/roles/${CSM}/manager-csm"`);
    for (const item of role(graph, `${CSM}/senior-csm`).responsibilities) expect(text).toContain(item.text.replace(/\s+/g, ' ').slice(0, 40));
  }, 60_000);

  it('keeps hostile page text as text: no script, no event handler, no unsafe link in any page', async () => {
    const graph = compileFolder(`${FIXTURES}/hostile`);
    const paths = [...rolePages(graph, INDEX, { base: '/' }), ...familyPages(graph, INDEX, { base: '/' })].map((p) => p.path);
    const pages = await renderAppPages(appConfig(), graph, paths, true, (m) => expect.fail(m));
    expect([...pages.keys()]).toEqual(paths);
    for (const [path, body] of pages) {
      expect(body, path).not.toMatch(/<(script|iframe|frame|img|math|style|object|embed|details open|form|base|meta|link)\b/i);
      expect(body.match(/<svg\b[^>]*>/g)?.filter((tag) => !tag.includes('aria-hidden="true"')) ?? [], path).toEqual([]);
      expect(body, path).not.toMatch(/\son[a-z]+=/i);
      expect(body, `${path}: every part rendered, none left to the browser`).not.toContain('<!--$!-->');
      for (const [, href] of body.matchAll(/\shref="([^"]*)"/g)) expect(href, path).toMatch(/^(https?:|mailto:|\/|#)/);
    }
    const engineer = [...pages.entries()].find(([, body]) => /id="role-title"[^>]*>Engineer window\.__pwned=&#x27;heading&#x27;</.test(body));
    expect(engineer, 'the hostile heading, escaped').toBeDefined();
    // markup written as code shows as its text
    expect(engineer![1]).toContain('&lt;script&gt;window.__pwned=&#x27;code&#x27;&lt;/script&gt;');
  }, 60_000);
});
