// Which link targets from page text may become clickable: http(s), mailto and
// relative links only. Everything else (javascript:, data:, vbscript:, …) stays text.
export function safeHref(href: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them before judging.
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!cleaned) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) return cleaned.startsWith('\\') ? null : href.trim();
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? href.trim() : null;
}

