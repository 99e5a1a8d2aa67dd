// The ladder canvas (React Flow), loaded on demand so the first view stays
// lean. Positions come from `layoutLadder`; this file only maps them to nodes
// and edges, highlights the selected role's path and handles the keyboard.
import '@xyflow/react/dist/style.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  getViewportForBounds,
  useReactFlow,
  type Edge as FlowEdge,
  Position,
  type Node,
  type NodeHandle,
  type NodeTypes,
} from '@xyflow/react';
import type { EdgeKind, Graph } from '@/model/schema';
import { familyEndpoints, NODE_HEIGHT, NODE_WIDTH, neighbourInDirection, type LadderLayout } from '@/model/layout';
import { edgeKey, getFamily, getRole, highlightPath, trackLabel } from '@/model/queries';
import { EDGE_LOOKS } from './edge-style';
import { LadderAxes } from './ladder-axes';
import { BandNode, RoleNode, type RoleNodeData } from './role-node';

const nodeTypes: NodeTypes = { role: RoleNode, band: BandNode };

/** Handle places stated up front (as for server rendering), so edges never wait for a measurement. */
const HANDLES: NodeHandle[] = (
  [
    ['top', Position.Top, NODE_WIDTH / 2, 0],
    ['bottom', Position.Bottom, NODE_WIDTH / 2, NODE_HEIGHT],
    ['left', Position.Left, 0, NODE_HEIGHT / 2],
    ['right', Position.Right, NODE_WIDTH, NODE_HEIGHT / 2],
  ] as const
).flatMap(([side, position, x, y]) => [
  { id: `s-${side}`, type: 'source' as const, position, x: x - 1, y: y - 1, width: 2, height: 2 },
  { id: `t-${side}`, type: 'target' as const, position, x: x - 1, y: y - 1, width: 2, height: 2 },
]);
const AXIS_PAD = 110;
/** Above this many roles only the nodes and edges in view are rendered; below, all stay in the DOM (and reachable). */
const CULL_ABOVE = 150;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;

export interface LadderCanvasProps {
  graph: Graph;
  layout: LadderLayout;
  shownEdges: EdgeKind[];
  colors: Map<string, string>;
  selectedId?: string;
  onSelect: (roleId: string) => void;
  onClose: () => void;
  /** Roles picked for a comparison (shift/ctrl/cmd-click or Shift+Enter toggles). */
  pickedIds?: readonly string[];
  onTogglePick?: (roleId: string) => void;
  /** What to light up instead of the selected role's lines (a promotion path). */
  highlight?: { roles: Set<string>; edges: Set<string> };
  /** A role the pointer is over: likely to be opened next (its text can start loading). */
  onIntent?: (roleId: string) => void;
}

function handlesFor(a: { x: number; y: number }, b: { x: number; y: number }) {
  if (a.y > b.y) return { sourceHandle: 's-top', targetHandle: 't-bottom' };
  if (a.y < b.y) return { sourceHandle: 's-bottom', targetHandle: 't-top' };
  return a.x < b.x ? { sourceHandle: 's-right', targetHandle: 't-left' } : { sourceHandle: 's-left', targetHandle: 't-right' };
}

interface RoleBase {
  id: string;
  position: { x: number; y: number };
  label: string;
  data: { title: string; detail: string; color: string; external: boolean; gradeKnown: boolean };
}

/** What depends only on the graph and the layout: computed once per view, not per selection. */
function baseElements(graph: Graph, layout: LadderLayout, colors: Map<string, string>) {
  const bands: Node[] = layout.rows.map((row, i) => ({
    id: `band:${row.slot}`,
    type: 'band',
    position: { x: -AXIS_PAD + 8, y: row.y - 12 },
    data: { width: layout.width + AXIS_PAD + 16, shaded: i % 2 === 0 },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
    ariaRole: 'presentation',
  }));
  const roles: RoleBase[] = layout.roles.map((p) => {
    const role = getRole(graph, p.id)!;
    const family = role.familyId ? getFamily(graph, role.familyId) : undefined;
    const grade = role.external ? 'External' : p.gradeKnown ? `Grade ${role.grade}` : 'Grade unknown';
    const detail = role.external ? `External · ${trackLabel(role.track)}` : `${grade} · ${role.track === 'management' ? 'Management' : role.track === 'unknown' ? 'Track not stated' : 'IC'}`;
    return {
      id: p.id,
      position: { x: p.x, y: p.y },
      label: `${role.title}, ${grade}, ${trackLabel(role.track)}${family ? `, ${family.title}` : ''}`,
      data: {
        title: role.title,
        detail,
        color: role.familyId ? (colors.get(role.familyId) ?? '#64748b') : '#94a3b8',
        external: role.external,
        gradeKnown: p.gradeKnown || role.external,
      },
    };
  });
  return { bands, roles };
}

function buildEdges(graph: Graph, layout: LadderLayout, shownEdges: EdgeKind[], highlight: { edges: Set<string> } | null): FlowEdge[] {
  const position = new Map(layout.roles.map((p) => [p.id, p]));
  const edges: FlowEdge[] = [];
  for (const edge of graph.edges) {
    if (!shownEdges.includes(edge.kind)) continue;
    let source = edge.source;
    let target = edge.target;
    if (edge.kind === 'flows-into') {
      source = familyEndpoints(layout, edge.source, 'top', graph) ?? '';
      target = familyEndpoints(layout, edge.target, 'bottom', graph) ?? '';
    }
    const a = position.get(source);
    const b = position.get(target);
    if (!a || !b) continue;
    const look = EDGE_LOOKS[edge.kind];
    const id = edgeKey(edge.kind, edge.source, edge.target);
    const lit = highlight?.edges.has(id) ?? false;
    edges.push({
      id,
      source,
      target,
      ...handlesFor(a, b),
      type: edge.kind === 'promotion' ? 'straight' : 'default',
      focusable: false,
      selectable: false,
      zIndex: lit ? 2 : 0,
      className: highlight && !lit ? 'dimmed' : undefined,
      style: { stroke: look.stroke, strokeWidth: lit ? look.width + 1 : look.width, strokeDasharray: look.dash },
      markerEnd: { type: MarkerType.ArrowClosed, color: look.stroke, width: 16, height: 16 },
      ariaLabel: `${look.label}: ${source} to ${target}`,
    });
  }
  return edges;
}

function Canvas(props: LadderCanvasProps) {
  const { graph, layout, shownEdges, colors, onSelect, onClose, pickedIds, onTogglePick } = props;
  // The panel is what a click asks for; the canvas's highlight and dimming follow in
  // a lower-priority render, so the panel is painted first.
  const selectedId = useDeferredValue(props.selectedId);
  const base = useMemo(() => baseElements(graph, layout, colors), [graph, layout, colors]);
  const highlight = useMemo(
    () => props.highlight ?? (selectedId ? highlightPath(graph, selectedId) : null),
    [props.highlight, graph, selectedId],
  );
  // A node object is reused while its own flags stay the same, so selecting a role
  // re-renders the nodes whose look changes, not all of them (RoleNode is memoised).
  const cache = useRef(new Map<string, { key: string; node: Node<RoleNodeData> }>());
  const nodes = useMemo(() => {
    const picked = new Set(pickedIds ?? []);
    const next = new Map<string, { key: string; node: Node<RoleNodeData> }>();
    const roles = base.roles.map((r) => {
      const flags = { selected: r.id === selectedId, picked: picked.has(r.id), dimmed: !!highlight && !highlight.roles.has(r.id) };
      const key = `${Number(flags.selected)}${Number(flags.picked)}${Number(flags.dimmed)}`;
      const old = cache.current.get(r.id);
      const entry: { key: string; node: Node<RoleNodeData> } =
        old && old.key === key && old.node.position === r.position
          ? old
          : {
              key,
              node: {
                id: r.id,
                type: 'role',
                position: r.position,
                width: NODE_WIDTH,
                height: NODE_HEIGHT,
                handles: HANDLES,
                draggable: false,
                selectable: false,
                ariaLabel: `${r.label}${flags.picked ? ', picked for comparison' : ''}`,
                data: { ...r.data, ...flags },
              },
            };
      next.set(r.id, entry);
      return entry.node;
    });
    cache.current = next;
    return [...base.bands, ...roles];
  }, [base, selectedId, pickedIds, highlight]);
  const edges = useMemo(() => buildEdges(graph, layout, shownEdges, highlight), [graph, layout, shownEdges, highlight]);
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const ready = useRef(false);

  const placed = useMemo(() => new Map(layout.roles.map((p) => [p.id, p])), [layout]);
  const showRole = useCallback(
    (id: string, duration: number) => {
      const p = placed.get(id);
      if (!p) return;
      flow.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), 0.85), duration });
    },
    [flow, placed],
  );

  useEffect(() => {
    if (ready.current && selectedId) showRole(selectedId, 300);
  }, [selectedId, showRole]);

  // React Flow's fitView waits for every node to be measured, which culled nodes never
  // are: at scale the viewport is fitted to the layout's own bounds instead.
  const cull = layout.roles.length > CULL_ABOVE;
  const fitLayout = useCallback(
    (duration = 0) => {
      const rect = wrapper.current?.getBoundingClientRect();
      if (!rect || !layout.roles.length) return Promise.resolve(false);
      const xs = layout.roles.map((p) => p.x);
      const ys = layout.roles.map((p) => p.y);
      const bounds = { x: Math.min(...xs) - AXIS_PAD, y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs) + NODE_WIDTH + AXIS_PAD, height: Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT };
      return flow.setViewport(getViewportForBounds(bounds, rect.width, rect.height, MIN_ZOOM, MAX_ZOOM, 0.12), { duration });
    },
    [flow, layout],
  );

  /** Off-screen nodes are not rendered (onlyRenderVisibleElements): bring the role into view first. */
  const focusRole = (id: string, tries = 10) => {
    const el = wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id=${JSON.stringify(id)}]`);
    if (el) {
      el.focus();
      return;
    }
    if (tries === 10) showRole(id, 0);
    if (tries > 0) requestAnimationFrame(() => focusRole(id, tries - 1));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const focused = (document.activeElement as HTMLElement | null)?.closest?.('.react-flow__node')?.getAttribute('data-id') ?? undefined;
    const current = focused ?? selectedId ?? layout.roles[0]?.id;
    const direction = ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[e.key as 'ArrowUp'];
    if (direction && current) {
      e.preventDefault();
      const next = focused ? neighbourInDirection(graph, layout, current, direction) : current;
      if (next) focusRole(next);
    } else if (e.key === 'Enter' && focused) {
      e.preventDefault();
      if (e.shiftKey && onTogglePick) onTogglePick(focused);
      else onSelect(focused);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <div
      ref={wrapper}
      className="relative h-full w-full"
      onKeyDown={onKeyDown}
      role="group"
      aria-label="Career ladder graph"
      aria-describedby="ladder-help"
      tabIndex={0}
    >
      <p id="ladder-help" className="sr-only">
        Roles are arranged by grade, higher grades higher. Arrow keys move between roles along promotion and reporting lines, Enter opens a role, Shift+Enter picks it for a comparison, Escape closes it. The same ladder as text: the List button under View.
      </p>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onlyRenderVisibleElements={cull}
        onNodeMouseEnter={(_event, node) => {
          if (node.type === 'role') props.onIntent?.(node.id);
        }}
        onNodeClick={(event, node) => {
          if (node.type !== 'role') return;
          if ((event.shiftKey || event.ctrlKey || event.metaKey) && onTogglePick) onTogglePick(node.id);
          else onSelect(node.id);
        }}
        onInit={(instance) => {
          void (cull ? fitLayout() : instance.fitView({ padding: 0.12 })).then(() => {
            if (selectedId) showRole(selectedId, 0);
            ready.current = true;
          });
          if (!selectedId) ready.current = true;
        }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        colorMode="system"
        proOptions={{ hideAttribution: true }}
        fitViewOptions={{ padding: 0.12 }}
      >
        <Background gap={24} size={1} />
        <LadderAxes layout={layout} colors={props.colors} />
        <Controls showInteractive={false} position="bottom-left" style={{ marginLeft: 96 }} onFitView={cull ? () => void fitLayout(300) : undefined} />
        <MiniMap
          pannable
          zoomable
          ariaLabel="Minimap of the ladder"
          nodeColor={(n) => (n.type === 'band' ? 'transparent' : ((n.data as RoleNodeData).color ?? '#94a3b8'))}
          nodeStrokeWidth={0}
        />
      </ReactFlow>
    </div>
  );
}

export default function LadderCanvas(props: LadderCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
