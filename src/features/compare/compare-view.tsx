// Roles side by side: grade, track, reports-to, then their merged
// responsibilities and requirements with origin marks. (A later issue aligns
// items row by row and shows word-level differences.)
import { Link } from '@tanstack/react-router';
import type { Graph, Item, Role } from '@/model/schema';
import { getRole, originTitle, trackLabel } from '@/model/queries';
import { RichText } from '@/components/rich-text';

function MarkedItems({ graph, items }: { graph: Graph; items: Item[] }) {
  return (
    <ul className="space-y-1.5">
      {items.map((item, i) => (
        <li key={`${item.line}-${i}`} className={`rounded border-l-4 py-0.5 pl-2 ${item.own ? 'border-emerald-600' : 'border-slate-300 dark:border-slate-700'}`}>
          <RichText text={item.text} links={item.links} />
          <span className={`ml-2 text-xs ${item.own ? 'font-semibold text-emerald-800 dark:text-emerald-300' : 'text-slate-600 dark:text-slate-400'}`}>
            {item.own ? 'new at this level' : `from ${originTitle(graph, item.from)}`}
          </span>
          {item.children.length > 0 && (
            <div className="mt-1 pl-3">
              <MarkedItems graph={graph} items={item.children} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function CompareView({ graph, roles }: { graph: Graph; roles: Role[] }) {
  return (
    <div className="grid gap-4" style={{ gridTemplateColumns: `repeat(${roles.length}, minmax(16rem, 1fr))` }}>
      {roles.map((role) => (
        <section key={role.id} aria-labelledby={`cmp-${role.id}`} className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
          <h2 id={`cmp-${role.id}`} className="text-lg font-semibold">
            <Link to="/roles/$" params={{ _splat: role.id }} className="hover:underline">
              {role.title}
            </Link>
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            {role.grade !== null ? `Grade ${role.grade}` : 'Grade unknown'} · {trackLabel(role.track)}
          </p>
          <p className="text-slate-700 dark:text-slate-300">
            Reports to: {role.reportsTo.map((id) => getRole(graph, id)?.title ?? id).join(', ') || '—'}
          </p>
          <h3 className="mt-4 mb-2 font-semibold">Responsibilities</h3>
          <MarkedItems graph={graph} items={role.responsibilities} />
          <h3 className="mt-4 mb-2 font-semibold">Requirements</h3>
          <MarkedItems graph={graph} items={role.requirements} />
        </section>
      ))}
    </div>
  );
}
