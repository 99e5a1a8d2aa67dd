// "What changed since I last looked": the items added, reworded (word diff) or
// removed since the person last reviewed the plan, and the button that says
// they have looked at them.
import { buttonClass } from '@/components/button-class';
import { DiffText } from '@/components/diff-text';
import type { PlanMatch } from '@/model/plan-match';
import { STATUS_LABELS } from '@/model/plan-record';

export function PlanChanges({ match, reviewedAt, onReviewed }: { match: PlanMatch; reviewedAt: string; onReviewed: () => void }) {
  if (match.changes === 0) return null;
  const added = match.items.filter((m) => m.change === 'added');
  const reworded = match.items.filter((m) => m.change === 'reworded');
  return (
    <section aria-labelledby="plan-changes-title" className="mt-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950/40">
      <h2 id="plan-changes-title" className="text-lg font-semibold">
        {match.changes} {match.changes === 1 ? 'change' : 'changes'} since your last review ({new Date(reviewedAt).toLocaleDateString()})
      </h2>
      <p className="mt-1 text-sm">The pages were edited since you last reviewed this plan. Please review these items; your statuses and notes were kept where the item is still there.</p>
      {added.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold">Added</h3>
          <ul className="list-disc pl-5 text-sm">
            {added.map((m) => (
              <li key={m.item.key}>{m.item.text}</li>
            ))}
          </ul>
        </>
      )}
      {reworded.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold">Reworded</h3>
          <ul className="list-disc pl-5 text-sm">
            {reworded.map((m) => (
              <li key={m.item.key}>{m.diff ? <DiffText parts={m.diff} /> : m.item.text}</li>
            ))}
          </ul>
        </>
      )}
      {match.removed.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold">Removed</h3>
          <ul className="list-disc pl-5 text-sm">
            {match.removed.map((e) => (
              <li key={e.key}>
                <del>{e.text}</del>
                {(e.status || e.note) && (
                  <span className="text-slate-700 dark:text-slate-300">
                    {' '}
                    (you had: {[e.status && STATUS_LABELS[e.status], e.note].filter(Boolean).join(' — ')})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className={`${buttonClass} mt-3`} onClick={onReviewed} data-print="hide">
        Mark as reviewed
      </button>
    </section>
  );
}
