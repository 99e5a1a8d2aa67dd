// Page text with its links: rendered as React text nodes (never as markup), the
// links that pass `safeHref` as anchors, the rest as plain text.
import type { Link } from '@/model/schema';
import { isExternalHref, safeHref } from './safe-href';

export function RichText({ text, links }: { text: string; links: Link[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  links.forEach((link, i) => {
    const at = link.text ? text.indexOf(link.text, cursor) : -1;
    if (at < 0) return;
    if (at > cursor) parts.push(text.slice(cursor, at));
    const href = safeHref(link.href);
    parts.push(
      href ? (
        <a
          key={i}
          href={href}
          className="text-blue-700 underline decoration-blue-700/40 underline-offset-2 hover:decoration-blue-700 dark:text-sky-300 dark:decoration-sky-300/40"
          {...(isExternalHref(href) ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {link.text}
        </a>
      ) : (
        <span key={i}>{link.text}</span>
      ),
    );
    cursor = at + link.text.length;
  });
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
