// The edge legend: one switch per edge kind, drawn with the same stroke as the canvas.
import type { EdgeKind } from '@/model/schema';
import { EDGE_KINDS, EDGE_LOOKS } from './edge-style';

export function EdgeLegend({ shown, onChange }: { shown: EdgeKind[]; onChange: (kinds: EdgeKind[]) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className="sr-only">Edges shown on the ladder</legend>
      {EDGE_KINDS.map((kind) => {
        const look = EDGE_LOOKS[kind];
        const checked = shown.includes(kind);
        return (
          <label key={kind} className="flex cursor-pointer items-center gap-1.5 text-sm" title={look.description}>
            <input
              type="checkbox"
              className="h-4 w-4 accent-blue-700"
              checked={checked}
              onChange={() => onChange(checked ? shown.filter((k) => k !== kind) : [...shown, kind])}
            />
            <svg aria-hidden="true" width="28" height="8" className="shrink-0">
              <line x1="1" y1="4" x2="27" y2="4" stroke={look.stroke} strokeWidth={look.width} strokeDasharray={look.dash} />
            </svg>
            {look.label}
          </label>
        );
      })}
    </fieldset>
  );
}
