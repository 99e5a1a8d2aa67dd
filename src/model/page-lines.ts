// How one page was read, line by line: the contract between the compiler's
// line-map stage (src/compiler/line-map.ts, build time) and the page-source view.
// Each source line carries what it became in the graph (a level heading, a grade
// sentence, an item of a role's list, an inheritance line, a reporting line, kept
// text…), or why it was ignored. Pure helpers here decide what counts as understood
// and say a meaning in words; components only render.
import type { z } from 'zod';
import type { meaningSchema, ownerSchema, pageLinesSchema, pageSummarySchema } from './page-lines-schema.ts';

export type Owner = z.infer<typeof ownerSchema>;
export type Meaning = z.infer<typeof meaningSchema>;
export type PageLines = z.infer<typeof pageLinesSchema>;
export type PageSummary = z.infer<typeof pageSummarySchema>;

export type LineStatus = 'understood' | 'kept' | 'neutral' | 'missed' | 'blank';

const UNDERSTOOD_NOT: ReadonlySet<Meaning['kind']> = new Set(['ignored', 'syntax', 'section', 'front-matter']);

/**
 * A blank line; a line that is only syntax or an unused front-matter field (neutral);
 * a line that became part of a role, a level or the family (understood); text kept in
 * a section the compiler has no meaning for (kept); or a line that became nothing (missed).
 */
export function lineStatus(text: string, meanings: readonly Meaning[]): LineStatus {
  if (text.trim() === '') return 'blank';
  if (meanings.some((m) => !UNDERSTOOD_NOT.has(m.kind) || (m.kind === 'front-matter' && m.used))) return 'understood';
  if (meanings.some((m) => m.kind === 'section')) return 'kept';
  if (meanings.some((m) => m.kind === 'syntax' || m.kind === 'front-matter')) return 'neutral';
  return 'missed';
}

/** A continued line counts as the line it continues. */
function statuses(page: Pick<PageLines, 'lines'>): LineStatus[] {
  const out: LineStatus[] = [];
  page.lines.forEach((l, i) => {
    const continued = l.meanings.find((m) => m.kind === 'continues');
    out.push(continued && continued.kind === 'continues' && continued.line - 1 < i ? out[continued.line - 1]! : lineStatus(l.text, l.meanings));
  });
  return out;
}

export function lineStatuses(page: Pick<PageLines, 'lines'>): LineStatus[] {
  return statuses(page);
}

export function summarizePage(page: Pick<PageLines, 'file' | 'lines'>): PageSummary {
  const counts = { understood: 0, kept: 0, missed: 0 };
  for (const status of statuses(page)) if (status === 'understood' || status === 'kept' || status === 'missed') counts[status]++;
  return { file: page.file, counted: counts.understood + counts.kept + counts.missed, ...counts };
}

/** Share of a page's counted lines that were understood, 0–1 (1 for a page with nothing to read). */
export function understoodShare(summary: PageSummary): number {
  return summary.counted === 0 ? 1 : summary.understood / summary.counted;
}

export function percent(share: number): string {
  // Never round a page with a missed line up to 100 %.
  const value = Math.floor(share * 100);
  return `${value} %`;
}

/** Pages, least understood first (ties by file name). */
export function worstFirst(summaries: readonly PageSummary[]): PageSummary[] {
  return [...summaries].sort((a, b) => understoodShare(a) - understoodShare(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}


/** Page files closest to a wanted one (a mistyped or renamed link): most shared words first. */
export function closestPages(summaries: readonly PageSummary[], wanted: string, limit = 5): string[] {
  const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && w !== 'md' && w !== 'txt'));
  const want = words(wanted);
  return summaries
    .map((s) => ({ file: s.file, shared: [...words(s.file)].filter((w) => want.has(w)).length }))
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared || (a.file < b.file ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.file);
}
