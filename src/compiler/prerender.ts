// Link previews for shared role links. Chat apps read a page's meta tags without
// running JavaScript, so a production build also writes roles/<role-id>/index.html
// for every role: the built index.html (same script and style tags, same base, so
// it boots the same app) with the role's title and description in <title>, the
// description meta, Open Graph and Twitter card tags. Page text is data: every
// value is HTML-escaped. Reports problems as build warnings; never fails a build.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { graphSchema, type Graph, type Role } from '../model/schema.ts';
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
      return { fileName, html: relativeBase(options.base) ? deepenRelativeUrls(html, fileName) : html };
    });
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
  const site = siteUrl.replace(/\/+$/, '');
  const basePath = relativeBase(base) ? '' : base.replace(/\/+$/, '');
  const root = basePath && !new URL(site).pathname.replace(/\/+$/, '').endsWith(basePath) ? `${site}${basePath}` : site;
  return `${root}/roles/${roleId}/`;
}

export interface PrerenderOptions extends RungsGraphOptions {
  /** Where the graph comes from; default: GRAPH_FIXTURE (a graph JSON) if set, else the pages folder, as the app's build does. */
  loadGraph?: () => Graph;
  /** Default: env SITE_URL. */
  siteUrl?: string;
}

function defaultGraph(options: PrerenderOptions): Graph {
  const fixture = process.env.GRAPH_FIXTURE;
  if (fixture) return graphSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  return compiledGraph(seedsFolder(options));
}

export function rungsPrerender(options: PrerenderOptions = {}): Plugin {
  let base = '/';
  return {
    name: 'rungs-prerender',
    apply: 'build',
    // After Vite's HTML plugin, so the bundle holds the final index.html with hashed asset URLs.
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
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
        const pages = rolePages(graph, html, { base, siteUrl });
        for (const page of pages) this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
        this.info(`rungs-prerender: wrote ${pages.length} role pages with link-preview meta tags`);
      },
    },
  };
}
