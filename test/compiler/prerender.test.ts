// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { renderRoleHtml, roleMeta, rolePages, roleUrl, rungsPrerender } from '../../src/compiler/prerender.ts';
import { CSM, role, SEEDS, seeds } from './helpers.ts';

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
