// Where a link in page text leads in the app. In: a link's href as written in a
// job-family page, the graph, the family whose page the text is on, and the source
// site the pages come from (SOURCE_URL at build time, may be empty). Out: a role or
// family of the graph (an in-app link; a level the pages only name, as a reporting
// line, leads to that external role), an address on the web (the link itself when
// absolute, the source site + path when site-relative), or plain text with the path
// to show in its title. Never an app URL that is not a role or family, so a link
// in page text never opens the app's "not found" page.
import { headingAnchor } from './heading-anchor';
import { getFamily, getRole } from './queries';
import type { Family, Graph, Role } from './schema';

export type PageLinkDestination =
  | { kind: 'role'; roleId: string }
  | { kind: 'family'; familyId: string }
  | { kind: 'web'; href: string; external: boolean }
  | { kind: 'text'; title: string };

export interface PageLinkContext {
  /** The family whose page the text was written on: where "#anchor" links point. */
  familyId?: string | null;
  /** Site the pages are published on ("https://handbook.gitlab.com"); empty: site-relative links stay text. */
  sourceUrl?: string;
}

/** Link schemes a page may send a reader to; everything else (javascript:, data:, …) stays text. */
const WEB_SCHEMES = new Set(['http', 'https', 'mailto']);

export { headingAnchor };

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The source site without a trailing slash; "" when unset or not an http(s) address. */
export function normalizeSourceUrl(url: string | undefined): string {
  const trimmed = (url ?? '').trim().replace(/\/+$/, '');
  return /^https?:\/\/[^/\s]+/i.test(trimmed) ? trimmed : '';
}

interface ParsedHref {
  scheme: string | null;
  /** On another site: a scheme, or "//host/…", with a real host name. */
  absolute: boolean;
  /** The href to follow; a slash typed twice before a path is read as the path it meant ("//job-families/x" → "/job-families/x"). */
  href: string;
  /** Path without query and fragment ("" for "#x"). */
  path: string;
  anchor: string | null;
}

function parseHref(raw: string): ParsedHref | null {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:"): judge the cleaned form.
  const cleaned = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!cleaned || cleaned.startsWith('\\')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null;
  const hash = cleaned.indexOf('#');
  const anchor = hash === -1 ? null : decode(cleaned.slice(hash + 1)).toLowerCase() || null;
  let href = raw.trim();
  let path = (hash === -1 ? cleaned : cleaned.slice(0, hash)).replace(/\?.*$/, '');
  let absolute = scheme !== null && scheme !== 'http' && scheme !== 'https';
  const host = /^(?:https?:)?\/\/([^/]*)/i.exec(path)?.[1];
  if (host !== undefined) {
    // "//handbook.example/x" is another site; "//job-families/x" (or "https://job-families/x" written from it) names
    // no host, only a site path typed with one slash too many.
    absolute = host.includes('.') || host.toLowerCase().startsWith('localhost');
    const rest = path.slice(path.indexOf(host) + host.length);
    path = absolute ? rest : `/${host}${rest}`;
    if (!absolute) href = `${path}${hash === -1 ? '' : cleaned.slice(hash)}`;
  }
  return { scheme: absolute ? scheme : null, absolute, href, path, anchor };
}

/** The path after "job-families/" as lowercase segments ("sales/customer-success-management" → two), or null. */
function jobFamilyPath(path: string): string[] | null {
  const at = path.toLowerCase().indexOf('job-families/');
  if (at === -1) return null;
  return path
    .slice(at + 'job-families/'.length)
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && s !== 'index.html')
    .map((s) => decode(s).replace(/\.(md|html?)$/, ''));
}

/** The family a job-family path names: its source file's path first, then its file name, then its id. */
function familyByPath(graph: Graph, segments: string[]): Family | undefined {
  if (segments.length === 0) return undefined;
  const wanted = segments.join('/');
  const last = segments[segments.length - 1]!;
  const stem = (f: Family) => f.source.file.toLowerCase().replace(/\.[^./]+$/, '');
  return (
    graph.families.find((f) => stem(f) === wanted || stem(f).endsWith(`/${wanted}`)) ??
    graph.families.find((f) => stem(f).replace(/^.*\//, '') === last) ??
    graph.families.find((f) => f.id === last)
  );
}

/** A level of the family whose heading anchor, alias anchor or id is `anchor`, or whose title is the link's text. */
function roleInFamily(graph: Graph, family: Family, anchor: string | null, linkText: string): Role | undefined {
  const roles = family.roles.map((id) => getRole(graph, id)).filter((r): r is Role => !!r);
  if (anchor) {
    const byAnchor = roles.find((r) => [r.title, ...r.aliases].some((name) => headingAnchor(name) === anchor) || r.id.slice(r.id.lastIndexOf('/') + 1) === anchor);
    if (byAnchor) return byAnchor;
  }
  const name = linkText.trim().toLowerCase();
  return name ? roles.find((r) => [r.title, ...r.aliases].some((n) => n.toLowerCase() === name)) : undefined;
}

/** A role the pages name (a reporting line) without a page of their own, called exactly `linkText`. */
function namedOutside(graph: Graph, linkText: string): Role | undefined {
  const name = linkText.trim().toLowerCase();
  return name ? graph.roles.find((r) => r.external && r.title.toLowerCase() === name) : undefined;
}

/** Where the link `href` (shown as `linkText`) leads; see the module comment. */
export function resolvePageLink(graph: Graph, href: string, linkText: string, context: PageLinkContext = {}): PageLinkDestination {
  const parsed = parseHref(href);
  const shown = href.trim();
  if (!parsed) return { kind: 'text', title: shown };
  if (parsed.scheme !== null && !WEB_SCHEMES.has(parsed.scheme)) return { kind: 'text', title: shown };
  if (parsed.scheme === 'mailto') return { kind: 'web', href: shown, external: true };

  const segments = jobFamilyPath(parsed.path);
  const samePage = parsed.scheme === null && parsed.path === '';
  const family = samePage ? (context.familyId ? getFamily(graph, context.familyId) : undefined) : segments ? familyByPath(graph, segments) : undefined;
  if (family) {
    const role = roleInFamily(graph, family, parsed.anchor, linkText) ?? namedOutside(graph, linkText);
    return role ? { kind: 'role', roleId: role.id } : { kind: 'family', familyId: family.id };
  }

  if (parsed.absolute) return { kind: 'web', href: shown, external: true };
  const source = normalizeSourceUrl(context.sourceUrl);
  if (source && parsed.href.startsWith('/')) return { kind: 'web', href: `${source}${parsed.href}`, external: true };
  return { kind: 'text', title: shown };
}
