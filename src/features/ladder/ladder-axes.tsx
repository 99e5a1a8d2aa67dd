// The family headers (top strip) and the grade axis (left strip), beside the
// canvas rather than over it, following the viewport so rows and columns stay
// labelled while panning and zooming. Their text is drawn at a fixed screen
// size (never scaled by the zoom), so it stays legible at every zoom. In the
// coarse level a header also gives the family's grade span and role counts.
import { useViewport } from '@xyflow/react';
import { FAMILY_GAP, NODE_HEIGHT, type LadderLayout } from '@/model/layout';
import { gradeSpanLabel, type FamilySummary } from '@/model/ladder-view';
import { trackLabel } from '@/model/queries';

/** Height of the header strip, in CSS px. */
export const HEADER_PX = 76;

function counts(s: FamilySummary): string {
  if (!s.familyId) return `${s.roles} ${s.roles === 1 ? 'role' : 'roles'}`;
  const parts = [s.individualContributors && `${s.individualContributors} IC`, s.managers && `${s.managers} mgmt`].filter(Boolean);
  return parts.join(' · ');
}

export function FamilyHeaders({ layout, summaries, colors, coarse }: { layout: LadderLayout; summaries: FamilySummary[]; colors: Map<string, string>; coarse: boolean }) {
  const { x, zoom } = useViewport();
  return (
    <div aria-hidden="true" className="pointer-events-none relative overflow-hidden border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950" style={{ height: HEADER_PX }}>
      {summaries.map((s) => (
        <div
          key={s.key}
          className="absolute top-1.5 flex flex-col px-1 text-xs leading-4"
          style={{ left: x + s.x * zoom, width: Math.max(s.width * zoom + FAMILY_GAP * zoom - 8, 40) }}
          title={s.title}
        >
          {/* the family's colour as a bar beside its name: the name itself keeps full contrast in both schemes */}
          <div
            className="line-clamp-2 border-l-4 pl-1.5 text-[13px] font-semibold break-words text-slate-900 dark:text-slate-100"
            style={{ borderLeftColor: s.familyId ? colors.get(s.familyId) : '#94a3b8' }}
          >
            {s.title}
          </div>
          {coarse && (
            <>
              <div className="truncate text-slate-700 dark:text-slate-300">{gradeSpanLabel(s)}</div>
              <div className="truncate text-slate-600 dark:text-slate-400">{counts(s)}</div>
            </>
          )}
        </div>
      ))}
      {!coarse &&
        layout.columns.map((column) => (
          <div
            key={column.key}
            className="absolute truncate px-1 text-xs text-slate-600 dark:text-slate-400"
            style={{ top: HEADER_PX - 22, left: x + column.x * zoom, width: Math.max(column.width * zoom, 40) }}
          >
            {column.track ? trackLabel(column.track) : 'no page here'}
          </div>
        ))}
    </div>
  );
}

export function GradeAxis({ layout }: { layout: LadderLayout }) {
  const { y, zoom } = useViewport();
  return (
    <div aria-hidden="true" className="pointer-events-none relative h-full overflow-hidden border-r border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      {/* a label whose row has scrolled under the headers is left out rather than cut in half */}
      {layout.rows.filter((row) => y + (row.y + NODE_HEIGHT / 2) * zoom >= 16).map((row) => (
        <div
          key={row.slot ?? 'unknown'}
          className={`absolute right-0 left-0 -translate-y-1/2 px-2 text-right text-xs leading-4 font-semibold ${row.estimated ? 'text-amber-800 dark:text-amber-300' : 'text-slate-700 dark:text-slate-300'}`}
          style={{ top: y + (row.y + NODE_HEIGHT / 2) * zoom }}
        >
          {row.label}
        </div>
      ))}
    </div>
  );
}
