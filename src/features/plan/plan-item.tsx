// One item of a plan: its text (with what changed since the last review), a
// real radio group for the status and a one-line note or evidence link.
import { useId } from 'react';
import { RichText } from '@/components/rich-text';
import { DiffText } from '@/components/diff-text';
import type { MatchedItem } from '@/model/plan-match';
import { STATUSES, STATUS_LABELS, MAX_NOTE } from '@/model/plan-record';
import type { ItemPatch } from '@/model/plan-update';

const STATUS_STYLE = {
  doing: 'has-checked:border-emerald-700 has-checked:bg-emerald-50 dark:has-checked:border-emerald-400 dark:has-checked:bg-emerald-950',
  working: 'has-checked:border-amber-700 has-checked:bg-amber-50 dark:has-checked:border-amber-400 dark:has-checked:bg-amber-950',
  'not-yet': 'has-checked:border-slate-700 has-checked:bg-slate-100 dark:has-checked:border-slate-300 dark:has-checked:bg-slate-800',
} as const;

export function PlanItem({ matched, onChange }: { matched: MatchedItem; onChange: (patch: ItemPatch) => void }) {
  const id = useId();
  const { item, entry, change } = matched;
  const status = entry?.status ?? null;
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-800" data-plan-item={item.key}>
      <fieldset>
        <legend className="float-left w-full leading-snug">
          {change === 'added' && <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">New since your last review</span>}
          {change === 'reworded' && <span className="mr-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs font-semibold text-sky-950 dark:bg-sky-900 dark:text-sky-50">Reworded since your last review</span>}
          {change !== 'same' && ' '}
          {change === 'reworded' && matched.diff ? <DiffText parts={matched.diff} /> : <RichText text={item.item.text} links={item.item.links} />}
        </legend>
        {item.rewordedFrom && (
          <p className="clear-both pt-1 text-sm text-slate-700 dark:text-slate-300">
            Your current level says it differently: <DiffText parts={item.rewordedFrom} />
          </p>
        )}
        <div className="clear-both flex flex-wrap items-center gap-x-2 gap-y-2 pt-2">
          <div className="flex flex-wrap gap-2" data-print="hide">
            {STATUSES.map((s) => (
              <label key={s} className={`inline-flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-700 ${STATUS_STYLE[s]}`}>
                <input type="radio" name={`status-${id}`} value={s} checked={status === s} onChange={() => onChange({ status: s })} className="h-4 w-4 accent-blue-700 dark:accent-sky-300" />
                {STATUS_LABELS[s]}
              </label>
            ))}
          </div>
          <p className="hidden text-sm font-semibold print:block" data-status-printed="">{status ? STATUS_LABELS[status] : 'Not rated'}</p>
          <label className="flex min-w-[14rem] flex-1 items-center gap-2 text-sm text-slate-700 dark:text-slate-300" data-print={entry?.note ? undefined : 'hide'}>
            <span className="shrink-0">Note or evidence link</span>
            <input
              type="text"
              maxLength={MAX_NOTE}
              value={entry?.note ?? ''}
              onChange={(e) => onChange({ note: e.target.value })}
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
            />
          </label>
        </div>
      </fieldset>
    </li>
  );
}
