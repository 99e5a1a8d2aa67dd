// Roles side by side as one table: grade, track and reports-to, then each
// section's items aligned row by row (decided by model/compare). Every row says
// whether all roles have the item or only some; every cell keeps its origin
// mark and says how it differs from the column on its left (new, reworded with
// a word-level difference). Rows every role has in the same words fold into one
// "N shared items" line per run (model/compare-fold) until the section is opened.
// Columns can be moved and removed.
import { useEffect, useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { Graph, Item } from '@/model/schema';
import { COMPARED_SECTIONS, type ComparedSection, type Comparison, type ComparisonCell, type ComparisonRow } from '@/model/compare';
import { foldSharedRows, sharedCount } from '@/model/compare-fold';
import { DiffText } from '@/components/diff-text';
import { originTitle, trackLabel } from '@/model/queries';
import { RichText } from '@/components/rich-text';
import { PageLinkFamily } from '@/components/page-link-scope';
import { linkClass } from '@/components/button-class';

export const SECTION_LABELS: Record<ComparedSection, string> = {
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  performanceIndicators: 'Performance indicators',
  niceToHave: 'Nice to have',
};

const columnButton =
  'rounded border border-slate-300 px-1.5 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:hidden dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800';

export interface CompareViewProps {
  graph: Graph;
  comparison: Comparison;
  /** Sections whose shared rows are shown; the others fold them. */
  expanded: ReadonlySet<ComparedSection>;
  onShowShared: (section: ComparedSection, show: boolean) => void;
  onRemove: (roleId: string) => void;
  onMove: (roleId: string, by: -1 | 1) => void;
}

export function CompareView({ graph, comparison, expanded, onShowShared, onRemove, onMove }: CompareViewProps) {
  const { columns } = comparison;
  // The button pressed to open or fold a section goes away with it: focus moves to the one that undoes it.
  const [toggled, setToggled] = useState<{ section: ComparedSection; open: boolean } | null>(null);
  useEffect(() => {
    if (!toggled || expanded.has(toggled.section) !== toggled.open) return;
    document.getElementById(`shared-${toggled.open ? 'fold' : 'open'}-${toggled.section}`)?.focus();
    setToggled(null);
  }, [expanded, toggled]);
  const toggle = (section: ComparedSection, open: boolean) => {
    setToggled({ section, open });
    onShowShared(section, open);
  };
  const span = columns.length + 1;
  const families = columns.map((c) => c.role.familyId);
  return (
    // On a narrow screen the table scrolls sideways inside this box, never the page.
    <div className="relative overflow-x-auto overscroll-x-contain" data-print="flow">
      <table className="w-full table-fixed border-collapse text-sm" style={{ minWidth: `${6 + columns.length * 15}rem` }}>
        <caption className="sr-only">Roles compared side by side</caption>
        <colgroup>
          <col className="w-24 sm:w-32" />
          {columns.map((c) => (
            <col key={c.role.id} />
          ))}
        </colgroup>
        <thead>
          <tr className="align-top">
            <td />
            {columns.map((c, i) => (
              <th key={c.role.id} scope="col" className="border-b border-slate-300 px-3 pb-3 text-left font-normal dark:border-slate-700">
                <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{c.familyTitle ?? 'External'}</p>
                <h2 className="text-lg font-semibold leading-snug">
                  <Link to="/roles/$" params={{ _splat: c.role.id }} className="hover:underline">
                    {c.role.title}
                  </Link>
                </h2>
                <div className="mt-1.5 flex flex-wrap gap-1" data-print="hide">
                  <button type="button" className={columnButton} disabled={i === 0} onClick={() => onMove(c.role.id, -1)} aria-label={`Move ${c.role.title} left`}>
                    <span aria-hidden="true">← </span>Move
                  </button>
                  <button
                    type="button"
                    className={columnButton}
                    disabled={i === columns.length - 1}
                    onClick={() => onMove(c.role.id, 1)}
                    aria-label={`Move ${c.role.title} right`}
                  >
                    Move<span aria-hidden="true"> →</span>
                  </button>
                  <button type="button" className={columnButton} onClick={() => onRemove(c.role.id)} aria-label={`Remove ${c.role.title}`}>
                    <span aria-hidden="true">✕ </span>Remove
                  </button>
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <FactRow label="Grade" values={columns.map((c) => (c.grade !== null ? String(c.grade) : 'Grade unknown'))} />
          <FactRow label="Track" values={columns.map((c) => trackLabel(c.track))} />
          <tr className="align-top">
            <th scope="row" className={rowHead}>
              Reports to
            </th>
            {columns.map((c) => (
              <td key={c.role.id} className={cell}>
                {c.reportsTo.length === 0
                  ? '—'
                  : c.reportsTo.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && ', '}
                        <Link to="/roles/$" params={{ _splat: m.id }} className={linkClass}>
                          {m.title}
                        </Link>
                      </span>
                    ))}
              </td>
            ))}
          </tr>
        </tbody>
        {COMPARED_SECTIONS.map((section) => {
          const rows = comparison.sections[section];
          if (rows.length === 0) return null;
          const open = expanded.has(section);
          const shared = sharedCount(rows);
          const shown = open ? rows.map((row) => ({ kind: 'row' as const, row })) : foldSharedRows(rows, columns.length);
          return (
            <tbody key={section} aria-label={SECTION_LABELS[section]}>
              <tr>
                <th colSpan={span} scope="colgroup" className="px-3 pt-6 pb-2 text-left">
                  <div className="flex flex-wrap items-baseline gap-x-3">
                    <h3 className="text-base font-semibold">{SECTION_LABELS[section]}</h3>
                    {open && shared > 0 && columns.length > 1 && (
                      <button
                        type="button"
                        id={`shared-fold-${section}`}
                        className="text-sm font-normal text-blue-700 underline underline-offset-2 dark:text-sky-300"
                        aria-expanded="true"
                        onClick={() => toggle(section, false)}
                        data-print="hide"
                      >
                        Fold the {shared} shared item{shared === 1 ? '' : 's'}
                      </button>
                    )}
                  </div>
                </th>
              </tr>
              {shown.map((entry, r) =>
                entry.kind === 'row' ? (
                  <ItemRow key={r} graph={graph} row={entry.row} families={families} />
                ) : (
                  <SharedFold
                    key={r}
                    id={shown.findIndex((e) => e.kind === 'shared') === r ? `shared-open-${section}` : undefined}
                    count={entry.rows.length}
                    span={span}
                    all={entry.rows.length === rows.length}
                    onOpen={() => toggle(section, true)}
                  />
                ),
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

const rowHead = 'border-t border-slate-200 px-3 py-2 text-left text-xs font-semibold text-slate-600 dark:border-slate-800 dark:text-slate-400';
const cell = 'border-t border-slate-200 px-3 py-2 dark:border-slate-800';

function FactRow({ label, values }: { label: string; values: string[] }) {
  return (
    <tr className="align-top">
      <th scope="row" className={rowHead}>
        {label}
      </th>
      {values.map((v, i) => (
        <td key={i} className={cell}>
          {v}
        </td>
      ))}
    </tr>
  );
}

function presenceLabel(row: ComparisonRow): string {
  const have = row.cells.filter(Boolean).length;
  const where = row.presence === 'all' ? 'In all' : `In ${have} of ${row.cells.length}`;
  return row.reworded ? `${where}, reworded` : where;
}

/** The line standing for a run of rows every role has in the same words. */
function SharedFold({ id, count, span, all, onOpen }: { id?: string; count: number; span: number; all: boolean; onOpen: () => void }) {
  return (
    <tr>
      <td colSpan={span} className={`${cell} py-1.5`}>
        <button
          type="button"
          id={id}
          aria-expanded="false"
          onClick={onOpen}
          className="w-full rounded-md bg-slate-100 px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
        >
          <span aria-hidden="true">▸ </span>
          <span className="font-semibold">
            {count} shared item{count === 1 ? '' : 's'}
          </span>{' '}
          {all ? '— every role has all of them, in the same words' : '— in every role, in the same words'}
        </button>
      </td>
    </tr>
  );
}

function ItemRow({ graph, row, families }: { graph: Graph; row: ComparisonRow; families: (string | null)[] }) {
  return (
    <tr className="align-top" data-presence={row.presence}>
      <th scope="row" className={`${rowHead} font-medium`}>
        <span
          className={`inline-block rounded px-1.5 py-0.5 ${row.presence === 'all' ? 'bg-slate-100 dark:bg-slate-800' : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200'}`}
        >
          {presenceLabel(row)}
        </span>
      </th>
      {row.cells.map((c, i) => (
        <td key={i} className={`${cell} ${c?.change === 'new' ? 'bg-emerald-50/60 dark:bg-emerald-950/30' : ''}`}>
          {c ? (
            <PageLinkFamily familyId={families[i] ?? null}>
              <CellContent graph={graph} cell={c} />
            </PageLinkFamily>
          ) : (
            <span className="text-slate-400 dark:text-slate-500">
              <span aria-hidden="true">—</span>
              <span className="sr-only">Not in this role</span>
            </span>
          )}
        </td>
      ))}
    </tr>
  );
}

const badge = 'ml-1 inline-block rounded px-1 text-xs font-semibold';

function CellContent({ graph, cell: c }: { graph: Graph; cell: ComparisonCell }) {
  const { item } = c;
  return (
    <div>
      {c.change === 'reworded' && c.diff ? <DiffText parts={c.diff} /> : <RichText text={item.text} links={item.links} />}
      <div className="mt-1 flex flex-wrap items-center gap-x-1 text-xs">
        <span className={item.own ? 'font-semibold text-emerald-800 dark:text-emerald-300' : 'text-slate-600 dark:text-slate-400'}>
          {item.own ? 'new at this level' : `from ${originTitle(graph, item.from)}`}
        </span>
        {c.change === 'new' && <span className={`${badge} bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100`}>new vs left</span>}
        {c.change === 'reworded' && <span className={`${badge} bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100`}>reworded</span>}
      </div>
      {item.children.length > 0 && <Children items={item.children} />}
    </div>
  );
}

function Children({ items }: { items: Item[] }) {
  return (
    <ul className="mt-1 list-disc pl-5 marker:text-slate-400">
      {items.map((child, i) => (
        <li key={`${child.line}-${i}`}>
          <RichText text={child.text} links={child.links} />
          {child.children.length > 0 && <Children items={child.children} />}
        </li>
      ))}
    </ul>
  );
}
