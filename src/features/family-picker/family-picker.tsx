// The home page of a big handbook: families grouped by department, with counts,
// a filter box and checkboxes. The selection is owned by the caller (the URL);
// "Show ladders" opens the selected families' ladders together.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { filterDepartments, groupByDepartment, type DepartmentGroup } from '@/model/departments';
import { primaryButtonClass } from '@/components/button-class';

export interface FamilyPickerProps {
  graph: Graph;
  selected: readonly string[];
  /** Ids from the link that name no family: said once, then dropped by the next change. */
  unknown: readonly string[];
  onChange: (ids: string[]) => void;
  onShow: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function FamilyPicker({ graph, selected, unknown, onChange, onShow }: FamilyPickerProps) {
  const [query, setQuery] = useState('');
  const all = useMemo(() => groupByDepartment(graph), [graph]);
  const shown = useMemo(() => filterDepartments(all, query), [all, query]);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const roleCount = useMemo(() => all.flatMap((g) => g.families).filter((f) => chosen.has(f.id)).reduce((n, f) => n + f.roles, 0), [all, chosen]);
  const filterId = useId();

  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    // keep the graph's order so the same selection always gives the same URL
    onChange(graph.families.map((f) => f.id).filter((id) => next.has(id)));
  };

  return (
    <main className="h-full overflow-y-auto" aria-labelledby="picker-title">
      <div className="mx-auto max-w-5xl px-6 py-6">
        <h1 id="picker-title" className="text-2xl font-semibold">
          Job families
        </h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {plural(graph.families.length, 'family', 'families')} with {plural(all.reduce((n, g) => n + g.roles, 0), 'role')} in{' '}
          {plural(all.length, 'department')}. Pick one or more families to see their ladders side by side.
        </p>
        {unknown.length > 0 && (
          <p role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            The link named {plural(unknown.length, 'family', 'families')} that no longer exist{unknown.length === 1 ? 's' : ''}:{' '}
            {unknown.map((id) => (
              <code key={id} className="mr-1 rounded bg-amber-100 px-1 dark:bg-amber-900">
                {id}
              </code>
            ))}
          </p>
        )}
        <div className="sticky top-0 z-10 -mx-2 mt-4 flex flex-wrap items-end gap-3 bg-white/95 px-2 py-3 dark:bg-slate-950/95">
          <div className="w-72 max-w-full">
            <label htmlFor={filterId} className="mb-1 block text-sm font-medium">
              Filter families
            </label>
            <input
              id={filterId}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Type a family or department…"
              className="h-9 w-full rounded-md border border-slate-300 bg-white px-3 text-sm dark:border-slate-700 dark:bg-slate-900"
            />
          </div>
          <p className="h-9 content-center text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
            {selected.length ? `${plural(selected.length, 'family', 'families')} selected, ${plural(roleCount, 'role')}` : 'Nothing selected yet'}
          </p>
          <button type="button" className={`${primaryButtonClass} h-9`} disabled={!selected.length} onClick={onShow}>
            Show {selected.length > 1 ? `${selected.length} ladders together` : 'ladder'}
          </button>
          {selected.length > 0 && (
            <button type="button" className="h-9 text-sm underline underline-offset-2" onClick={() => onChange([])}>
              Clear selection
            </button>
          )}
        </div>
        {shown.length === 0 && <p className="mt-6">No family matches “{query}”.</p>}
        {shown.map((group) => (
          <Department key={group.id} group={group} chosen={chosen} onToggle={toggle} />
        ))}
      </div>
    </main>
  );
}

function Department({ group, chosen, onToggle }: { group: DepartmentGroup; chosen: ReadonlySet<string>; onToggle: (ids: string[], on: boolean) => void }) {
  const ids = group.families.map((f) => f.id);
  const count = ids.filter((id) => chosen.has(id)).length;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && count < ids.length;
  }, [count, ids.length]);
  const headingId = useId();
  return (
    <section className="mt-6" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-1 dark:border-slate-800">
        <h2 id={headingId} className="text-lg font-semibold">
          {group.title}{' '}
          <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
            {plural(group.families.length, 'family', 'families')} · {plural(group.roles, 'role')}
          </span>
        </h2>
        <label className="flex items-center gap-2 text-sm">
          <input ref={box} type="checkbox" className="h-4 w-4" checked={count === ids.length} onChange={(e) => onToggle(ids, e.target.checked)} />
          Select department {group.title}
        </label>
      </div>
      <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {group.families.map((family) => (
          <li key={family.id} className="flex items-center justify-between gap-2 rounded px-1 hover:bg-slate-50 dark:hover:bg-slate-900">
            <label className="flex min-w-0 flex-1 items-center gap-2 py-1 text-sm">
              <input type="checkbox" className="h-4 w-4 shrink-0" checked={chosen.has(family.id)} onChange={(e) => onToggle([family.id], e.target.checked)} />
              <span className="truncate">{family.title}</span>
              <span className="shrink-0 text-slate-600 dark:text-slate-400">({plural(family.roles, 'role')})</span>
            </label>
            <Link
              to="/families/$familyId"
              params={{ familyId: family.id }}
              className="shrink-0 rounded px-1 text-sm text-blue-700 underline underline-offset-2 dark:text-sky-300"
              aria-label={`Open ${family.title}`}
            >
              Open
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
