// Page text with its links: rendered as React text nodes (never as markup). Each
// link goes where model/page-links says: a role or family of the graph (in-app),
// a web address (new tab), or plain text with its path in the title, so a link in
// page text never opens the app's "not found" page. Unsafe targets stay text.
import { Link as RouterLink } from '@tanstack/react-router';
import type { Link } from '@/model/schema';
import { resolvePageLink } from '@/model/page-links';
import { usePageLinkScope } from './page-link-scope';
import { SOURCE_URL } from './source-url';

const linkStyle =
  'text-blue-700 underline decoration-blue-700/40 underline-offset-2 hover:decoration-blue-700 dark:text-sky-300 dark:decoration-sky-300/40';

const EMPTY_GRAPH = { version: 1 as const, families: [], roles: [], edges: [], diagnostics: [] };

/** One link of page text, where model/page-links says it leads. */
export function PageLink({ link }: { link: Link }) {
  const { graph, familyId } = usePageLinkScope();
  const to = resolvePageLink(graph ?? EMPTY_GRAPH, link.href, link.text, { familyId, sourceUrl: SOURCE_URL });
  switch (to.kind) {
    case 'role':
      return (
        <RouterLink to="/roles/$" params={{ _splat: to.roleId }} className={linkStyle}>
          {link.text}
        </RouterLink>
      );
    case 'family':
      return (
        <RouterLink to="/families/$familyId" params={{ familyId: to.familyId }} className={linkStyle}>
          {link.text}
        </RouterLink>
      );
    case 'web':
      return (
        <a href={to.href} className={linkStyle} {...(to.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {link.text}
        </a>
      );
    case 'text':
      return <span title={to.title}>{link.text}</span>;
  }
}

export function RichText({ text, links }: { text: string; links: Link[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  links.forEach((link, i) => {
    const at = link.text ? text.indexOf(link.text, cursor) : -1;
    if (at < 0) return;
    if (at > cursor) parts.push(text.slice(cursor, at));
    parts.push(<PageLink key={i} link={link} />);
    cursor = at + link.text.length;
  });
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
