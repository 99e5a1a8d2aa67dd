// Roles picked on the ladder for a comparison: named, each removable, with the
// link that opens them side by side. Empty, it says how to pick.
import { Link } from '@tanstack/react-router';
import type { Graph } from '@/model/schema';
import { getRole } from '@/model/queries';
import { MAX_COMPARED } from '@/model/compared-sections';
import { primaryButtonClass } from '@/components/button-class';

export function CompareTray({ graph, pickedIds, hint, onRemove, onClear }: { graph: Graph; pickedIds: string[]; hint: string; onRemove: (id: string) => void; onClear: () => void }) {
  if (pickedIds.length === 0) return <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>;
  const ids = pickedIds.slice(0, MAX_COMPARED);
  return (
    <div role="group" aria-label="Picked for comparison" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700 dark:text-slate-300">Compare:</span>
      {ids.map((id) => {
        const title = getRole(graph, id)?.title ?? id;
        return (
          <span key={id} className="inline-flex items-center gap-1 rounded-full bg-amber-100 py-0.5 pr-1 pl-2.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50">
            {title}
            <button type="button" onClick={() => onRemove(id)} aria-label={`Unpick ${title}`} className="rounded-full px-1 hover:bg-amber-200 dark:hover:bg-amber-800">
              <span aria-hidden="true">✕</span>
            </button>
          </span>
        );
      })}
      {ids.length >= 2 ? (
        <Link to="/compare" search={{ roles: ids.join(',') }} className={primaryButtonClass}>
          Compare selected ({ids.length})
        </Link>
      ) : (
        <span className="text-xs text-slate-600 dark:text-slate-400">pick one more</span>
      )}
      <button type="button" onClick={onClear} className="text-xs text-slate-700 underline dark:text-slate-300">
        Clear
      </button>
    </div>
  );
}
