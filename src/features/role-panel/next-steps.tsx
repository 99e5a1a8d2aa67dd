// "What's next" in the role panel: every next step on both tracks (model/next-steps),
// each with a one-line summary of what changes and links to compare the two roles
// and to the promotion path.
import { Link } from '@tanstack/react-router';
import type { Graph, Role } from '@/model/schema';
import { nextSteps, stepSummary } from '@/model/next-steps';
import { getFamily } from '@/model/queries';
import { linkClass } from '@/components/button-class';

export function NextSteps({ graph, role }: { graph: Graph; role: Role }) {
  const steps = nextSteps(graph, role.id);
  return (
    <section className="mt-5" aria-labelledby="next-steps-title" data-print="hide">
      <h3 id="next-steps-title" className="mb-2 text-base font-semibold">
        What's next
      </h3>
      {steps.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{role.external ? 'This role has no ladder here.' : 'No higher level on this page: this is the top of its ladder.'}</p>
      ) : (
        <ul className="space-y-2">
          {steps.map((step) => {
            const family = step.via === 'flows-into' && step.role.familyId ? getFamily(graph, step.role.familyId)?.title : undefined;
            return (
              <li key={step.role.id} className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
                <Link
                  to="/roles/$"
                  params={{ _splat: step.role.id }}
                  search={true}
                  className="font-medium text-blue-700 hover:underline dark:text-sky-300"
                  aria-label={`Next level: ${step.role.title}`}
                >
                  <span aria-hidden="true">↑ </span>
                  {step.role.title}
                </Link>
                <p className="text-slate-700 dark:text-slate-300">{stepSummary(step, family)}</p>
                <p className="mt-0.5 flex gap-3">
                  <Link to="/compare" search={{ roles: `${role.id},${step.role.id}` }} className={linkClass} aria-label={`Compare with ${step.role.title}`}>
                    Compare
                  </Link>
                  <Link to="/path" search={{ from: role.id, to: step.role.id }} className={linkClass} aria-label={`Path to ${step.role.title}`}>
                    Path
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
