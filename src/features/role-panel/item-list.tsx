// Merged items of a role, grouped by where they come from: the role's own
// items ("New at this level") first, then one group per role they were
// inherited from. Sub-items are kept.
import { Link } from '@tanstack/react-router';
import type { Graph, Item } from '@/model/schema';
import { getRole, groupByOrigin, originTitle } from '@/model/queries';
import { RichText } from '@/components/rich-text';

export function Items({ items }: { items: Item[] }) {
  return (
    <ul className="list-disc space-y-1.5 pl-5 marker:text-slate-400">
      {items.map((item, i) => (
        <li key={`${item.line}-${i}`}>
          <RichText text={item.text} links={item.links} />
          {item.children.length > 0 && (
            <div className="mt-1">
              <Items items={item.children} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

export function OriginGroupedItems({ graph, roleId, items }: { graph: Graph; roleId: string; items: Item[] }) {
  const groups = groupByOrigin(items);
  return (
    <div className="space-y-4">
      {groups.map((group) => {
        const own = group.own && group.from === roleId;
        const originRole = getRole(graph, group.from);
        return (
          <section
            key={`${group.own}-${group.from}`}
            aria-label={own ? 'New at this level' : `Inherited from ${originTitle(graph, group.from)}`}
            className={own ? 'rounded-md border-l-4 border-emerald-600 bg-emerald-50 py-2 pr-2 pl-3 dark:border-emerald-500 dark:bg-emerald-950/40' : 'border-l-4 border-slate-300 pl-3 dark:border-slate-700'}
          >
            <h4 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
              {own ? (
                <span className="text-emerald-800 dark:text-emerald-300">New at this level</span>
              ) : (
                <>
                  Inherited from{' '}
                  {originRole ? (
                    <Link to="/roles/$" params={{ _splat: originRole.id }} search={true} className="normal-case text-blue-700 underline underline-offset-2 dark:text-sky-300">
                      {originRole.title}
                    </Link>
                  ) : (
                    <span className="normal-case">{originTitle(graph, group.from)}</span>
                  )}
                </>
              )}
            </h4>
            <Items items={group.items} />
          </section>
        );
      })}
    </div>
  );
}
