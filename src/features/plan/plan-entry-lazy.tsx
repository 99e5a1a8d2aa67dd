// The panel's plan entry, loaded on demand so the first view does not carry the
// plan code: the plain link shows at once, saved plans and their changes follow.
import { lazy, Suspense } from 'react';
import { Link } from '@tanstack/react-router';
import type { Graph, Role } from '@/model/schema';

const Entry = lazy(() => import('./plan-entry').then((m) => ({ default: m.PlanEntry })));

export function PlanEntry({ graph, role }: { graph: Graph; role: Role }) {
  return (
    <Suspense
      fallback={
        <div className="mt-3 text-sm" data-print="hide">
          <Link to="/plan" search={{ from: role.id }} className="font-medium text-blue-700 underline underline-offset-2 hover:decoration-2 dark:text-sky-300">
            Plan my next step
          </Link>
        </div>
      }
    >
      <Entry graph={graph} role={role} />
    </Suspense>
  );
}
