// A role on the canvas: a cheap presenter of precomputed data. Title, grade,
// track, family colour; external roles look different and say so.
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '@/model/layout';

export interface RoleNodeData extends Record<string, unknown> {
  title: string;
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
      <div className="line-clamp-2 text-[13px] leading-tight font-semibold">{data.title}</div>
      <div className={`mt-1 text-xs ${data.gradeKnown ? 'text-slate-600 dark:text-slate-300' : 'font-medium text-amber-800 dark:text-amber-300'}`}>
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
