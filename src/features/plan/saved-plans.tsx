// Every plan saved in this browser, with links back to each, "Clear all", and
// the records that could not be read (kept aside, with why, until deleted).
import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { buttonClass, linkClass } from '@/components/button-class';
import { asideRecords, clearAllPlans, loadAllPlans, removeKey } from '@/model/plan-storage';
import { usePlanStore } from './plan-store';

export function SavedPlans() {
  const { store, revision, ready } = usePlanStore();
  // revision: re-read after every write
  const { plans, aside } = useMemo(() => (ready ? { plans: loadAllPlans(store.kv).plans, aside: asideRecords(store.kv) } : { plans: [], aside: [] }), [store, revision, ready]);
  if (plans.length === 0 && aside.length === 0) return null;
  return (
    <section aria-labelledby="saved-plans-title" className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800" data-print="hide">
      <h2 id="saved-plans-title" className="text-lg font-semibold">
        Plans saved in this browser
      </h2>
      {plans.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {plans.map((p) => (
            <li key={`${p.from} ${p.to}`}>
              <Link to="/plan" search={{ from: p.from, to: p.to }} className={linkClass}>
                {p.fromTitle} → {p.toTitle}
              </Link>{' '}
              <span className="text-slate-700 dark:text-slate-300">(saved {new Date(p.updatedAt).toLocaleDateString()})</span>
            </li>
          ))}
        </ul>
      )}
      {aside.length > 0 && (
        <div role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
          <p className="font-semibold">{aside.length === 1 ? 'A saved plan could not be read' : `${aside.length} saved plans could not be read`}; kept aside, not used:</p>
          <ul className="mt-1 list-disc pl-5">
            {aside.map((a) => (
              <li key={a.key}>
                {a.was.replace(/^rungs:plan:/, '').replace(' ', ' → ')}: {a.problem.message}.{' '}
                <button
                  type="button"
                  className="text-blue-700 underline dark:text-sky-300"
                  onClick={() => {
                    removeKey(store.kv, a.key);
                    store.changed();
                  }}
                >
                  Delete it
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className={`${buttonClass} mt-3`}
        onClick={() => {
          clearAllPlans(store.kv);
          store.changed();
        }}
      >
        Clear all plans
      </button>
    </section>
  );
}
