// Not-found pages: an unknown role, an unknown family, or any other path. Each
// names what was asked for and offers the closest matches.
import { useEffect } from 'react';
import { Link, useRouterState } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import type { GraphStore } from '@/model/graph-store';
import { closestFamilies, closestRoles } from '@/model/queries';
import { NotFound } from '@/components/not-found';

const rowClass = 'flex justify-between gap-4 px-4 py-2.5 hover:bg-slate-50 dark:hover:bg-slate-900';

function useNotFoundTitle() {
  useEffect(() => {
    document.title = 'Not found · Rungs';
  }, []);
}

function RoleSuggestions({ graph, wanted }: { graph: Graph; wanted: string }) {
  return closestRoles(graph, wanted).map((role) => (
    <li key={role.id}>
      <Link to="/roles/$" params={{ _splat: role.id }} className={rowClass}>
        <span className="font-medium text-blue-700 underline underline-offset-2 dark:text-sky-300">{role.title}</span>
        <span className="text-sm text-slate-600 dark:text-slate-400">{role.id}</span>
      </Link>
    </li>
  ));
}

export function RoleNotFound({ graph, roleId }: { graph: Graph; roleId: string }) {
  useNotFoundTitle();
  return (
    <NotFound title="No such role" suggestions={<RoleSuggestions graph={graph} wanted={roleId} />}>
      <p>
        There is no role with the id <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{roleId || '(empty)'}</code>. It may have been
        renamed. <Link to="/" className="text-blue-700 underline dark:text-sky-300">See all families</Link>.
      </p>
    </NotFound>
  );
}

export function FamilyNotFound({ graph, familyId }: { graph: Graph; familyId: string }) {
  useNotFoundTitle();
  return (
    <NotFound
      title="No such job family"
      suggestions={closestFamilies(graph, familyId).map((family) => (
        <li key={family.id}>
          <Link to="/families/$familyId" params={{ familyId: family.id }} className={rowClass}>
            <span className="font-medium text-blue-700 underline underline-offset-2 dark:text-sky-300">{family.title}</span>
            <span className="text-sm text-slate-600 dark:text-slate-400">{family.roles.length} roles</span>
          </Link>
        </li>
      ))}
    >
      <p>
        There is no job family with the id <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{familyId}</code>.{' '}
        <Link to="/" className="text-blue-700 underline dark:text-sky-300">See all families</Link>.
      </p>
    </NotFound>
  );
}

/** A path segment decoded, or as typed when it is not valid percent-encoding ("/roles/%"): a mangled link still gets this page. */
function decodeOrKeep(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Any other path: suggest roles close to its last segment. */
export function PageNotFound() {
  useNotFoundTitle();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const graph = useRouterState({ select: (s) => (s.matches[0]?.context as { store?: GraphStore } | undefined)?.store?.getState().index });
  const last = decodeOrKeep(pathname.split('/').filter(Boolean).pop() ?? '');
  return (
    <NotFound title="Page not found" suggestions={graph && last ? <RoleSuggestions graph={graph} wanted={last} /> : undefined}>
      <p>
        Nothing lives at <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{pathname}</code>.{' '}
        <Link to="/" className="text-blue-700 underline dark:text-sky-300">Go to the career ladder</Link>.
      </p>
    </NotFound>
  );
}
