// The role panel's way into plans: "Plan my next step", and for each plan saved
// from this role, a link to it with a quiet "N changes since your last visit"
// when the pages changed since the person last reviewed it. Counts only plans
// whose target's text is loaded (the panel does not fetch other families for it).
import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import type { Graph, Role } from '@/model/schema';
import { buildPlan, isPlan } from '@/model/plan';
import { matchPlan } from '@/model/plan-match';
import { loadAllPlans } from '@/model/plan-storage';
import { getRole } from '@/model/queries';
import { linkClass } from '@/components/button-class';
import { usePlanStore } from './plan-store';

const hasText = (role: Role | undefined) => !!role && role.responsibilities.length + role.requirements.length > 0;

export function PlanEntry({ graph, role }: { graph: Graph; role: Role }) {
  const { store, revision, ready } = usePlanStore();
  // revision: re-read after every write
  const plans = useMemo(() => (ready ? loadAllPlans(store.kv).plans.filter((p) => p.from === role.id) : []), [store, revision, ready, role.id]);
  const rows = plans.map((record) => {
    const target = getRole(graph, record.to);
    const plan = hasText(target) && hasText(role) ? buildPlan(graph, role.id, record.to) : null;
    const changes = plan && isPlan(plan) ? matchPlan(plan.items, record.entries).changes : 0;
    return { record, title: target?.title ?? record.toTitle, changes };
  });
  return (
    <div className="mt-3 text-sm" data-print="hide">
      <PlanLink role={role} />
      {rows.map(({ record, title, changes }) => (
        <p key={record.to} className="mt-1 text-slate-700 dark:text-slate-300">
          <Link to="/plan" search={{ from: role.id, to: record.to }} className={linkClass}>
            Your plan for {title}
          </Link>
          {changes > 0 && ` · ${changes} ${changes === 1 ? 'change' : 'changes'} since your last visit`}
        </p>
      ))}
    </div>
  );
}

export function PlanLink({ role }: { role: Role }) {
  return (
    <Link to="/plan" search={{ from: role.id }} className="font-medium text-blue-700 underline underline-offset-2 hover:decoration-2 dark:text-sky-300">
      Plan my next step
    </Link>
  );
}
