// The grade axis and the family headers, pinned to the left and top edges of
// the canvas but following the viewport, so rows and columns stay labelled
// while panning and zooming.
import { useViewport } from '@xyflow/react';
import type { LadderLayout } from '@/model/layout';
import { NODE_HEIGHT } from '@/model/layout';
import { trackLabel } from '@/model/queries';

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
      {layout.columns.map((column) => (
        <div
          key={column.key}
          className="absolute top-1 overflow-hidden px-1"
          style={{ left: x + column.x * zoom, width: Math.max(column.width * zoom, 40) }}
        >
          <div className="truncate text-xs font-semibold" style={{ color: column.familyId ? colors.get(column.familyId) : undefined }}>
            {column.title}
          </div>
          <div className="truncate text-[11px] text-slate-600 dark:text-slate-400">{column.track ? trackLabel(column.track) : 'external'}</div>
        </div>
      ))}
    </div>
  );
}
