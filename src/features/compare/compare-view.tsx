// Roles side by side as one table: grade, track and reports-to, then each
// section's items aligned row by row (decided by model/compare). Every row says
// whether all roles have the item or only some; every cell keeps its origin
// mark and says how it differs from the column on its left (new, reworded with
// a word-level difference). Columns can be moved and removed.
import { Link } from '@tanstack/react-router';
import type { Graph, Item } from '@/model/schema';
import { COMPARED_SECTIONS, type ComparedSection, type Comparison, type ComparisonCell, type ComparisonRow } from '@/model/compare';
import type { DiffPart } from '@/model/item-match';
import { originTitle, trackLabel } from '@/model/queries';
import { RichText } from '@/components/rich-text';
import { linkClass } from '@/components/button-class';

export const SECTION_LABELS: Record<ComparedSection, string> = {
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  performanceIndicators: 'Performance indicators',
};

const iconButton =
  'rounded px-1.5 py-0.5 text-sm text-slate-700 hover:bg-slate-100 disabled:invisible dark:text-slate-300 dark:hover:bg-slate-800';

export interface CompareViewProps {
  graph: Graph;
  comparison: Comparison;
  /** The rows before the "only differences" filter, to tell "no items" from "no differences". */
  full: Comparison;
  onRemove: (roleId: string) => void;
  onMove: (roleId: string, by: -1 | 1) => void;
}

export function CompareView({ graph, comparison, full, onRemove, onMove }: CompareViewProps) {
  const { columns } = comparison;
  const span = columns.length + 1;
  return (
    <div className="overflow-x-auto" data-print="flow">
      <table className="w-full table-fixed border-collapse text-sm" style={{ minWidth: `${8 + columns.length * 16}rem` }}>
        <caption className="sr-only">Roles compared side by side</caption>
        <colgroup>
          <col className="w-32" />
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
                <div className="mt-1 flex gap-1" data-print="hide">
                  <button type="button" className={iconButton} disabled={i === 0} onClick={() => onMove(c.role.id, -1)} aria-label={`Move ${c.role.title} left`}>
                    <span aria-hidden="true">←</span>
                  </button>
                  <button
                    type="button"
                    className={iconButton}
                    disabled={i === columns.length - 1}
                    onClick={() => onMove(c.role.id, 1)}
                    aria-label={`Move ${c.role.title} right`}
                  >
                    <span aria-hidden="true">→</span>
                  </button>
                  <button type="button" className={iconButton} onClick={() => onRemove(c.role.id)} aria-label={`Remove ${c.role.title}`}>
                    <span aria-hidden="true">✕</span>
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
        {COMPARED_SECTIONS.map((section) =>
          full.sections[section].length === 0 ? null : (
            <tbody key={section} aria-label={SECTION_LABELS[section]}>
              <tr>
                <th colSpan={span} scope="colgroup" className="px-3 pt-6 pb-2 text-left">
                  <h3 className="text-base font-semibold">{SECTION_LABELS[section]}</h3>
                </th>
              </tr>
              {comparison.sections[section].length === 0 ? (
                <tr>
                  <td colSpan={span} className="px-3 py-2 text-slate-600 dark:text-slate-400">
                    No differences in {SECTION_LABELS[section].toLowerCase()}: every role has the same items.
                  </td>
                </tr>
              ) : (
                comparison.sections[section].map((row, r) => <ItemRow key={r} graph={graph} row={row} />)
              )}
            </tbody>
          ),
        )}
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

function ItemRow({ graph, row }: { graph: Graph; row: ComparisonRow }) {
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
            <CellContent graph={graph} cell={c} />
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

/** A word-level difference against the column on the left: removed words struck through, added ones underlined. */
function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <span>
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 underline decoration-emerald-700 dark:bg-emerald-900/60 dark:text-emerald-50">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="bg-rose-100 text-rose-950 line-through dark:bg-rose-900/60 dark:text-rose-50">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </span>
  );
}
