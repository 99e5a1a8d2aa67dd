// /plan?from=<id>&to=<id>: a private readiness plan for one step. "I am here"
// (from) and the target (to; by default the first next step) live in the URL,
// nothing else: statuses and notes stay in this browser (features/plan).
// Loaded as its own chunk (router.tsx), so the first view does not carry it.
import { useEffect } from 'react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { familyStatus } from '@/model/graph-store';
import { nextSteps, stepSummary } from '@/model/next-steps';
import { getFamily, getRole } from '@/model/queries';
import { linkClass } from '@/components/button-class';
import { PlanView } from '@/features/plan/plan-view';
import { PlanImport } from '@/features/plan/plan-import';
import { SavedPlans } from '@/features/plan/saved-plans';
import { usePlan } from '@/features/plan/use-plan';
import { AppSearchBox } from '../app-search-box';
import { useGraphState, useGraphStore } from '../graph-state';
import type { PathSearch } from '../search-params';

const route = getRouteApi('/plan');

export function PlanRoute() {
  const { graph } = useGraphState();
  return <PlanPage graph={graph} search={route.useSearch()} />;
}

export function PlanPage({ graph, search }: { graph: Graph; search: PathSearch }) {
  const navigate = useNavigate();
  const from = search.from ? getRole(graph, search.from) : undefined;
  const steps = from ? nextSteps(graph, from.id) : [];
  const toId = search.to ?? steps[0]?.role.id;
  const to = toId ? getRole(graph, toId) : undefined;
  const go = (next: PathSearch) => void navigate({ to: '/plan', search: next });

  useEffect(() => {
    document.title = from && to ? `Plan: ${from.title} → ${to.title} · Rungs` : 'Plan my next step · Rungs';
  }, [from, to]);

  return (
    <main className="mx-auto h-full max-w-4xl overflow-y-auto px-4 py-6 sm:px-6" data-print="flow">
      <h1 className="text-2xl font-semibold">Plan my next step</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mr-1 inline h-4 w-4 align-[-2px]" fill="none" stroke="currentColor" strokeWidth="1.8">
          <rect x="4" y="9" width="12" height="8" rx="1.5" />
          <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
        </svg>
        Private: your plan is saved only in this browser and nothing is sent anywhere; links carry only the two roles.
      </p>

      <div className="mt-4 grid gap-4 sm:grid-cols-2" data-print="hide">
        <div>
          <AppSearchBox label="I am here" showLabel placeholder="Type your current role…" shortcut={false} onPick={(id) => go({ from: id })} />
          <p className="mt-1 text-sm">
            {from ? (
              <>
                Your role: <strong>{from.title}</strong>
              </>
            ) : search.from ? (
              <>
                Unknown role id <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{search.from}</code>
              </>
            ) : (
              'Pick the role you are in.'
            )}
          </p>
        </div>
        {from && (
          <div>
            <AppSearchBox label="Target role" showLabel placeholder="Type the role you want to reach…" shortcut={false} exclude={[from.id]} onPick={(id) => go({ from: from.id, to: id })} />
            <p className="mt-1 text-sm">{to ? <>Target: <strong>{to.title}</strong></> : toId ? `Unknown role id ${toId}` : 'No next step on this ladder: pick a target.'}</p>
          </div>
        )}
      </div>

      {from && steps.length > 0 && (
        <nav aria-label="Next steps from your role" className="mt-4" data-print="hide">
          <h2 className="text-sm font-semibold">Next steps from {from.title}</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {steps.map((step) => {
              const current = step.role.id === to?.id;
              const family = step.via === 'flows-into' && step.role.familyId ? getFamily(graph, step.role.familyId)?.title : undefined;
              return (
                <li key={step.role.id}>
                  <Link
                    to="/plan"
                    search={{ from: from.id, to: step.role.id }}
                    aria-current={current ? 'page' : undefined}
                    className={`block rounded-md border px-3 py-1.5 text-sm ${current ? 'border-blue-700 bg-blue-50 font-semibold dark:border-sky-300 dark:bg-sky-950' : 'border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800'}`}
                  >
                    {step.role.title}
                    <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">{stepSummary(step, family)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}

      {from && to && <PlanBody graph={graph} fromId={from.id} toId={to.id} />}

      <PlanImport onImported={(f, t) => go({ from: f, to: t })} />
      <SavedPlans />
      {from && (
        <p className="mt-6 text-sm" data-print="hide">
          <Link to="/roles/$" params={{ _splat: from.id }} className={linkClass}>
            Back to {from.title} on the ladder
          </Link>
        </p>
      )}
    </main>
  );
}

/** The plan once both roles' text is here; the loading or failure message until then. */
function PlanBody({ graph, fromId, toId }: { graph: Graph; fromId: string; toId: string }) {
  const state = useGraphState();
  const store = useGraphStore();
  const families = [getRole(graph, fromId)?.familyId, getRole(graph, toId)?.familyId];
  const statuses = families.map((f) => familyStatus(state, f));
  const handle = usePlan(graph, fromId, toId);
  if (statuses.includes('failed')) {
    return (
      <p role="alert" className="mt-6">
        The text of these roles could not be loaded.{' '}
        <button type="button" className="text-blue-700 underline dark:text-sky-300" onClick={() => void store.ensureFamilies(families)?.catch(() => undefined)}>
          Try again
        </button>
      </p>
    );
  }
  if (statuses.some((s) => s !== 'ready')) {
    void store.ensureFamilies(families)?.catch(() => undefined);
    return (
      <p role="status" className="mt-6 text-sm">
        Loading the roles' text…
      </p>
    );
  }
  if (!('plan' in handle)) {
    return <p className="mt-6">{handle.code === 'same-role' ? 'Pick a target other than the role you are in.' : `There is no role "${handle.id}".`}</p>;
  }
  return (
    <>
      {handle.problem && (
        <p role="alert" className="mt-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
          Your saved plan for this step could not be read ({handle.problem.problem.message}). It was kept aside (see below) and this plan starts afresh.
        </p>
      )}
      {!handle.persistent && (
        <p role="alert" className="mt-4 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
          This browser does not let Rungs keep plans: this one lasts until you close the tab. Download it as Markdown to keep it.
        </p>
      )}
      <PlanView handle={handle} />
    </>
  );
}
