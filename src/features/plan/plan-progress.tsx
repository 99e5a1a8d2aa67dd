// Progress of a group of items: a bar (already doing, working on it) and the
// same counts in words, which are what a screen reader and a printout get.
import type { MatchedItem } from '@/model/plan-match';
import { progressText } from '@/model/plan-markdown';
import { progress } from '@/model/plan-update';

export function PlanProgress({ items }: { items: readonly MatchedItem[] }) {
  const p = progress(items);
  const pct = (n: number) => (p.total ? `${(100 * n) / p.total}%` : '0%');
  return (
    <div className="mt-1">
      <div aria-hidden="true" className="flex h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" data-print="hide">
        <div className="bg-emerald-600 dark:bg-emerald-400" style={{ width: pct(p.doing) }} />
        <div className="bg-amber-500 dark:bg-amber-300" style={{ width: pct(p.working) }} />
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{progressText(items)}</p>
    </div>
  );
}
