// Content-first pages for shared links. A production build also writes
// roles/<role-id>/index.html for every role and families/<family-id>/index.html for
// every family: the built index.html (same script and style tags, same base, so it
// boots the same app) with the page's title and description in <title>, the
// description meta, Open Graph and Twitter card tags (chat apps read those without
// running JavaScript), and the page itself as HTML inside the app's root: the app's
// own components rendered by React at build time (src/compiler/app-renderer.ts), so
// the page reads and prints with JavaScript off and the app hydrates it in place.
// Page text is data: every value is HTML-escaped (by React in the body). Reports
// problems as build warnings; never fails a build.
import { readFileSync } from 'node:fs';
import type { Plugin, ResolvedConfig } from 'vite';
import { familiesForRoles } from '../model/graph-store.ts';
import { graphSchema, type Family, type Graph, type Role } from '../model/schema.ts';
import { hasApp, renderAppPages } from './app-renderer.ts';
import { compiledGraph, seedsFolder, type RungsGraphOptions } from './vite-plugin.ts';

export interface RoleMeta {
  title: string;
  description: string;
}

/** Short enough for an unfurl card; longer descriptions are cut by the chat app anyway. */
const DESCRIPTION_LIMIT = 200;

/**
 * What a link preview says about a role: title and family in the title; grade,
 * track and the first responsibilities in the description. The role's own
 * responsibilities come first: the inherited ones repeat across the whole
 * ladder, so they would make every level's preview read alike.
 */
export function roleMeta(graph: Graph, role: Role): RoleMeta {
  const family = graph.families.find((f) => f.id === role.familyId)?.title;
  const facts = [
    family,
    role.grade === null ? null : `Grade ${role.grade}`,
    role.track === 'management' ? 'Management' : role.track === 'unknown' ? 'Track not stated' : 'Individual contributor',
  ].filter(Boolean);
  const items = [...role.responsibilities.filter((i) => i.own), ...role.responsibilities.filter((i) => !i.own)];
  const lead = `${facts.join(' · ')}.`;
  const description = items.length ? `${lead} ${items.map((i) => sentence(i.text)).join(' ')}` : lead;
  return { title: family ? `${role.title} — ${family}` : role.title, description: truncate(squash(description), DESCRIPTION_LIMIT) };
}

/** A family page's preview: the family and how many levels it has, then its own description or intro. */
export function familyMeta(graph: Graph, family: Family): RoleMeta {
  const levels = graph.roles.filter((r) => r.familyId === family.id).length;
  const about = [family.description, ...family.intro.map((p) => p.text)].find((t) => t.trim() !== '') ?? '';
  const lead = `Career ladder · ${levels} ${levels === 1 ? 'level' : 'levels'}.`;
  return { title: `${family.title} — career ladder`, description: truncate(squash(about ? `${lead} ${sentence(about)}` : lead), DESCRIPTION_LIMIT) };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Tags this page replaces: the generic description and any previews already in index.html.
const REPLACED_META = /[ \t]*<meta\s+(?:name|property)=["'](?:description|og:[^"']*|twitter:[^"']*)["'][^>]*>[ \t]*\r?\n?/gi;

/** index.html with the role's title, description and preview tags; everything else (scripts, styles) untouched. */
export function renderRoleHtml(indexHtml: string, meta: RoleMeta, url: string | null): string {
  const attr = escapeHtml;
  const tags = [
    `<meta name="description" content="${attr(meta.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Rungs" />`,
    `<meta property="og:title" content="${attr(meta.title)}" />`,
    `<meta property="og:description" content="${attr(meta.description)}" />`,
    ...(url ? [`<meta property="og:url" content="${attr(url)}" />`, `<link rel="canonical" href="${attr(url)}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${attr(meta.title)}" />`,
    `<meta name="twitter:description" content="${attr(meta.description)}" />`,
  ];
  const title = `<title>${escapeHtml(meta.title)}</title>`;
  // Replacer functions, not strings: a "$&" in a role title must stay text.
  let html = indexHtml.replace(REPLACED_META, () => '');
  html = /<title>[\s\S]*?<\/title>/i.test(html) ? html.replace(/<title>[\s\S]*?<\/title>/i, () => title) : html.replace(/<\/head>/i, () => `${title}\n</head>`);
  return html.replace(/([ \t]*)<\/head>/i, (_, indent: string) => `${indent}  ${tags.join(`\n${indent}  `)}\n${indent}</head>`);
}

// Role ids are slugs joined by "/"; anything else would not be a safe path to write.
const SAFE_ID = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

export interface RolePage {
  fileName: string;
  html: string;
  /** The app's path of this page, base included, without a trailing slash (what the app renders). */
  path: string;
  /** The families whose text the page shows (their chunks are worth preloading). */
  families: string[];
}

export interface RolePagesOptions {
  /** Vite's resolved `base` ("/", "/careers/", or relative "./"). */
  base: string;
  /** Public address of the site; with it, pages carry og:url. */
  siteUrl?: string | undefined;
}

/** One page per role of a family (external roles have no page of their own to preview). */
export function rolePages(graph: Graph, indexHtml: string, options: RolePagesOptions): RolePage[] {
  return graph.roles
    .filter((role) => !role.external && SAFE_ID.test(role.id))
    .map((role) => {
      const fileName = `roles/${role.id}/index.html`;
      const html = renderRoleHtml(indexHtml, roleMeta(graph, role), options.siteUrl ? roleUrl(options.siteUrl, options.base, role.id) : null);
      return {
        fileName,
        html: relativeBase(options.base) ? deepenRelativeUrls(html, fileName) : html,
        path: `${options.base}roles/${role.id}`,
        families: familiesForRoles(graph, [role.id]),
      };
    });
}

/** One page per family: its ladder (a list of its levels with JavaScript off). */
export function familyPages(graph: Graph, indexHtml: string, options: RolePagesOptions): RolePage[] {
  return graph.families
    .filter((family) => SAFE_ID.test(family.id) && !family.id.includes('/'))
    .map((family) => {
      const fileName = `families/${family.id}/index.html`;
      const url = options.siteUrl ? pageUrl(options.siteUrl, options.base, `families/${family.id}`) : null;
      const html = renderRoleHtml(indexHtml, familyMeta(graph, family), url);
      return { fileName, html: relativeBase(options.base) ? deepenRelativeUrls(html, fileName) : html, path: `${options.base}families/${family.id}`, families: [] };
    });
}

/**
 * The page with the app's prerendered HTML inside its root element, marked with the
 * path it was rendered for (src/app/prerendered.ts), and modulepreload links for the
 * chunks the app loads before it takes the page over.
 */
export function withAppHtml(html: string, path: string, body: string, preload: readonly string[] = []): string {
  const root = /<div id="root"><\/div>/;
  if (!root.test(html)) return html;
  let out = html.replace(root, () => `<div id="root" data-prerendered="${escapeHtml(path)}">${body}</div>`);
  if (preload.length) {
    const links = preload.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`).join('\n    ');
    out = out.replace(/([ \t]*)<\/head>/i, (_, indent: string) => `${indent}  ${links}\n${indent}</head>`);
  }
  return out;
}

const relativeBase = (base: string) => base === '' || base.startsWith('.');

/**
 * With a relative base, Vite writes asset URLs relative to index.html ("./assets/…");
 * a copy three folders deeper needs them to climb back up.
 */
function deepenRelativeUrls(html: string, fileName: string): string {
  const up = '../'.repeat(fileName.split('/').length - 1);
  return html.replace(/(\s(?:src|href)=["'])\.\//g, (_, start: string) => `${start}${up}`);
}

/** The role's public address: the site URL (with the base path added unless it already ends with it). */
export function roleUrl(siteUrl: string, base: string, roleId: string): string {
  return pageUrl(siteUrl, base, `roles/${roleId}`);
}

function pageUrl(siteUrl: string, base: string, page: string): string {
  const site = siteUrl.replace(/\/+$/, '');
  const basePath = relativeBase(base) ? '' : base.replace(/\/+$/, '');
  const root = basePath && !new URL(site).pathname.replace(/\/+$/, '').endsWith(basePath) ? `${site}${basePath}` : site;
  return `${root}/${page}/`;
}

export interface PrerenderOptions extends RungsGraphOptions {
  /** Where the graph comes from; default: GRAPH_FIXTURE (a graph JSON) if set, else the pages folder, as the app's build does. */
  loadGraph?: () => Graph;
  /** Default: env SITE_URL. */
  siteUrl?: string;
  /** Put the app's prerendered HTML in each page (when the build has the app); default true. */
  renderApp?: boolean;
}

function defaultGraph(options: PrerenderOptions): Graph {
  const fixture = process.env.GRAPH_FIXTURE;
  if (fixture) return graphSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  return compiledGraph(seedsFolder(options));
}

/** Family id → the built chunk of that family's text (the Vite plugin's `virtual:rungs-family/<id>` modules). */
function familyChunkFiles(bundle: Record<string, { type: string; fileName: string; facadeModuleId?: string | null }>): Map<string, string> {
  const files = new Map<string, string>();
  for (const item of Object.values(bundle)) {
    const id = item.type === 'chunk' ? item.facadeModuleId : null;
    if (id?.startsWith(FAMILY_MODULE)) files.set(id.slice(FAMILY_MODULE.length), item.fileName);
  }
  return files;
}
const FAMILY_MODULE = '\0rungs:family/';

export function rungsPrerender(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'rungs-prerender',
    apply: 'build',
    // After Vite's HTML plugin, so the bundle holds the final index.html with hashed asset URLs.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      async handler(_output, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset' || !config) return;
        const base = config.base;
        let graph: Graph;
        try {
          graph = (options.loadGraph ?? (() => defaultGraph(options)))();
        } catch (error) {
          this.warn(`rungs-prerender: no role pages written, the graph could not be loaded: ${(error as Error).message}`);
          return;
        }
        const html = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
        let siteUrl = options.siteUrl ?? process.env.SITE_URL;
        if (siteUrl && !URL.canParse(siteUrl)) {
          this.warn(`rungs-prerender: SITE_URL "${siteUrl}" is not an absolute URL; role pages are written without og:url.`);
          siteUrl = undefined;
        }
        const roles = rolePages(graph, html, { base, siteUrl });
        const families = familyPages(graph, html, { base, siteUrl });
        const pages = [...roles, ...families];
        // The app's own HTML in each page: needs the app (not a bare test root) and an absolute base (its links are absolute).
        const withApp = (options.renderApp ?? true) && !relativeBase(base) && hasApp(config);
        const bodies = withApp
          ? await renderAppPages(config, graph, pages.map((p) => p.path), !process.env.GRAPH_FIXTURE, (m) => this.warn(`rungs-prerender: ${m}`))
          : new Map<string, string>();
        const chunks = familyChunkFiles(bundle);
        for (const page of pages) {
          const body = bodies.get(page.path);
          const preload = page.families.flatMap((id) => (chunks.has(id) ? [`${base}${chunks.get(id)}`] : []));
          this.emitFile({ type: 'asset', fileName: page.fileName, source: body === undefined ? page.html : withAppHtml(page.html, page.path, body, preload) });
        }
        this.info(
          `rungs-prerender: wrote ${roles.length} role pages and ${families.length} family pages with link-preview meta tags${withApp ? `, ${bodies.size} with the page's content` : ''}`,
        );
      },
    },
  };
}
