// The ladder as a list: the text alternative to the canvas, in the same
// order (family, then track, highest grade first), every role a link.
import { Link } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import type { LadderLayout } from '@/model/layout';
import { getRole, trackLabel } from '@/model/queries';

/** `familyId`: the family page the list is shown on, kept as a filter when a role is opened. */
export function LadderList({ graph, layout, selectedId, familyId }: { graph: Graph; layout: LadderLayout; selectedId?: string; familyId?: string }) {
  const families = new Map<string, { title: string; columns: typeof layout.columns }>();
  for (const column of layout.columns) {
    const key = column.familyId ?? 'external';
    const entry = families.get(key) ?? families.set(key, { title: column.title, columns: [] }).get(key)!;
    entry.columns.push(column);
  }
  return (
    <div id="ladder" data-ladder-list="" className="h-full overflow-y-auto px-4 py-4">
      <h2 className="sr-only">Ladder as a list</h2>
      <div className="grid gap-6 [grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))]">
        {[...families.entries()].map(([key, family]) => (
          <section key={key} aria-labelledby={`list-${key}`}>
            <h3 id={`list-${key}`} className="text-base font-semibold">
              {family.title}
            </h3>
            {family.columns.map((column) => {
              const placed = layout.roles.filter((p) => p.column === column.key).sort((a, b) => a.y - b.y || a.x - b.x);
              return (
                <div key={column.key} className="mt-2">
                  {column.track && <h4 className="text-sm font-medium text-slate-600 dark:text-slate-400">{trackLabel(column.track)}</h4>}
                  <ol className="mt-1 space-y-1">
                    {placed.map((p) => {
                      const role = getRole(graph, p.id)!;
                      const grade = role.external ? 'external' : role.grade !== null ? `Grade ${role.grade}` : 'Grade unknown';
                      return (
                        <li key={p.id}>
                          <Link
                            to="/roles/$"
                            params={{ _splat: p.id }}
                            search={(prev) => (familyId ? { ...prev, families: familyId } : prev)}
                            aria-label={`${role.title}, ${grade}`}
                            data-role-id={p.id}
                            aria-current={p.id === selectedId ? 'page' : undefined}
                            className="flex justify-between gap-3 rounded px-2 py-1 hover:bg-slate-100 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800"
                          >
                            <span>{role.title}</span>
                            <span className="shrink-0 text-slate-600 dark:text-slate-400">{grade}</span>
                          </Link>
                        </li>
                      );
                    })}
                  </ol>
                </div>
              );
            })}
          </section>
        ))}
      </div>
    </div>
  );
}
