// The data-quality view: the compiler's diagnostics grouped by file and kind
// (model/diagnostics decides the grouping, pages least understood first), each
// with its line (a link to that line of the page's source view), message, hint
// and a link to the role it is about, so page maintainers can fix them.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Graph, Severity } from '@/model/schema';
import { SEVERITIES, type DiagnosticReport } from '@/model/diagnostics';
import { percent, understoodShare, type PageSummary } from '@/model/page-lines';
import { getRole } from '@/model/queries';
import { linkClass } from '@/components/button-class';

const SEVERITY_LOOK: Record<Severity, { label: string; plural: string; className: string }> = {
  error: { label: 'Error', plural: 'Errors', className: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200' },
  warning: { label: 'Warning', plural: 'Warnings', className: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200' },
  info: { label: 'Info', plural: 'Info', className: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200' },
};

const filterClass =
  'rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-50 aria-[current=page]:border-blue-700 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:bg-slate-800';

export function SeverityFilter({ report, severity }: { report: DiagnosticReport; severity: Severity | undefined }) {
  return (
    <nav aria-label="Filter by severity" className="flex flex-wrap gap-2">
      <Link to="/diagnostics" search={{}} activeOptions={{ exact: true }} className={filterClass} aria-current={severity === undefined ? 'page' : undefined}>
        All ({report.total})
      </Link>
      {SEVERITIES.map((s) => (
        <Link key={s} to="/diagnostics" search={{ severity: s }} activeOptions={{ exact: true }} className={filterClass} aria-current={severity === s ? 'page' : undefined}>
          {SEVERITY_LOOK[s].plural} ({report.counts[s]})
        </Link>
      ))}
    </nav>
  );
}

/** A link to a line of a page's source view; plain text for what has no page (the graph as a whole). */
function LineLink({ file, line, children }: { file: string; line: number; children: ReactNode }) {
  if (file.startsWith('(') || line < 1) return <>{children}</>;
  return (
    <Link to="/pages/$" params={{ _splat: file }} hash={`L${line}`} activeOptions={{ includeHash: true }} className={linkClass}>
      {children}
    </Link>
  );
}

function Understood({ page }: { page: PageSummary }) {
  return (
    <span className="font-sans font-normal text-slate-700 dark:text-slate-300">
      {' '}
      · {percent(understoodShare(page))} understood ·{' '}
      <Link to="/pages/$" params={{ _splat: page.file }} className={linkClass}>
        How it was read
      </Link>
    </span>
  );
}

export function DiagnosticsList({ graph, report }: { graph: Graph; report: DiagnosticReport }) {
  if (report.total === 0 && report.files.length === 0) return <p className="mt-6">The compiler reported nothing: every page was understood.</p>;
  if (report.shown === 0 && report.files.length === 0) return <p className="mt-6">Nothing of this severity.</p>;
  return (
    <div className="mt-6 space-y-6">
      {report.files.map((file) => (
        file.count === 0 ? (
          <section key={file.file} aria-labelledby={`file-${file.file}`} className="rounded-lg border border-slate-200 dark:border-slate-800">
            <h2 id={`file-${file.file}`} className="px-4 py-2 font-mono text-sm font-semibold">
              {file.file} <span className="font-sans font-normal text-slate-600 dark:text-slate-400">· nothing reported</span>
              {file.page && <Understood page={file.page} />}
            </h2>
          </section>
        ) : (
        <section key={file.file} aria-labelledby={`file-${file.file}`} className="rounded-lg border border-slate-200 dark:border-slate-800">
          <h2 id={`file-${file.file}`} className="border-b border-slate-200 px-4 py-2 font-mono text-sm font-semibold dark:border-slate-800">
            {file.file} <span className="font-sans font-normal text-slate-600 dark:text-slate-400">· {file.count}</span>
            {file.page && <Understood page={file.page} />}
          </h2>
          {file.kinds.map((kind) => (
            <section key={kind.code} aria-label={`${kind.code} in ${file.file}`} className="px-4 py-3">
              <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
                <span className={`rounded px-1.5 py-0.5 text-xs ${SEVERITY_LOOK[kind.severity].className}`}>{SEVERITY_LOOK[kind.severity].label}</span>
                <code>{kind.code}</code>
                <span className="font-normal text-slate-600 dark:text-slate-400">× {kind.diagnostics.length}</span>
              </h3>
              <ul className="mt-2 space-y-2 text-sm">
                {kind.diagnostics.map((d, i) => {
                  const role = d.roleId ? getRole(graph, d.roleId) : undefined;
                  return (
                    <li key={i} className="grid grid-cols-[5.5rem_1fr] gap-x-3">
                      <span className="font-mono text-slate-600 dark:text-slate-400">
                        <LineLink file={d.file} line={d.line}>
                          line {d.line}
                          {d.column ? `:${d.column}` : ''}
                        </LineLink>
                      </span>
                      <div>
                        <p>{d.message}</p>
                        {d.hint && <p className="text-slate-600 dark:text-slate-400">{d.hint}</p>}
                        {d.related && (
                          <p className="text-slate-600 dark:text-slate-400">
                            See{' '}
                            <LineLink file={d.related.file} line={d.related.line}>
                              {d.related.file}:{d.related.line}
                            </LineLink>
                          </p>
                        )}
                        {role ? (
                          <Link to="/roles/$" params={{ _splat: role.id }} className={linkClass}>
                            Open {role.title}
                          </Link>
                        ) : (
                          d.roleId && <p className="text-slate-600 dark:text-slate-400">Role: {d.roleId}</p>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </section>
        )
      ))}
    </div>
  );
}
