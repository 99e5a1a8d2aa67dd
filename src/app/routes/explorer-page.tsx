// The explorer: the ladder (canvas or list) with its filters and legend, and
// the role panel beside it when a role is selected. Everything it shows comes
// from the URL: the path picks the role or family, search params the view.
import { lazy, memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useNavigate } from '@tanstack/react-router';
import type { EdgeKind, Graph, Role, Track } from '@/model/schema';
import { layoutLadder } from '@/model/layout';
import { getFamily, getRole } from '@/model/queries';
import { findPath } from '@/model/path';
import { roleMarkdown } from '@/model/markdown';
import { familyColor } from '@/components/family-color';
import { EdgeLegend } from '@/features/ladder/legend';
import { LadderFilters } from '@/features/ladder/ladder-filters';
import { LadderList } from '@/features/ladder/ladder-list';
import { RolePanel } from '@/features/role-panel/role-panel';
import { PlanEntry } from '@/features/plan/plan-entry-lazy';
import { CompareTray } from '@/features/compare/compare-tray';
import { PathBanner } from '@/features/path/path-banner';
import { ShareBar } from '@/features/share/share-bar';
import { needsFamilyPicker } from '@/model/departments';
import { familyStatus } from '@/model/graph-store';
import { Link } from '@tanstack/react-router';
import { buttonClass } from '@/components/button-class';
import { ClientOnly } from '@/components/client-only';
import { AppSearchBox } from '../app-search-box';
import { useGraphState, useGraphStore } from '../graph-state';
import { edgesParam, familyFilter, idList, idParam, shownEdges, type LadderSearch } from '../search-params';
import { NARROW, TOUCH, useMediaQuery } from '../use-media-query';
import { lastFamily, rememberFamily } from '../last-family';
import { useFocusOnOpenAndClose } from '../use-panel-focus';
import { useFirstViewHold } from '../use-first-view-hold';
import { usePanelFirst } from '../use-panel-first';

// Memoised: a click re-renders the page for the panel; the canvas gets the selection in a
// later, interruptible render (its props below are stable or deferred), so the panel paints first.
const LadderCanvas = lazy(() => import('@/features/ladder/ladder-canvas').then((m) => ({ default: memo(m.default) })));

/**
 * While the canvas loads. A prerendered page (read with JavaScript off, or before the
 * app takes over) carries `list`, the ladder as links, shown only when scripting is off.
 */
function CanvasFallback({ list }: { list?: ReactNode }) {
  return (
    <>
      <div className="flex h-full items-center justify-center text-sm text-slate-600 noscript:hidden dark:text-slate-400" role="status">
        Loading the ladder…
      </div>
      {list && <div className="hidden h-full noscript:block">{list}</div>}
    </>
  );
}

/**
 * `graph`: the graph as loaded so far (text of loaded families), for the panel.
 * `index`: the graph as first loaded, stable across chunk loads: the ladder's layout
 * and elements are computed from it once per view, not again when text arrives.
 */
export function ExplorerPage({ graph, index, search, role: routeRole, familyId }: { graph: Graph; index: Graph; search: LadderSearch; role?: Role; familyId?: string }) {
  const navigate = useNavigate();
  const many = needsFamilyPicker(index);
  const edges = useMemo(() => shownEdges(search), [search.edges]); // eslint-disable-line react-hooks/exhaustive-deps
  // Below 640 px the list is the default; the graph is one tap away.
  const narrow = useMediaQuery(NARROW);
  const touch = useMediaQuery(TOUCH);
  const defaultView = narrow ? 'list' : 'canvas';
  const view = search.view ?? defaultView;
  const family = familyId ? getFamily(index, familyId) : undefined;
  const goToRole = useCallback(
    (id: string) => {
      const keep = familyId ? { families: familyId } : {};
      void navigate({ to: '/roles/$', params: { _splat: id }, search: (prev: LadderSearch) => ({ ...prev, ...keep }) });
    },
    [navigate, familyId],
  );
  // A role picked on the ladder is in the panel in the click's own frame; its address follows (use-panel-first.ts).
  const [shownRoleId, select, dropPick] = usePanelFirst(routeRole?.id, goToRole);
  const role = shownRoleId === routeRole?.id ? routeRole : shownRoleId ? getRole(graph, shownRoleId) : undefined;

  const store = useGraphStore();
  const state = useGraphState();
  const textStatus = role ? familyStatus(state, role.familyId) : 'ready';
  const retryText = () => void store.ensureFamilies([role?.familyId])?.catch(() => undefined);
  // Hovering a role starts loading its family's text, so the panel is ready by the click.
  const prefetch = useCallback((roleId: string) => void store.ensureFamilies([getRole(index, roleId)?.familyId])?.catch(() => undefined), [store, index]);

  const pickedIds = useMemo(() => idList(search.compare), [search.compare]);
  const [pathFrom, pathTo] = idList(search.path);
  const path = useMemo(() => (pathFrom && pathTo ? findPath(index, pathFrom, pathTo) : null), [index, pathFrom, pathTo]);

  // A big handbook never falls back to "all families" on one canvas: a role shows its
  // own family, a highlighted path the families it crosses.
  let families = familyId ? [familyId] : familyFilter(search);
  if (!families.length && many) {
    const ids = role ? [role.id] : path?.found ? path.roleIds : [];
    families = [...new Set(ids.map((id) => getRole(index, id)?.familyId).filter((id): id is string => !!id))];
  }

  const layout = useMemo(() => layoutLadder(index, { families, track: search.track }), [index, families.join(','), search.track]); // eslint-disable-line react-hooks/exhaustive-deps
  // The canvas paints after this page's first render (a lazy chunk, then React Flow): the
  // work that waits for the first view (main.tsx) waits for it.
  const canvasPainted = useFirstViewHold(view === 'canvas' && layout.roles.length > 0);
  // The first view opens on one family: the one asked for, the role's, the last visited (when shown),
  // else the first the ladder draws (its leftmost).
  const shownFamily = familyId ?? role?.familyId ?? undefined;
  useEffect(() => rememberFamily(shownFamily), [shownFamily]);
  const remembered = useRef(lastFamily());
  const focusFamilyId = shownFamily ?? (remembered.current && layout.columns.some((c) => c.familyId === remembered.current) ? remembered.current : undefined);
  useFocusOnOpenAndClose(role?.id);
  const colors = useMemo(() => new Map(index.families.map((f, i) => [f.id, familyColor(i)])), [index]);
  const pathHighlight = useMemo(() => (path?.found ? { roles: new Set(path.roleIds), edges: new Set(path.edgeKeys) } : undefined), [path]);

  useEffect(() => {
    document.title = role
      ? `${role.title}${role.familyId ? ` · ${getFamily(graph, role.familyId)?.title ?? ''}` : ''} · Rungs`
      : family
        ? `${family.title} · Rungs`
        : 'Career ladder · Rungs';
  }, [graph, role, family]);

  const setSearch = (patch: Partial<LadderSearch>) =>
    void navigate({ to: '.', search: (prev: LadderSearch) => ({ ...prev, ...patch }), replace: true });

  const close = useCallback(() => {
    if (!role) return;
    dropPick();
    const only = familyFilter(search);
    if (!only.length && many && role.familyId) void navigate({ to: '/families/$familyId', params: { familyId: role.familyId }, search: true });
    else if (only.length === 1) void navigate({ to: '/families/$familyId', params: { familyId: only[0]! }, search: (prev: LadderSearch) => ({ ...prev, families: undefined }) });
    else void navigate({ to: '/', search: true });
  }, [navigate, role, search, many, dropPick]);

  // The canvas's own copies: the selection and the focus family follow the panel in a
  // deferred render; `close` is read when called, so a new role does not make it a new prop.
  const canvasSelectedId = useDeferredValue(role?.id);
  const canvasFocusFamilyId = useDeferredValue(focusFamilyId);
  const closeNow = useRef(close);
  useEffect(() => {
    closeNow.current = close;
  }, [close]);
  const canvasClose = useCallback(() => closeNow.current(), []);

  useEffect(() => {
    if (!role) return;
    const onKey = (e: KeyboardEvent) => {
      const el = document.activeElement;
      if (e.key === 'Escape' && !e.defaultPrevented && !(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [role, close]);

  const togglePick = useCallback(
    (id: string) => {
      const next = pickedIds.includes(id) ? pickedIds.filter((x) => x !== id) : [...pickedIds, id];
      void navigate({ to: '.', search: (prev: LadderSearch) => ({ ...prev, compare: idParam(next) }), replace: true });
    },
    [navigate, pickedIds],
  );
  const clearPicks = () => setSearch({ compare: undefined });

  const onFamily = (id: string | undefined) => {
    const rest = { ...search, families: undefined };
    if (id) void navigate({ to: '/families/$familyId', params: { familyId: id }, search: rest });
    else void navigate({ to: '/', search: rest });
  };

  return (
    <div className="flex h-full" data-print="flow">
      <main className="flex min-w-0 flex-1 flex-col" aria-label="Career ladder" data-print={role ? 'hide' : undefined}>
        <h1 className="sr-only">{role ? role.title : family ? `${family.title} career ladder` : 'Career ladder of all families'}</h1>
        <div className="flex min-h-12 shrink-0 flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
          {many && (
            <Link to="/" search={{ select: idParam(families) }} className={buttonClass}>
              Choose families
            </Link>
          )}
          <LadderFilters
            families={index.families}
            familyId={familyId ?? (families.length === 1 ? families[0] : undefined)}
            track={search.track}
            view={view}
            onFamily={onFamily}
            onTrack={(track: Track | undefined) => setSearch({ track })}
            onView={(v) => setSearch({ view: v === defaultView ? undefined : v })}
          />
          {view === 'canvas' && <EdgeLegend shown={edges} onChange={(kinds: EdgeKind[]) => setSearch({ edges: edgesParam(kinds) })} />}
          <CompareTray
            graph={index}
            pickedIds={pickedIds}
            hint={view === 'canvas' && !touch ? 'Shift-click roles to compare them' : 'Pick roles to compare from their panels'}
            onRemove={togglePick}
            onClear={clearPicks}
          />
        </div>
        {path && pathFrom && pathTo && (
          <div className="shrink-0 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
            <PathBanner from={pathFrom} to={pathTo} result={path} onClear={() => setSearch({ path: undefined })} />
          </div>
        )}
        <div className="relative min-h-0 flex-1">
          {layout.roles.length === 0 ? (
            <p className="p-6 text-slate-700 dark:text-slate-300">No roles match these filters.</p>
          ) : view === 'list' ? (
            <LadderList graph={index} layout={layout} selectedId={role?.id} familyId={familyId} />
          ) : (
            <ClientOnly fallback={<CanvasFallback />} first={<CanvasFallback list={<LadderList graph={index} layout={layout} selectedId={role?.id} familyId={familyId} />} />}>
              <LadderCanvas
                graph={index}
                layout={layout}
                shownEdges={edges}
                colors={colors}
                selectedId={canvasSelectedId}
                onSelect={select}
                onClose={canvasClose}
                pickedIds={pickedIds}
                onTogglePick={togglePick}
                highlight={pathHighlight}
                onIntent={prefetch}
                focusFamilyId={canvasFocusFamilyId}
                compact={narrow}
                onPainted={canvasPainted}
              />
            </ClientOnly>
          )}
        </div>
      </main>
      {role && (
        <aside
          aria-label="Role details"
          data-print="sheet"
          className="z-20 overflow-y-auto border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-950 max-md:fixed max-md:inset-x-0 max-md:bottom-0 max-md:h-[55dvh] max-md:rounded-t-2xl max-md:border-t max-md:shadow-2xl md:w-[28rem] md:shrink-0 md:border-l"
        >
          {textStatus !== 'ready' ? (
            <PanelPending role={role} failed={textStatus === 'failed'} onRetry={retryText} onClose={close} />
          ) : (
          <RolePanel
            key={role.id}
            graph={graph}
            role={role}
            onClose={close}
            picked={pickedIds.includes(role.id)}
            onTogglePick={() => togglePick(role.id)}
            compact={narrow}
            firstScreenFirst={role !== routeRole}
            share={<ShareBar printLabel="Print role" name={role.title} markdown={() => roleMarkdown(graph, role)} />}
            more={
              <>
              <PlanEntry graph={graph} role={role} />
              <details className="mt-3 rounded-md border border-slate-200 p-2 dark:border-slate-800" data-print="hide">
                <summary className="cursor-pointer text-sm font-medium">Path to…</summary>
                <div className="mt-2">
                  <AppSearchBox
                    label={`Path from ${role.title} to`}
                    showLabel
                    placeholder="Type the role you want to reach…"
                    shortcut={false}
                    exclude={[role.id]}
                    onPick={(to) => void navigate({ to: '/path', search: { from: role.id, to } })}
                  />
                </div>
              </details>
              </>
            }
          />
          )}
        </aside>
      )}
    </div>
  );
}

/** The panel while the role's family text loads (same place, same heading), or why it could not. */
function PanelPending({ role, failed, onRetry, onClose }: { role: Role; failed: boolean; onRetry: () => void; onClose: () => void }) {
  return (
    <div>
      <div className="flex items-start justify-between gap-3">
        <h2 className="text-xl font-semibold">{role.title}</h2>
        <button type="button" className={buttonClass} onClick={onClose}>
          Close
        </button>
      </div>
      {failed ? (
        <div role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <p>The responsibilities of this role could not be loaded.</p>
          <button type="button" className={`${buttonClass} mt-2`} onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : (
        <div role="status" className="mt-4 space-y-2" aria-label="Loading responsibilities">
          <p className="text-sm text-slate-600 dark:text-slate-400">Loading responsibilities…</p>
          {[0, 1, 2, 3].map((i) => (
            <div key={i} aria-hidden="true" className="h-4 rounded bg-slate-100 dark:bg-slate-800" style={{ width: `${90 - i * 12}%` }} />
          ))}
        </div>
      )}
    </div>
  );
}
