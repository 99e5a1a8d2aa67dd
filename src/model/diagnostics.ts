// The compiler's diagnostics arranged for the data-quality view: counted by
// severity, filtered to one severity when asked, then grouped by file and,
// within a file, by kind (code), each kind's diagnostics in line order. With the
// pages' summaries (how much of each page was understood), every page is listed,
// least understood first, also those with nothing reported (unless filtered):
// a page read badly without a word is the one most worth a look.
import type { Diagnostic, Severity } from './schema';
import { type PageSummary, understoodShare } from './page-lines';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface DiagnosticKind {
  code: string;
  /** The most severe severity among the kind's diagnostics (a code normally has one). */
  severity: Severity;
  diagnostics: Diagnostic[];
}

export interface DiagnosticFile {
  file: string;
  count: number;
  kinds: DiagnosticKind[];
  /** How much of the page was understood, when the summaries are known. */
  page?: PageSummary;
}

export interface DiagnosticReport {
  /** Counts over all diagnostics, before the filter. */
  counts: Record<Severity, number>;
  total: number;
  /** Diagnostics left after the filter. */
  shown: number;
  /** Files with diagnostics and, unless filtered by severity, every other page (count 0). */
  files: DiagnosticFile[];
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

export function groupDiagnostics(diagnostics: readonly Diagnostic[], severity?: Severity, pages: readonly PageSummary[] = []): DiagnosticReport {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  const kept = severity ? diagnostics.filter((d) => d.severity === severity) : diagnostics;

  const byPage = new Map(pages.map((p) => [p.file, p]));
  // Files without a summary (the whole graph, a page that failed to read) after the pages.
  const share = (f: DiagnosticFile) => (f.page ? understoodShare(f.page) : 2);
  const byFile = new Map<string, Map<string, Diagnostic[]>>();
  for (const d of kept) {
    const kinds = byFile.get(d.file) ?? byFile.set(d.file, new Map()).get(d.file)!;
    (kinds.get(d.code) ?? kinds.set(d.code, []).get(d.code)!).push(d);
  }
  if (!severity) for (const p of pages) if (!byFile.has(p.file)) byFile.set(p.file, new Map());
  const files = [...byFile.entries()]
    .map(([file, kinds]): DiagnosticFile => {
      const list = [...kinds.entries()]
        .map(([code, items]): DiagnosticKind => ({
          code,
          severity: items.reduce<Severity>((worst, d) => (rank(d.severity) < rank(worst) ? d.severity : worst), 'info'),
          diagnostics: [...items].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)),
        }))
        .sort((a, b) => rank(a.severity) - rank(b.severity) || a.code.localeCompare(b.code));
      return { file, count: list.reduce((n, k) => n + k.diagnostics.length, 0), kinds: list, page: byPage.get(file) };
    })
    .sort((a, b) => share(a) - share(b) || a.file.localeCompare(b.file));
  return { counts, total: diagnostics.length, shown: kept.length, files };
}
