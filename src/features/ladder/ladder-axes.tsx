// The grade axis and the family headers, pinned to the left and top edges of
// the canvas but following the viewport, so rows and columns stay labelled
// while panning and zooming.
import { useViewport } from '@xyflow/react';
import type { LadderLayout } from '@/model/layout';
import { NODE_HEIGHT } from '@/model/layout';
import { trackLabel } from '@/model/queries';

/** One header per family, spanning its track columns. */
function families(layout: LadderLayout) {
  const spans = new Map<string, { key: string; familyId: string | null; title: string; x: number; width: number }>();
  for (const c of layout.columns) {
    const key = c.familyId ?? c.key;
    const span = spans.get(key);
    if (span) span.width = c.x + c.width - span.x;
    else spans.set(key, { key, familyId: c.familyId, title: c.title, x: c.x, width: c.width });
  }
  return [...spans.values()];
}

export function LadderAxes({ layout, colors }: { layout: LadderLayout; colors: Map<string, string> }) {
  const { x, y, zoom } = useViewport();
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0 z-10 overflow-hidden">
      <div className="absolute top-0 bottom-0 left-0 w-[5.5rem] border-r border-slate-200 bg-white/85 dark:border-slate-800 dark:bg-slate-950/85" />
      {layout.rows.map((row) => (
        <div
          key={row.slot}
          className={`absolute left-0 w-[5.5rem] -translate-y-1/2 px-2 text-right text-xs font-semibold ${row.estimated ? 'text-amber-800 dark:text-amber-300' : 'text-slate-700 dark:text-slate-300'}`}
          style={{ top: y + (row.y + NODE_HEIGHT / 2) * zoom }}
        >
          {row.label}
        </div>
      ))}
      <div className="absolute top-0 right-0 left-0 h-12 border-b border-slate-200 bg-white/85 dark:border-slate-800 dark:bg-slate-950/85" />
      {families(layout).map((family) => (
        <div
          key={family.key}
          className="absolute top-1 truncate px-1 text-xs font-semibold"
          style={{ left: x + family.x * zoom, width: Math.max(family.width * zoom, 40), color: family.familyId ? colors.get(family.familyId) : undefined }}
        >
          {family.title}
        </div>
      ))}
      {layout.columns.map((column) => (
        <div
          key={column.key}
          className="absolute top-6 truncate px-1 text-[11px] text-slate-600 dark:text-slate-400"
          style={{ left: x + column.x * zoom, width: Math.max(column.width * zoom, 40) }}
        >
          {column.track ? trackLabel(column.track) : 'no page here'}
        </div>
      ))}
    </div>
  );
}
