// Where a handbook link points: a job-family page (by its slug) and an anchor on it.
// Links come in many shapes: "#manager-csm", "/job-families/sales/customer-success-management/#x",
// "https://about.gitlab.com/job-families/…", "/handbook.gitlab.com/job-families/…/".

export interface LinkTarget {
  /** Slug of the job-family page the link points to; null for a link on the same page. */
  familySlug: string | null;
  anchor: string | null;
  /** True when the link is to a job-family page at all (or to this page). */
  jobFamily: boolean;
}

export function linkTarget(href: string): LinkTarget {
  const hash = href.indexOf('#');
  const anchor = hash === -1 ? null : decodeSafe(href.slice(hash + 1)).toLowerCase() || null;
  const path = (hash === -1 ? href : href.slice(0, hash)).replace(/[?].*$/, '');
  if (path === '') return { familySlug: null, anchor, jobFamily: true };
  const at = path.indexOf('job-families/');
  if (at === -1) return { familySlug: null, anchor, jobFamily: false };
  const segments = path
    .slice(at + 'job-families/'.length)
    .split('/')
    .filter((s) => s !== '' && s !== 'index.html');
  const last = segments[segments.length - 1];
  return { familySlug: last ? last.replace(/\.(md|html)$/, '').toLowerCase() : null, anchor, jobFamily: true };
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
