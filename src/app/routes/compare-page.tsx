// /compare?roles=a,b[,c,d][&shared=responsibilities,…]: the roles side by side, opening
// on the differences (rows every role has in the same words fold into "N shared items").
// The URL is the state: adding, removing and reordering roles or showing a section's
// shared rows navigates, so a copied link reopens exactly this view.
// Ids that name no role are named with the closest matches; the rest still show.
import { useEffect, useMemo } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { compareRoles, COMPARED_SECTIONS, MAX_COMPARED, type ComparedSection, type InvalidId } from '@/model/compare';
import { sharedCount } from '@/model/compare-fold';
import { comparisonMarkdown } from '@/model/markdown';
import { getRole } from '@/model/queries';
import { linkClass } from '@/components/button-class';
import { CompareView } from '@/features/compare/compare-view';
import { AppSearchBox } from '../app-search-box';
import { ShareBar } from '@/features/share/share-bar';
import { idList, idParam, type CompareSearch } from '../search-params';

export function ComparePage({ graph, search }: { graph: Graph; search: CompareSearch }) {
  const navigate = useNavigate();
  const full = useMemo(() => compareRoles(graph, idList(search.roles)), [graph, search.roles]);
  const expanded = new Set(idList(search.shared).filter((s): s is ComparedSection => (COMPARED_SECTIONS as readonly string[]).includes(s)));
  const foldable = full.columns.length > 1 && COMPARED_SECTIONS.some((s) => sharedCount(full.sections[s]) > 0);
  const allShown = foldable && COMPARED_SECTIONS.every((s) => expanded.has(s) || sharedCount(full.sections[s]) === 0);
  const ids = full.columns.map((c) => c.role.id);
  const titles = full.columns.map((c) => c.role.title);

  useEffect(() => {
    document.title = titles.length ? `Compare ${titles.join(' and ')} · Rungs` : 'Compare roles · Rungs';
  }, [titles.join('\n')]); // eslint-disable-line react-hooks/exhaustive-deps

  const go = (patch: Partial<CompareSearch>, replace = false) =>
    void navigate({ to: '/compare', search: (prev: CompareSearch) => ({ ...prev, ...patch }), replace });
  const setRoles = (next: string[]) => go({ roles: idParam(next) });
  const showShared = (sections: ComparedSection[], show: boolean) => {
    const next = COMPARED_SECTIONS.filter((s) => (sections.includes(s) ? show : expanded.has(s)));
    go({ shared: idParam(next) }, true);
  };
  const move = (id: string, by: -1 | 1) => {
    const next = [...ids];
    const at = next.indexOf(id);
    [next[at], next[at + by]] = [next[at + by]!, next[at]!];
    setRoles(next);
  };
  /** Replaces an unknown id by a suggestion, keeping its place among the valid ones. */
  const applySuggestion = (wrong: string, right: string) =>
    setRoles(idList(search.roles).map((id) => (id === wrong ? right : id)).filter((id, i, all) => !!getRole(graph, id) && all.indexOf(id) === i).slice(0, MAX_COMPARED));

  return (
    <main className="relative h-full overflow-y-auto px-4 py-6 sm:px-6" data-print="flow">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Compare roles</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-print="hide">
            Up to {MAX_COMPARED} roles from any family. Rows line up the same item across roles; items every role has in the same words are folded.
          </p>
        </div>
        <ShareBar
          printLabel="Print comparison"
          name={`compare-${titles.join('-vs-')}`}
          markdown={full.columns.length ? () => comparisonMarkdown(graph, full) : undefined}
        />
      </div>

      {full.invalid.length > 0 && <InvalidIds graph={graph} invalid={full.invalid} onSuggestion={applySuggestion} />}

      <div className="mt-4 flex flex-wrap items-end gap-x-6 gap-y-3" data-print="hide">
        <div className="w-80 max-w-full">
          <AppSearchBox
            label={ids.length >= MAX_COMPARED ? `Add a role (at most ${MAX_COMPARED}: remove one first)` : 'Add a role to the comparison'}
            showLabel
            placeholder="Type a role title…"
            shortcut={false}
            exclude={ids}
            disabled={ids.length >= MAX_COMPARED}
            onPick={(id) => setRoles([...ids, id])}
          />
        </div>
        {foldable && (
          <label className="flex h-9 items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={allShown} onChange={(e) => showShared([...COMPARED_SECTIONS], e.target.checked)} />
            Show shared items
          </label>
        )}
        <Legend />
      </div>

      {full.columns.length === 0 ? (
        <p className="mt-6">
          Add roles above, pick them on the ladder (shift-click), or use “Compare” under “What's next” in a role's panel.{' '}
          <Link to="/" className={linkClass}>
            Go to the ladder
          </Link>
          .
        </p>
      ) : (
        <>
          {full.columns.length === 1 && <p className="mt-4 text-slate-700 dark:text-slate-300">Add another role to see the differences.</p>}
          <div className="mt-6">
            <CompareView
              graph={graph}
              comparison={full}
              expanded={expanded}
              onShowShared={(section, show) => showShared([section], show)}
              onRemove={(id) => setRoles(ids.filter((x) => x !== id))}
              onMove={move}
            />
          </div>
        </>
      )}
    </main>
  );
}

function Legend() {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      <span className="rounded bg-emerald-100 px-1 font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">new vs left</span> not in the column on its left
      <span className="rounded bg-violet-100 px-1 font-semibold text-violet-900 dark:bg-violet-900 dark:text-violet-100">reworded</span>
      <span>
        <del className="bg-rose-100 dark:bg-rose-900/60">removed</del> / <ins className="bg-emerald-100 dark:bg-emerald-900/60">added</ins> words
      </span>
    </p>
  );
}

function InvalidIds({ graph, invalid, onSuggestion }: { graph: Graph; invalid: InvalidId[]; onSuggestion: (wrong: string, right: string) => void }) {
  return (
    <div role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-print="hide">
      <ul className="space-y-1">
        {invalid.map((bad) => (
          <li key={`${bad.reason}-${bad.id}`}>
            {bad.reason === 'unknown' && (
              <>
                Unknown role id <code className="rounded bg-amber-100 px-1 dark:bg-amber-900">{bad.id}</code>: not shown.
                {bad.suggestions.length > 0 && ' Did you mean '}
                {bad.suggestions.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ' or '}
                    <button type="button" className="font-medium underline underline-offset-2" onClick={() => onSuggestion(bad.id, id)}>
                      {getRole(graph, id)?.title ?? id}
                    </button>
                  </span>
                ))}
                {bad.suggestions.length > 0 && '?'}
              </>
            )}
            {bad.reason === 'duplicate' && (
              <>
                <code className="rounded bg-amber-100 px-1 dark:bg-amber-900">{bad.id}</code> is listed twice; it is shown once.
              </>
            )}
            {bad.reason === 'too-many' && (
              <>
                At most {MAX_COMPARED} roles side by side: <code className="rounded bg-amber-100 px-1 dark:bg-amber-900">{bad.id}</code> was left out.
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
