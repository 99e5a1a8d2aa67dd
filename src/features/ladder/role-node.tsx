// A role on the canvas: a cheap presenter of precomputed data. Title (its short
// form when long, wrapped on up to three lines; the full title is the node's
// accessible name and tooltip), grade, track, family colour; external roles look
// different and say so. Text sizes come from the model, which knows at what zoom
// they stay legible. Also the coarse level's column bar and the row bands.
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '@/model/layout';
import { NODE_DETAIL_PX, NODE_TITLE_PX } from '@/model/ladder-view';

export interface RoleNodeData extends Record<string, unknown> {
  title: string;
  /** What the box shows: the title, or its short form when long. */
  shown: string;
  detail: string;
  color: string;
  external: boolean;
  gradeKnown: boolean;
  selected: boolean;
  /** Picked for a comparison. */
  picked?: boolean;
  dimmed: boolean;
}
export type RoleNodeType = Node<RoleNodeData, 'role'>;

const sides = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
] as const;

function RoleNodeView({ data }: NodeProps<RoleNodeType>) {
  const base = 'relative flex flex-col justify-center rounded-lg border px-3 py-2 shadow-sm transition-opacity';
  const look = data.external
    ? 'border-dashed border-slate-400 bg-slate-100 text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100'
    : 'border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-50';
  return (
    <div
      className={`${base} ${look} ${data.selected ? 'ring-3 ring-blue-600 dark:ring-sky-400' : data.picked ? 'ring-2 ring-amber-500' : ''} ${data.dimmed ? 'opacity-30' : ''}`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, borderLeftWidth: 6, borderLeftColor: data.color }}
    >
      {sides.map(([id, position]) => (
        <Handle key={`s-${id}`} id={`s-${id}`} type="source" position={position} isConnectable={false} />
      ))}
      {sides.map(([id, position]) => (
        <Handle key={`t-${id}`} id={`t-${id}`} type="target" position={position} isConnectable={false} />
      ))}
      {data.picked && (
        <span aria-hidden="true" className="absolute -top-2 -right-2 flex h-5 w-5 items-center justify-center rounded-full bg-amber-500 text-xs font-bold text-white shadow">
          ✓
        </span>
      )}
      <div className="line-clamp-3 leading-tight font-semibold" style={{ fontSize: NODE_TITLE_PX }}>
        {data.shown}
      </div>
      <div style={{ fontSize: NODE_DETAIL_PX }} className={`mt-1 leading-tight ${data.gradeKnown ? 'text-slate-600 dark:text-slate-300' : 'font-medium text-amber-800 dark:text-amber-300'}`}>
        {data.detail}
      </div>
    </div>
  );
}

export const RoleNode = memo(RoleNodeView);

/** A shaded band behind one grade row. */
function BandNodeView({ data }: NodeProps<Node<{ width: number; shaded: boolean }, 'band'>>) {
  return (
    <div
      aria-hidden="true"
      className={data.shaded ? 'rounded-md bg-slate-100/70 dark:bg-slate-900/70' : ''}
      style={{ width: data.width, height: NODE_HEIGHT + 24 }}
    />
  );
}
export const BandNode = memo(BandNodeView);

/** The coarse level: a family's track column as one bar from its lowest grade to its highest. */
function ColumnBarView({ data }: NodeProps<Node<{ width: number; height: number; color: string }, 'bar'>>) {
  return (
    <div
      aria-hidden="true"
      className="rounded-xl border-2 opacity-80"
      style={{ width: data.width, height: data.height, borderColor: data.color, background: `color-mix(in srgb, ${data.color} 22%, transparent)` }}
    />
  );
}
export const ColumnBar = memo(ColumnBarView);
