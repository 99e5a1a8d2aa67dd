// /pages/<file>#L<line>: how one page was read, the line named in the hash
// highlighted and scrolled into view. Loaded as its own chunk (never in the first
// view); the page's line map is fetched by the route's loader.
import { useEffect } from 'react';
import { Link, useLocation, useParams, useSearch } from '@tanstack/react-router';
import { closestPages } from '@/model/page-lines';
import { NotFound } from '@/components/not-found';
import { linkClass } from '@/components/button-class';
import { LineLink, PageSourceView } from '@/features/page-source/page-source-view';
import { useGraphState } from '../graph-state';
import { Loading } from './loading';

const pageFileOf = (splat: string | undefined) => (splat ?? '').replace(/^\/+|\/+$/g, '');

/** "#L12" → 12. */
function lineOf(hash: string): number | null {
  const m = /^#?L(\d+)$/.exec(hash);
  return m ? Number(m[1]) : null;
}

function PageNotKnown({ file, suggestions }: { file: string; suggestions: string[] }) {
  useEffect(() => {
    document.title = 'Not found · Rungs';
  }, []);
  return (
    <NotFound
      title="No such page"
      suggestions={
        suggestions.length > 0
          ? suggestions.map((s) => (
              <li key={s} className="px-4 py-2.5">
                <LineLink file={s} line={1}>
                  {s}
                </LineLink>
              </li>
            ))
          : undefined
      }
    >
      <p>
        No job-family page <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{file || '(empty)'}</code> was compiled into this site.
        Page paths are relative to the compiled folder, as in the <Link to="/diagnostics" className={linkClass}>data-quality list</Link>, which
        links to every page.
      </p>
    </NotFound>
  );
}

export function PageSourcePage() {
  const file = pageFileOf(useParams({ strict: false })._splat);
  const hash = useLocation({ select: (l) => l.hash });
  const unreadOnly = useSearch({ strict: false, select: (s: { only?: string }) => s.only === 'unread' });
  const { pages, pageLines, failed } = useGraphState();
  const page = pageLines.get(file);
  const highlighted = lineOf(hash);

  useEffect(() => {
    if (page) document.title = `How ${file} was read · Rungs`;
  }, [page, file]);
  useEffect(() => {
    if (!page || highlighted === null) return;
    const row = document.getElementById(`L${highlighted}`);
    row?.scrollIntoView?.({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [page, highlighted]);

  if (!page) {
    if (failed.has(`page:${file}`) || failed.has('pages')) throw new Error(failed.get(`page:${file}`) ?? failed.get('pages'));
    if (pages === null) return <Loading what="Loading the page's lines…" />;
    return <PageNotKnown file={file} suggestions={closestPages(pages ?? [], file)} />;
  }
  return (
    <main className="h-full overflow-y-auto" data-print="flow">
      <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        <p className="text-sm">
          <Link to="/diagnostics" className={linkClass}>
            Data quality
          </Link>
          {page.family && (
            <>
              {' · '}
              <Link to="/families/$familyId" params={{ familyId: page.family.id }} className={linkClass}>
                Ladder of {page.family.title}
              </Link>
            </>
          )}
        </p>
        <h1 className="mt-1 text-2xl font-semibold">How this page was read</h1>
        <p className="mt-1 font-mono text-sm break-all text-slate-700 dark:text-slate-300">{file}</p>
        <PageSourceView page={page} highlighted={highlighted} unreadOnly={unreadOnly} />
      </div>
    </main>
  );
}
