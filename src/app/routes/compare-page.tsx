// /compare?roles=a,b: the roles side by side; unknown ids are named, the known ones still shown.
import { useEffect } from 'react';
import { Link } from '@tanstack/react-router';
import type { Graph, Role } from '@/model/schema';
import { getRole } from '@/model/queries';
import { CompareView } from '@/features/compare/compare-view';

export function ComparePage({ graph, rolesParam }: { graph: Graph; rolesParam: string | undefined }) {
  const ids = (rolesParam ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(0, 4);
  const roles = ids.map((id) => getRole(graph, id)).filter((r): r is Role => !!r);
  const unknown = ids.filter((id) => !getRole(graph, id));
  useEffect(() => {
    document.title = roles.length ? `Compare ${roles.map((r) => r.title).join(' and ')} · Rungs` : 'Compare roles · Rungs';
  }, [roles]);
  return (
    <main className="h-full overflow-y-auto px-6 py-6">
      <h1 className="text-2xl font-semibold">Compare roles</h1>
      {unknown.length > 0 && (
        <p role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          Unknown role {unknown.length === 1 ? 'id' : 'ids'}: {unknown.join(', ')}
        </p>
      )}
      {roles.length === 0 ? (
        <p className="mt-4">
          Pick roles to compare from a role's panel, or <Link to="/" className="text-blue-700 underline dark:text-sky-300">go to the ladder</Link>.
        </p>
      ) : (
        <div className="mt-6">
          <CompareView graph={graph} roles={roles} />
        </div>
      )}
    </main>
  );
}
