// A plan on screen: the step it is for, the date, ways to take it to a 1:1
// (Markdown download and copy, print), the changes since the last review, and
// the items by group, each with its status and note. Everything it shows and
// saves comes from usePlan; nothing leaves the browser.
import { buttonClass } from '@/components/button-class';
import { CopyButton } from '@/components/copy-button';
import { DownloadButton } from '@/components/download-button';
import { GROUP_TITLES, PLAN_GROUPS, type PlanGroupId } from '@/model/plan';
import { dateOnly, planMarkdown } from '@/model/plan-markdown';
import type { MatchedItem } from '@/model/plan-match';
import type { ItemPatch } from '@/model/plan-update';
import { PlanChanges } from './plan-changes';
import { PlanItem } from './plan-item';
import { PlanProgress } from './plan-progress';
import type { PlanHandle } from './use-plan';

const fileName = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'role';

export function PlanView({ handle }: { handle: PlanHandle }) {
  const { plan, record, match } = handle;
  const indexOf = new Map(match.items.map((m, i) => [m, i]));
  const change = (m: MatchedItem) => (patch: ItemPatch) => handle.setItem(indexOf.get(m)!, patch);
  const markdown = () => planMarkdown(plan, match, new Date());

  return (
    <div className="mt-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-xl font-semibold">
            {plan.from.title} <span aria-label="to">→</span> {plan.to.title}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {record ? `Started ${new Date(record.createdAt).toLocaleDateString()} · saved ${new Date(record.updatedAt).toLocaleString()}` : 'Not started: rate an item to save this plan in this browser.'}
            <span className="hidden print:inline"> · printed {dateOnly(new Date())}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2" data-print="hide" role="group" aria-label="Take this plan away">
          <DownloadButton label="Download Markdown" filename={`plan-${fileName(plan.from.title)}-to-${fileName(plan.to.title)}.md`} type="text/markdown;charset=utf-8" text={markdown} />
          <CopyButton label="Copy Markdown" text={markdown} done="Markdown copied" />
          <button type="button" className={buttonClass} onClick={() => window.print()}>
            Print plan
          </button>
          {record && (
            <button type="button" className={buttonClass} onClick={handle.clear}>
              Clear this plan
            </button>
          )}
        </div>
      </div>
      <div role="status" className="mt-2 text-sm empty:hidden">
        {handle.undoClear && (
          <>
            Plan cleared.{' '}
            <button type="button" className="text-blue-700 underline dark:text-sky-300" onClick={handle.undoClear}>
              Undo
            </button>
          </>
        )}
      </div>
      {handle.saveError && (
        <p role="alert" className="mt-2 rounded-md bg-rose-50 p-2 text-sm text-rose-900 dark:bg-rose-950 dark:text-rose-100">
          {handle.saveError}
        </p>
      )}
      {record && <PlanChanges match={match} reviewedAt={record.reviewedAt} onReviewed={handle.markReviewed} />}
      {PLAN_GROUPS.map((group) => (
        <PlanGroup key={group} group={group} items={match.items.filter((m) => m.item.group === group)} change={change} />
      ))}
    </div>
  );
}

function PlanGroup({ group, items, change }: { group: PlanGroupId; items: MatchedItem[]; change: (m: MatchedItem) => (patch: ItemPatch) => void }) {
  const headingId = `plan-group-${group}`;
  const list = (
    <ul className="mt-3 space-y-3">
      {items.map((m) => (
        <PlanItem key={`${m.item.section}:${m.item.key}`} matched={m} onChange={change(m)} />
      ))}
    </ul>
  );
  if (group === 'inherited' && items.length === 0) return null;
  const body =
    group === 'inherited' ? (
      <details className="mt-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-medium">Show the {items.length} items your current role already asks</summary>
        {list}
      </details>
    ) : items.length === 0 ? (
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Nothing new here: the target asks what your current role already asks.</p>
    ) : (
      list
    );
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-lg font-semibold">
        {GROUP_TITLES[group]} ({items.length})
      </h2>
      <PlanProgress items={items} />
      {body}
    </section>
  );
}
