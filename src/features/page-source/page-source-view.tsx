// How one page was read: its source lines (as text, never as HTML) beside what each
// became in the graph, with the page's figure, its levels and its diagnostics as
// jump links. The words come from model/page-lines-text; this file only renders.
// Wide screens show source and meaning side by side; phones stack them.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Diagnostic, Severity } from '@/model/schema';
import { lineStatuses, percent, summarizePage, understoodShare, type LineStatus, type Owner, type PageLines } from '@/model/page-lines';
import { meaningParts, shownMeanings, STATUS_WORDS, type Part } from '@/model/page-lines-text';
import { linkClass } from '@/components/button-class';

const STATUS_LOOK: Record<LineStatus, string> = {
  understood: 'border-emerald-600 dark:border-emerald-500',
  kept: 'border-slate-400 dark:border-slate-500',
  neutral: 'border-transparent',
  missed: 'border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40',
  blank: 'border-transparent',
};

const SEVERITY_LOOK: Record<Severity, string> = {
  error: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
};

function OwnerLink({ owner }: { owner: Owner }) {
  if (owner.kind === 'role' || owner.kind === 'external')
    return (
      <Link to="/roles/$" params={{ _splat: owner.id }} className={linkClass}>
        {owner.title}
      </Link>
    );
  if (owner.kind === 'family')
    return (
      <Link to="/families/$familyId" params={{ familyId: owner.id }} className={linkClass}>
        {owner.title}
      </Link>
    );
  return <span className="font-medium">{owner.title}</span>;
}

function Parts({ parts }: { parts: readonly Part[] }) {
  return parts.map((p, i) => (typeof p === 'string' ? <span key={i}>{p}</span> : <OwnerLink key={i} owner={p.owner} />));
}

/** A link to a line of this page (the route highlights it and scrolls it into view). */
export function LineLink({ file, line, children }: { file: string; line: number; children: ReactNode }) {
  return (
    <Link to="/pages/$" params={{ _splat: file }} hash={`L${line}`} activeOptions={{ includeHash: true }} className={linkClass}>
      {children}
    </Link>
  );
}

function DiagnosticNote({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <p className="mt-1">
      <span className={`mr-1.5 rounded px-1.5 py-0.5 text-xs font-semibold ${SEVERITY_LOOK[diagnostic.severity]}`}>{diagnostic.severity}</span>
      <code className="mr-1.5 text-xs">{diagnostic.code}</code>
      {diagnostic.message}
      {diagnostic.hint && <span className="block text-slate-600 dark:text-slate-400">{diagnostic.hint}</span>}
    </p>
  );
}

function Summary({ page }: { page: PageLines }) {
  const summary = summarizePage(page);
  const levels = page.lines.flatMap((l, i) => l.meanings.flatMap((m) => (m.kind === 'level' ? [{ owner: m.owner, line: i + 1 }] : [])));
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-2">
      <section aria-labelledby="understood-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="understood-title" className="font-semibold">
          {percent(understoodShare(summary))} understood
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Of {summary.counted} lines with content, {summary.understood} became part of a level or the family, {summary.kept} {summary.kept === 1 ? 'was' : 'were'} kept as
          text of other sections and {summary.missed} {summary.missed === 1 ? 'was' : 'were'} ignored.
        </p>
        {levels.length > 0 && (
          <>
            <h3 className="mt-3 text-sm font-semibold">Levels on this page</h3>
            <ul className="mt-1 space-y-0.5 text-sm">
              {levels.map((l) => (
                <li key={l.line}>
                  <LineLink file={page.file} line={l.line}>
                    line {l.line}
                  </LineLink>{' '}
                  · <OwnerLink owner={l.owner} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="page-diagnostics-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="page-diagnostics-title" className="font-semibold">
          What the compiler noticed ({page.diagnostics.length})
        </h2>
        {page.diagnostics.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Nothing: the page was read without a remark.</p>
        ) : (
          <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto text-sm">
            {page.diagnostics.map((d, i) => (
              <li key={i}>
                {d.line > 0 ? (
                  <LineLink file={page.file} line={d.line}>
                    line {d.line}
                  </LineLink>
                ) : (
                  'page'
                )}
                : <code className="text-xs">{d.code}</code> {d.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const filterClass =
  'rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-50 aria-[current=page]:border-blue-700 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:bg-slate-800';

export function PageSourceView({ page, highlighted, unreadOnly = false }: { page: PageLines; highlighted: number | null; unreadOnly?: boolean }) {
  const statuses = lineStatuses(page);
  const notes = new Map<number, Diagnostic[]>();
  for (const d of page.diagnostics) notes.set(d.line, [...(notes.get(d.line) ?? []), d]);
  const unread = (n: number) => statuses[n - 1] === 'kept' || statuses[n - 1] === 'missed' || notes.has(n);
  const unreadCount = page.lines.filter((_, i) => unread(i + 1)).length;
  return (
    <>
      <Summary page={page} />
      <h2 className="mt-6 font-semibold">Source lines and what each became</h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        A green bar marks a line that became part of a level or the family, grey text kept in another section, red a line that was ignored.
      </p>
      <nav aria-label="Which lines to show" className="mt-3 flex flex-wrap gap-2">
        <Link to="/pages/$" params={{ _splat: page.file }} search={{}} activeOptions={{ exact: true }} className={filterClass} aria-current={unreadOnly ? undefined : 'page'}>
          All lines ({page.lines.length})
        </Link>
        <Link to="/pages/$" params={{ _splat: page.file }} search={{ only: 'unread' }} activeOptions={{ exact: true }} className={filterClass} aria-current={unreadOnly ? 'page' : undefined}>
          Not understood or noted ({unreadCount})
        </Link>
      </nav>
      {unreadOnly && unreadCount === 0 && <p className="mt-3">Every line of this page was understood, and the compiler noted nothing.</p>}
      <ol aria-label={`Lines of ${page.file}`} className="mt-3 rounded-lg border border-slate-200 text-sm dark:border-slate-800">
        {page.lines.map((line, i) => {
          const n = i + 1;
          const shown = (k: number) => !unreadOnly || unread(k) || k === highlighted;
          if (!shown(n)) return null;
          // In the filtered view, a rule marks lines left out above.
          const gap = unreadOnly && n > 1 && !shown(n - 1) ? 'border-t-2 border-t-slate-300 dark:border-t-slate-600' : '';
          const status = statuses[i]!;
          const current = n === highlighted;
          const meanings = shownMeanings(line.meanings);
          const lineNotes = notes.get(n) ?? [];
          return (
            <li
              key={n}
              id={`L${n}`}
              tabIndex={-1}
              aria-current={current ? 'location' : undefined}
              data-status={status}
              className={`grid scroll-mt-24 grid-cols-[3rem_minmax(0,1fr)] gap-x-3 border-l-4 px-2 py-0.5 outline-none focus-visible:ring-2 focus-visible:ring-blue-600 lg:grid-cols-[3.5rem_minmax(0,1fr)_minmax(0,1fr)] ${STATUS_LOOK[status]} ${gap} ${
                current ? 'bg-amber-100 ring-2 ring-amber-500 dark:bg-amber-950' : ''
              }`}
            >
              <span className="text-right font-mono text-slate-600 select-none dark:text-slate-400">{n}</span>
              <span className="font-mono whitespace-pre-wrap break-words text-slate-900 dark:text-slate-100">{line.text === '' ? '\u00a0' : line.text}</span>
              {(meanings.length > 0 || lineNotes.length > 0) && (
                <div className="col-start-2 pb-1 text-slate-800 lg:col-start-3 lg:pb-0 dark:text-slate-200">
                  {status !== 'understood' && status !== 'blank' && (
                    <span className="sr-only">{STATUS_WORDS[status]}: </span>
                  )}
                  {meanings.map((m, j) => (
                    <p key={j} className={status === 'neutral' ? 'text-slate-600 dark:text-slate-400' : undefined}>
                      <Parts parts={meaningParts(m)} />
                    </p>
                  ))}
                  {lineNotes.map((d, j) => (
                    <DiagnosticNote key={j} diagnostic={d} />
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
