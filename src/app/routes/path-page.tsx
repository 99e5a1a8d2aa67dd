// /path?from=<id>&to=<id>: the route up the ladder between two roles, with
// pickers to change either end. The URL is the state; "Show on ladder" opens
// the ladder with the route highlighted (/?path=from,to).
import { useEffect, useMemo } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { findPath } from '@/model/path';
import { getRole } from '@/model/queries';
import { buttonClass } from '@/components/button-class';
import { NoRouteView, PathSteps } from '@/features/path/path-view';
import { AppSearchBox } from '../app-search-box';
import { ShareBar } from '@/features/share/share-bar';
import type { PathSearch } from '../search-params';

export function PathPage({ graph, search }: { graph: Graph; search: PathSearch }) {
  const navigate = useNavigate();
  const { from, to } = search;
  const result = useMemo(() => (from && to ? findPath(graph, from, to) : null), [graph, from, to]);
  const fromRole = from ? getRole(graph, from) : undefined;
  const toRole = to ? getRole(graph, to) : undefined;

  useEffect(() => {
    document.title = fromRole && toRole ? `Path from ${fromRole.title} to ${toRole.title} · Rungs` : 'Promotion path · Rungs';
  }, [fromRole, toRole]);

  const set = (patch: PathSearch) => void navigate({ to: '/path', search: (prev: PathSearch) => ({ ...prev, ...patch }) });
  // An unknown end is the one a suggestion replaces; otherwise suggestions are new targets.
  const retarget = (id: string) => (from && !fromRole ? { from: id, to } : { from, to: id });

  return (
    <main className="mx-auto h-full max-w-4xl overflow-y-auto px-6 py-6" data-print="flow">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">Promotion path</h1>
        <div className="flex flex-wrap items-center gap-2">
          {result?.found && (
            <Link to="/" search={{ path: `${result.from.id},${result.to.id}` }} className={buttonClass} data-print="hide">
              Show on ladder
            </Link>
          )}
          {result?.found && result.steps.length > 0 && (
            <Link to="/plan" search={{ from: result.from.id, to: result.to.id }} className={buttonClass} data-print="hide">
              Make a plan
            </Link>
          )}
          <ShareBar printLabel="Print path" />
        </div>
      </div>

      <div className="mt-4 grid gap-4 sm:grid-cols-2" data-print="hide">
        <RoleEnd graph={graph} label="From" roleId={from} onPick={(id) => set({ from: id })} />
        <RoleEnd graph={graph} label="To" roleId={to} onPick={(id) => set({ to: id })} />
      </div>

      {!result && <p className="mt-6 text-slate-700 dark:text-slate-300">Pick the role you are in and the role you want to reach.</p>}
      {result?.found && <PathSteps graph={graph} path={result} />}
      {result && !result.found && <NoRouteView result={result} retarget={retarget} />}
    </main>
  );
}

function RoleEnd({ graph, label, roleId, onPick }: { graph: Graph; label: string; roleId: string | undefined; onPick: (id: string) => void }) {
  const role = roleId ? getRole(graph, roleId) : undefined;
  return (
    <div>
      <AppSearchBox label={`${label} role`} showLabel placeholder="Type a role title…" shortcut={false} onPick={onPick} />
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {role ? (
          <>
            {label}: <strong>{role.title}</strong>
          </>
        ) : roleId ? (
          <>
            {label}: unknown id <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{roleId}</code>
          </>
        ) : (
          `${label}: not chosen yet`
        )}
      </p>
    </div>
  );
}
