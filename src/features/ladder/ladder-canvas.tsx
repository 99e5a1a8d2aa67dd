// The ladder canvas (React Flow), loaded on demand so the first view stays
// lean. Positions come from `layoutLadder`, edges and their routes from
// `ladderEdges`, what each zoom shows from `ladder-view`; this file maps them to
// nodes and edges, highlights the selected role's path and handles the keyboard.
// It opens on one family at a legible zoom; zoomed out past legibility it shows
// the coarse level (a bar per family column, summaries in the headers). The
// graph is one Tab stop: one role at a time is tabbable (roving focus), arrow
// keys move between roles.
import '@xyflow/react/dist/style.css';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  getViewportForBounds,
  useReactFlow,
  useStore,
  type Edge as FlowEdge,
  type EdgeTypes,
  Position,
  type Node,
  type NodeHandle,
  type NodeTypes,
} from '@xyflow/react';
import type { EdgeKind, Graph } from '@/model/schema';
import { NODE_HEIGHT, NODE_WIDTH, neighbourInDirection, type LadderLayout } from '@/model/layout';
import { ladderEdges } from '@/model/ladder-edges';
import { columnExtents, familySummaries, firstViewport, MAX_ZOOM, MIN_ZOOM, READABLE_ZOOM, shortTitle } from '@/model/ladder-view';
import { getFamily, getRole, highlightPath, trackLabel } from '@/model/queries';
import { EDGE_LOOKS } from './edge-style';
import { ChannelEdge, TrunkEdge } from './edge-types';
import { FamilyHeaders, GradeAxis, HEADER_PX } from './ladder-axes';
import { BandNode, ColumnBar, RoleNode, type RoleNodeData } from './role-node';

const nodeTypes: NodeTypes = { role: RoleNode, band: BandNode, bar: ColumnBar };
const edgeTypes: EdgeTypes = { trunk: TrunkEdge, channel: ChannelEdge };

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
const BAND_PAD = 16;
/** Above this many roles only the nodes and edges in view are rendered; below, all stay in the DOM (and reachable). */
const CULL_ABOVE = 150;

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
  /** The family the first view shows (the asked one, the last visited, else the first). */
  focusFamilyId?: string;
  /** Small screens: no minimap. */
  compact?: boolean;
  /** Called once the ladder is on screen (its first viewport set), for work that waits for the first view. */
  onPainted?: () => void;
}

interface RoleBase {
  id: string;
  position: { x: number; y: number };
  label: string;
  data: { title: string; shown: string; detail: string; color: string; external: boolean; gradeKnown: boolean };
}

/** What depends only on the graph and the layout: computed once per view, not per selection. */
function baseElements(graph: Graph, layout: LadderLayout, colors: Map<string, string>) {
  const bands: Node[] = layout.rows.map((row, i) => ({
    id: `band:${row.slot ?? 'unknown'}`,
    type: 'band',
    position: { x: -BAND_PAD, y: row.y - 12 },
    data: { width: layout.width + 2 * BAND_PAD, shaded: row.slot === null || i % 2 === 0 },
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
        shown: shortTitle(role, family?.title),
        detail,
        color: role.familyId ? (colors.get(role.familyId) ?? '#64748b') : '#94a3b8',
        external: role.external,
        gradeKnown: p.gradeKnown || role.external,
      },
    };
  });
  const familyOfColumn = new Map(layout.columns.map((c) => [c.key, c.familyId]));
  const bars: Node[] = columnExtents(layout).map((c) => {
    const familyId = familyOfColumn.get(c.column);
    return {
      id: `bar:${c.key}`,
      type: 'bar',
      position: { x: c.x, y: c.top },
      width: c.width,
      height: c.bottom - c.top,
      data: { width: c.width, height: c.bottom - c.top, color: familyId ? (colors.get(familyId) ?? '#64748b') : '#94a3b8' },
      draggable: false,
      selectable: false,
      focusable: false,
      ariaRole: 'presentation',
    };
  });
  return { bands, roles, bars };
}

function buildEdges(
  graph: Graph,
  layout: LadderLayout,
  shownEdges: EdgeKind[],
  selectedId: string | undefined,
  highlight: { edges: Set<string> } | null,
): FlowEdge[] {
  return ladderEdges(graph, layout, { shown: shownEdges, selectedId }).map((edge) => {
    const look = EDGE_LOOKS[edge.kind];
    const lit = highlight?.edges.has(edge.id) ?? false;
    const route = edge.route;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sourceHandle: edge.sourceHandle,
      targetHandle: edge.targetHandle,
      type: route.kind === 'curve' ? 'default' : route.kind,
      data: route.kind === 'trunk' ? { trunkY: route.trunkY } : route.kind === 'channel' ? { y: route.y, x: route.x } : undefined,
      focusable: false,
      selectable: false,
      zIndex: lit ? 2 : 0,
      className: highlight && !lit ? 'dimmed' : undefined,
      style: { stroke: look.stroke, strokeWidth: lit ? look.width + 1 : look.width, strokeDasharray: look.dash },
      markerEnd: { type: MarkerType.ArrowClosed, color: look.stroke, width: 16, height: 16 },
      ariaLabel: `${look.label}: ${edge.source} to ${edge.target}`,
    };
  });
}

function Canvas(props: LadderCanvasProps) {
  const { graph, layout, shownEdges, colors, onSelect, onClose, pickedIds, onTogglePick } = props;
  // The panel is what a click asks for; the canvas's highlight and dimming follow in
  // a lower-priority render, so the panel is painted first.
  const selectedId = useDeferredValue(props.selectedId);
  const base = useMemo(() => baseElements(graph, layout, colors), [graph, layout, colors]);
  const summaries = useMemo(() => familySummaries(graph, layout), [graph, layout]);
  const coarse = useStore((s) => s.transform[2] < READABLE_ZOOM - 1e-6);
  const highlight = useMemo(
    () => props.highlight ?? (selectedId ? highlightPath(graph, selectedId) : null),
    [props.highlight, graph, selectedId],
  );

  // Roving focus: one role is the graph's Tab stop; it follows focus and selection.
  const firstOfFocus = useMemo(() => {
    const keys = new Set(layout.columns.filter((c) => (c.familyId ?? c.key) === (props.focusFamilyId ?? layout.columns[0]?.familyId)).map((c) => c.key));
    return layout.roles.filter((p) => keys.has(p.column)).sort((a, b) => a.y - b.y || a.x - b.x)[0]?.id ?? layout.roles[0]?.id;
  }, [layout, props.focusFamilyId]);
  const [roving, setRoving] = useState<string | undefined>(props.selectedId);
  const tabStop = roving && layout.roles.some((p) => p.id === roving) ? roving : (props.selectedId ?? firstOfFocus);
  useEffect(() => {
    if (props.selectedId) setRoving(props.selectedId);
  }, [props.selectedId]);

  // A node object is reused while its own flags stay the same, so selecting a role
  // re-renders the nodes whose look changes, not all of them (RoleNode is memoised).
  const cache = useRef(new Map<string, { key: string; node: Node<RoleNodeData> }>());
  const nodes = useMemo(() => {
    if (coarse) return [...base.bands, ...base.bars];
    const picked = new Set(pickedIds ?? []);
    const next = new Map<string, { key: string; node: Node<RoleNodeData> }>();
    const roles = base.roles.map((r) => {
      const flags = { selected: r.id === selectedId, picked: picked.has(r.id), dimmed: !!highlight && !highlight.roles.has(r.id) };
      const stop = r.id === tabStop;
      const key = `${Number(flags.selected)}${Number(flags.picked)}${Number(flags.dimmed)}${Number(stop)}`;
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
                domAttributes: { tabIndex: stop ? 0 : -1, title: r.data.title },
                data: { ...r.data, ...flags },
              },
            };
      next.set(r.id, entry);
      return entry.node;
    });
    cache.current = next;
    return [...base.bands, ...roles];
  }, [base, selectedId, pickedIds, highlight, coarse, tabStop]);
  const edges = useMemo(
    () => (coarse ? [] : buildEdges(graph, layout, shownEdges, selectedId, highlight)),
    [graph, layout, shownEdges, selectedId, highlight, coarse],
  );
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const pane = useRef<HTMLDivElement>(null);
  const ready = useRef(false);

  const placed = useMemo(() => new Map(layout.roles.map((p) => [p.id, p])), [layout]);
  const showRole = useCallback(
    (id: string, duration: number) => {
      const p = placed.get(id);
      if (!p) return;
      flow.setCenter(p.x + NODE_WIDTH / 2, p.y + NODE_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), 1), duration });
    },
    [flow, placed],
  );

  useEffect(() => {
    if (ready.current && selectedId) showRole(selectedId, 300);
  }, [selectedId, showRole]);

  const cull = layout.roles.length > CULL_ABOVE;
  // At scale, roles out of view are not rendered: when the Tab stop is one of them, the
  // frame takes its place as the one Tab stop and hands focus on to it (panning to it).
  const stopInView = useStore((st) => {
    const p = tabStop ? placed.get(tabStop) : undefined;
    if (!p) return false;
    const [tx, ty, zoom] = st.transform;
    const x = p.x * zoom + tx;
    const y = p.y * zoom + ty;
    return x + NODE_WIDTH * zoom > 0 && x < st.width && y + NODE_HEIGHT * zoom > 0 && y < st.height;
  });
  const frameIsStop = coarse || (cull && !stopInView);
  const shownLayout = useRef(layout);
  /** The first view: the focus family at a legible zoom (React Flow's fitView would shrink everything to fit). */
  const openView = useCallback(() => {
    const rect = pane.current?.getBoundingClientRect();
    const screen = rect && rect.width > 0 && rect.height > 0 ? rect : { width: 1024, height: 768 };
    return flow.setViewport(firstViewport(layout, props.focusFamilyId, screen));
  }, [flow, layout, props.focusFamilyId]);
  // Another selection of families or tracks opens like a first view again.
  useEffect(() => {
    if (shownLayout.current === layout) return;
    shownLayout.current = layout;
    if (ready.current) void openView().then(() => selectedId && showRole(selectedId, 0));
  }, [layout, openView, selectedId, showRole]);
  // The fit-view control shows everything, as far as legibility of the coarse level allows.
  const fitLayout = useCallback(
    (duration = 0) => {
      const rect = pane.current?.getBoundingClientRect();
      if (!rect || !layout.roles.length) return Promise.resolve(false);
      const bounds = { x: -BAND_PAD, y: layout.rows[0]?.y ?? 0, width: layout.width + 2 * BAND_PAD, height: layout.height };
      return flow.setViewport(getViewportForBounds(bounds, rect.width, rect.height, MIN_ZOOM, MAX_ZOOM, 0.05), { duration });
    },
    [flow, layout],
  );

  /** Off-screen nodes are not rendered (onlyRenderVisibleElements): bring the role into view first. */
  const focusRole = (id: string, tries = 10) => {
    setRoving(id);
    const el = wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id=${JSON.stringify(id)}]`);
    if (el) {
      el.focus();
      return;
    }
    if (tries === 10) showRole(id, 0);
    if (tries > 0) requestAnimationFrame(() => focusRole(id, tries - 1));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const focused = (document.activeElement as HTMLElement | null)?.closest?.('.react-flow__node-role')?.getAttribute('data-id') ?? undefined;
    const current = focused ?? tabStop;
    const direction = ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[e.key as 'ArrowUp'];
    if (coarse && current && (direction || e.key === 'Enter')) {
      // from the coarse level, the keyboard goes back to the roles
      e.preventDefault();
      focusRole(current);
    } else if (direction && current) {
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
      id="ladder"
      className="grid h-full w-full grid-cols-[4rem_minmax(0,1fr)] sm:grid-cols-[5.5rem_minmax(0,1fr)]"
      style={{ gridTemplateRows: `${HEADER_PX}px minmax(0,1fr)` }}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const id = (e.target as HTMLElement).closest?.('.react-flow__node-role')?.getAttribute('data-id');
        // a click focuses the node first: the Tab stop follows at low priority, so the click's panel comes first
        if (id && id !== roving) startTransition(() => setRoving(id));
        if (e.target === e.currentTarget && !coarse && tabStop) focusRole(tabStop);
      }}
      role="group"
      aria-label="Career ladder graph"
      aria-describedby="ladder-help"
      tabIndex={frameIsStop ? 0 : undefined}
      data-lod={coarse ? 'families' : 'roles'}
    >
      <p id="ladder-help" className="sr-only">
        Roles are arranged by grade, higher grades higher. Arrow keys move between roles along promotion and reporting lines, Enter opens a role, Shift+Enter picks it for a comparison, Escape closes it. The same ladder as text: the List button under View.
      </p>
      <div aria-hidden="true" className="border-r border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950" />
      <FamilyHeaders layout={layout} summaries={summaries} colors={colors} coarse={coarse} />
      <GradeAxis layout={layout} />
      <div ref={pane} className="relative min-h-0 min-w-0">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onlyRenderVisibleElements={cull}
          onNodeMouseEnter={(_event, node) => {
            if (node.type === 'role') props.onIntent?.(node.id);
          }}
          onNodeClick={(event, node) => {
            if (node.type !== 'role') return;
            if ((event.shiftKey || event.ctrlKey || event.metaKey) && onTogglePick) onTogglePick(node.id);
            else onSelect(node.id);
          }}
          onInit={() => {
            void openView().then(() => {
              if (selectedId) showRole(selectedId, 0);
              ready.current = true;
              props.onPainted?.();
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
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} position={props.compact ? 'bottom-right' : 'top-right'} onFitView={() => void fitLayout(300)} />
          {!props.compact && (
            <MiniMap
              pannable
              zoomable
              ariaLabel="Minimap of the ladder"
              nodeColor={(n) => (n.type === 'band' ? 'transparent' : ((n.data as RoleNodeData).color ?? '#94a3b8'))}
              nodeStrokeWidth={0}
            />
          )}
        </ReactFlow>
      </div>
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
