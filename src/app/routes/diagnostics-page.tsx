// /diagnostics[?severity=error|warning|info]: what the compiler reported about
// the job-family pages, for the people who maintain them.
import { useEffect, useMemo } from 'react';
import type { Graph } from '@/model/schema';
import { groupDiagnostics } from '@/model/diagnostics';
import { DiagnosticsList, SeverityFilter } from '@/features/diagnostics/diagnostics-view';
import type { DiagnosticsSearch } from '../search-params';
import { useGraphState } from '../graph-state';

export function DiagnosticsPage({ graph, search }: { graph: Graph; search: DiagnosticsSearch }) {
  const { pages } = useGraphState();
  const report = useMemo(() => groupDiagnostics(graph.diagnostics, search.severity, pages ?? []), [graph, search.severity, pages]);
  useEffect(() => {
    document.title = 'Data quality · Rungs';
  }, []);
  return (
    <main className="h-full overflow-y-auto" data-print="flow">
      <div className="mx-auto max-w-5xl px-6 py-6">
        <h1 className="text-2xl font-semibold">Data quality</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          What the compiler noticed in the job-family pages: {report.counts.error} errors, {report.counts.warning} warnings, {report.counts.info} notes
          {' '}in {new Set(graph.diagnostics.map((d) => d.file)).size} files.
          {pages && pages.length > 0 && ' Pages are listed least understood first: the share of their lines that became part of a level or the family.'}
        </p>
        <div className="mt-4">
          <SeverityFilter report={report} severity={search.severity} />
        </div>
        <DiagnosticsList graph={graph} report={report} />
      </div>
    </main>
  );
}
