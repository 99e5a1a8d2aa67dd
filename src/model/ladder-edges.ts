// Which edges the ladder draws and how they run, decided without React.
// In: the graph, its layout, the edge kinds asked for and the selected role.
// Out: one drawn edge per graph edge shown, with its handles and route.
// Promotion lines (and flows-into between families) are the default; reporting
// lines show for the selected role (up to its managers, down to its reports)
// unless all of them are asked for. Several edges of one kind leaving one role
// share a trunk: one line that branches near the far end, instead of a fan. A flows-into line runs above the rows and down the gap before
// its target family, never across other families' roles.
import type { EdgeKind, Graph } from './schema';
import { edgeKey } from './queries';
import { FAMILY_GAP, NODE_HEIGHT, ROW_HEIGHT, familyEndpoints, type LadderLayout, type PlacedRole } from './layout';

/** From this many edges of one kind leaving one role on one side, they are bundled. */
export const BUNDLE_FROM = 3;

export type EdgeRoute =
  | { kind: 'straight' }
  | { kind: 'curve' }
  /** Vertical from the source to `trunkY`, along it, then vertical into the target. */
  | { kind: 'trunk'; trunkY: number }
  /** Up from the source to `y`, across to `x` (a gap between families), down and into the target's side. */
  | { kind: 'channel'; y: number; x: number };

export interface LadderEdge {
  id: string;
  kind: EdgeKind;
  /** Role ids drawn (for flows-into: the source family's top role, the target family's lowest). */
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
  route: EdgeRoute;
}

export interface EdgeChoice {
  /** Kinds asked for in full. */
  shown: readonly EdgeKind[];
  /** The selected role: its reporting lines show even when "reports-to" is not asked for. */
  selectedId?: string;
}

function handlesFor(a: PlacedRole, b: PlacedRole) {
  if (a.y > b.y) return { sourceHandle: 's-top', targetHandle: 't-bottom' };
  if (a.y < b.y) return { sourceHandle: 's-bottom', targetHandle: 't-top' };
  return a.x < b.x ? { sourceHandle: 's-right', targetHandle: 't-left' } : { sourceHandle: 's-left', targetHandle: 't-right' };
}

const gapAbove = (p: PlacedRole) => p.y - (ROW_HEIGHT - NODE_HEIGHT) / 2;
const gapBelow = (p: PlacedRole) => p.y + NODE_HEIGHT + (ROW_HEIGHT - NODE_HEIGHT) / 2;

export function ladderEdges(graph: Graph, layout: LadderLayout, choice: EdgeChoice): LadderEdge[] {
  const position = new Map(layout.roles.map((p) => [p.id, p]));
  const columnX = new Map(layout.columns.map((c) => [c.key, c.x]));
  const topY = layout.rows[0]?.y ?? 0;
  const wanted = (kind: EdgeKind, source: string, target: string) =>
    choice.shown.includes(kind) || (kind === 'reports-to' && !!choice.selectedId && (source === choice.selectedId || target === choice.selectedId));

  const drawn: (LadderEdge & { a: PlacedRole; b: PlacedRole })[] = [];
  for (const edge of graph.edges) {
    if (!wanted(edge.kind, edge.source, edge.target)) continue;
    const flows = edge.kind === 'flows-into';
    const source = flows ? familyEndpoints(layout, edge.source, 'top', graph) : edge.source;
    const target = flows ? familyEndpoints(layout, edge.target, 'bottom', graph) : edge.target;
    const a = source ? position.get(source) : undefined;
    const b = target ? position.get(target) : undefined;
    if (!a || !b || !source || !target) continue;
    const id = edgeKey(edge.kind, edge.source, edge.target);
    if (flows) {
      const gapX = (columnX.get(b.column) ?? b.x) - FAMILY_GAP / 2;
      drawn.push({ id, kind: edge.kind, source, target, a, b, sourceHandle: 's-top', targetHandle: 't-left', route: { kind: 'channel', y: topY - 28, x: gapX } });
      continue;
    }
    const straight = edge.kind === 'promotion' && a.column === b.column;
    drawn.push({ id, kind: edge.kind, source, target, a, b, ...handlesFor(a, b), route: straight ? { kind: 'straight' } : { kind: 'curve' } });
  }

  // Bundles: edges of one kind that leave one role upwards (or downwards) share a trunk in
  // the gap next to it. Only fans out of a role: lines converging on one role (a manager's
  // reports) already meet at its handle, and a trunk there would cross the ladder between.
  const groups = new Map<string, typeof drawn>();
  for (const e of drawn) {
    if (e.route.kind === 'channel' || e.a.y === e.b.y) continue;
    const key = `${e.kind}|${e.source}|${e.a.y > e.b.y ? 'up' : 'down'}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  for (const group of groups.values()) {
    if (group.length < BUNDLE_FROM) continue;
    const from = group[0]!.a;
    const trunkY = from.y > group[0]!.b.y ? gapAbove(from) : gapBelow(from);
    for (const e of group) e.route = { kind: 'trunk', trunkY };
  }

  return drawn.map(({ a: _a, b: _b, ...edge }) => edge);
}
