// HTML that carries no content a reader would miss, so dropping it is not worth a
// warning: anchors for old links (`<a id="…">`, `<a name="…"></a>`), line breaks
// (`<br>`), empty figures and divs, comments. Anything else is still reported.
// Input is capped before matching; every pattern is anchored and linear.

const HARMLESS: readonly RegExp[] = [
  /^<a\s+(?:id|name)\s*=\s*["'][^"'<>]{0,200}["']\s*\/?>(?:\s*<\/a>)?$/i,
  /^<\/a>$/i,
  /^<br\s*\/?>$/i,
  /^<!--[^]{0,2000}?-->$/,
  /^<(figure|div|span|p)(?:\s+[^<>]{0,300})?>\s*<\/\1>$/i,
];

/** True when the HTML (a tag or a block of tags) says nothing a reader would miss. */
export function isHarmlessHtml(html: string): boolean {
  if (html.length > 4000) return false;
  const parts = html.trim().split(/(?<=>)\s*(?=<)/);
  // An empty figure/div may span lines and parts: judge the whole first.
  if (HARMLESS.some((re) => re.test(html.trim().replace(/\s+/g, ' ')))) return true;
  return parts.length > 0 && parts.every((p) => p === '' || HARMLESS.some((re) => re.test(p)));
}
