// A promotion path as steps (decided by model/path): each step names the role
// it reaches, how (promotion, the ladder continuing in another family, a
// reporting line), the grade change and what it adds. Without a route: why,
// and the nearest roles that can be reached instead.
import { Link } from '@tanstack/react-router';
import type { Graph, Item, Role } from '@/model/schema';
import type { NoRoute, PathStep, PromotionPath } from '@/model/path';
import { getFamily, trackLabel } from '@/model/queries';
import { RichText } from '@/components/rich-text';
import { PageLinkFamily } from '@/components/page-link-scope';
import { linkClass } from '@/components/button-class';

const gradeText = (role: Role) => (role.grade === null ? 'grade unknown' : `grade ${role.grade}`);

function viaText(graph: Graph, step: PathStep): string {
  if (step.via === 'promotion') return 'Promotion';
  if (step.via === 'reports-to') return 'Up the reporting line';
  const family = step.role.familyId ? getFamily(graph, step.role.familyId)?.title : undefined;
  return `The ladder continues in ${family ?? 'another family'}`;
}

function gradeChangeText(change: number | null): string {
  if (change === null) return 'Grade change unknown';
  if (change === 0) return 'Same grade';
  return `${change > 0 ? '+' : '−'}${Math.abs(change)} grade${Math.abs(change) === 1 ? '' : 's'}`;
}

function RoleLink({ role }: { role: Role }) {
  return (
    <Link to="/roles/$" params={{ _splat: role.id }} className={linkClass}>
      {role.title}
    </Link>
  );
}

function AddedItems({ title, items }: { title: string; items: Item[] }) {
  if (items.length === 0) return null;
  return (
    <section className="mt-2" aria-label={title}>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {title} ({items.length})
      </h4>
      <ul className="mt-1 list-disc space-y-1 pl-5 marker:text-emerald-600">
        {items.map((item, i) => (
          <li key={`${item.line}-${i}`}>
            <RichText text={item.text} links={item.links} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PathSteps({ graph, path }: { graph: Graph; path: PromotionPath }) {
  const { from, to, steps } = path;
  if (steps.length === 0) return <p className="mt-4">{from.title} is already the role you asked for.</p>;
  return (
    <>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        From <RoleLink role={from} /> ({gradeText(from)}) to <RoleLink role={to} /> ({gradeText(to)}):{' '}
        <strong>
          {steps.length} step{steps.length === 1 ? '' : 's'}
        </strong>
        {steps.some((s) => s.trackChange) && ', changing track on the way'}.
      </p>
      <ol className="mt-4 space-y-3" aria-label="Steps">
        <li className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Start</p>
          <h3 className="text-base font-semibold">
            <RoleLink role={from} />
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {gradeText(from)} · {trackLabel(from.track)}
          </p>
        </li>
        {steps.map((step, i) => (
          <li key={step.role.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
              Step {i + 1} · {viaText(graph, step)}
            </p>
            <h3 className="text-base font-semibold">
              <RoleLink role={step.role} />
            </h3>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {gradeText(step.role)} · {trackLabel(step.role.track)} ·{' '}
              <span className="font-medium">{gradeChangeText(step.gradeChange)}</span>
              {step.trackChange && <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">track change</span>}
            </p>
            <PageLinkFamily familyId={step.role.familyId}>
              <AddedItems title="New responsibilities" items={step.adds.responsibilities} />
              <AddedItems title="New requirements" items={step.adds.requirements} />
            </PageLinkFamily>
            {step.adds.responsibilities.length + step.adds.requirements.length === 0 && (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No new responsibilities or requirements are listed for this step.</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** `retarget`: the search that tries the path again towards another role. */
export function NoRouteView({ result, retarget }: { result: NoRoute; retarget: (roleId: string) => { from?: string; to?: string } }) {
  return (
    <>
      <p role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        No route: {result.noRoute.message}
      </p>
      {result.nearest.length > 0 && (
        <section className="mt-6" aria-labelledby="nearest-title">
          <h2 id="nearest-title" className="text-lg font-semibold">
            {result.noRoute.code === 'unknown-role' ? 'Did you mean' : 'Nearest roles you can reach'}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {result.nearest.map((role) => (
              <li key={role.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2.5">
                <Link to="/path" search={retarget(role.id)} className={`${linkClass} font-medium`}>
                  {role.title}
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {gradeText(role)} · {trackLabel(role.track)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
