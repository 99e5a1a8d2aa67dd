// The ladder layout: a pure, deterministic function of the graph and the view.
// In: the graph, which families and tracks are shown. Out: a position for every
// visible role, the grade rows (same grade = same y in every family) and the
// family/track columns. Roles without a grade (and external reporting targets
// without one) share one lane, "Grade unknown", above every numbered grade and
// set apart from them, so it never sits between two grades. External roles
// (reporting targets outside the pages) get a column at the right.
import type { Graph, Role, Track } from './schema';
import { edgesFrom, edgesTo, getRole } from './queries';

export const NODE_WIDTH = 208;
/** Room for a title on three lines and the grade line under it. */
export const NODE_HEIGHT = 100;
export const ROW_HEIGHT = 136;
/** Extra space between the "Grade unknown" lane and the first numbered grade. */
export const LANE_GAP = 40;
export const NODE_GAP = 16;
export const TRACK_GAP = 32;
export const FAMILY_GAP = 72;

export interface LadderView {
  /** Family ids to show; empty or undefined = all. */
  families?: string[];
  /** Track to show; undefined = both. */
  track?: Track;
}

export interface PlacedRole {
  id: string;
  x: number;
  y: number;
  /** The grade the row stands for; null for the "Grade unknown" lane. */
  slot: number | null;
  gradeKnown: boolean;
  column: string;
}

export interface LadderRow {
  /** The grade the row stands for; null for the "Grade unknown" lane. */
  slot: number | null;
  y: number;
  label: string;
  /** True for the "Grade unknown" lane. */
  estimated: boolean;
}

export interface LadderColumn {
  key: string;
  familyId: string | null;
  track: Track | null;
  title: string;
  x: number;
  width: number;
}

export interface LadderLayout {
  roles: PlacedRole[];
  rows: LadderRow[];
  columns: LadderColumn[];
  width: number;
  height: number;
}

/** Column order per family; 'unknown' (the page does not say) comes last, in a column of its own. */
const TRACKS: Track[] = ['individual-contributor', 'management', 'unknown'];

/** The row key of a role: its grade, or null for the "Grade unknown" lane. */
const slotOfRole = (role: Role): number | null => role.grade;

export function layoutLadder(graph: Graph, view: LadderView = {}): LadderLayout {
  const shownFamilies = graph.families.filter((f) => !view.families?.length || view.families.includes(f.id));
  const roleById = new Map(graph.roles.map((r) => [r.id, r]));
  const groups: { key: string; familyId: string | null; track: Track | null; title: string; roles: Role[] }[] = [];

  for (const family of shownFamilies) {
    const familyRoles = family.roles.map((id) => roleById.get(id)).filter((r): r is Role => !!r && !r.external);
    for (const track of TRACKS) {
      if (view.track && view.track !== track) continue;
      const onTrack = familyRoles.filter((r) => r.track === track);
      if (!onTrack.length) continue;
      groups.push({ key: `${family.id}:${track}`, familyId: family.id, track, title: family.title, roles: onTrack });
    }
  }

  // External roles that a shown role reports to.
  const shown = new Set(groups.flatMap((g) => g.roles.map((r) => r.id)));
  const externals = graph.roles.filter((r) => r.external && edgesTo(graph, r.id, 'reports-to').some((id) => shown.has(id)));
  if (externals.length) groups.push({ key: 'external', familyId: null, track: null, title: 'Outside these pages', roles: externals });

  // Rows: the "Grade unknown" lane on top (when any role needs it), then every grade, highest first.
  const all = groups.flatMap((g) => g.roles);
  const grades = [...new Set(all.map(slotOfRole).filter((g): g is number => g !== null))].sort((a, b) => b - a);
  const rows: LadderRow[] = [];
  if (all.some((r) => slotOfRole(r) === null)) rows.push({ slot: null, y: 0, label: 'Grade unknown', estimated: true });
  const top = rows.length ? ROW_HEIGHT + LANE_GAP : 0;
  grades.forEach((grade, i) => rows.push({ slot: grade, y: top + i * ROW_HEIGHT, label: `Grade ${grade}`, estimated: false }));
  const yOf = new Map(rows.map((r) => [r.slot, r.y]));

  // Columns: as wide as the most roles sharing one row.
  const columns: LadderColumn[] = [];
  const placed: PlacedRole[] = [];
  let x = 0;
  let previousFamily: string | null | undefined;
  for (const group of groups) {
    if (previousFamily !== undefined) x += group.familyId === previousFamily ? TRACK_GAP : FAMILY_GAP;
    previousFamily = group.familyId;
    const bySlot = new Map<number | null, Role[]>();
    for (const role of group.roles) {
      const slot = slotOfRole(role);
      (bySlot.get(slot) ?? bySlot.set(slot, []).get(slot)!).push(role);
    }
    const across = Math.max(...[...bySlot.values()].map((rs) => rs.length));
    const width = across * NODE_WIDTH + (across - 1) * NODE_GAP;
    for (const [slot, rs] of bySlot) {
      rs.forEach((role, i) => {
        placed.push({ id: role.id, x: x + i * (NODE_WIDTH + NODE_GAP), y: yOf.get(slot)!, slot, gradeKnown: slot !== null, column: group.key });
      });
    }
    columns.push({ key: group.key, familyId: group.familyId, track: group.track, title: group.title, x, width });
    x += width;
  }

  placed.sort((a, b) => a.x - b.x || a.y - b.y);
  const last = rows[rows.length - 1];
  return { roles: placed, rows, columns, width: x, height: last ? last.y + NODE_HEIGHT : 0 };
}

/** For flows-into edges (family → family): the source family's top role and the target family's lowest role. */
export function familyEndpoints(layout: LadderLayout, familyId: string, end: 'top' | 'bottom', graph: Graph): string | undefined {
  const inFamily = layout.roles.filter((p) => getRole(graph, p.id)?.familyId === familyId);
  // top: the highest numbered grade (the unknown lane says nothing about rank); bottom: the lowest
  const rank = (p: PlacedRole) => p.slot ?? (end === 'top' ? -Infinity : Infinity);
  const sorted = [...inFamily].sort((a, b) => (end === 'top' ? rank(b) - rank(a) : rank(a) - rank(b)) || a.x - b.x);
  return sorted[0]?.id;
}

/** Where arrow keys go from a role: along promotion / reporting edges first, else the nearest role that way. */
export function neighbourInDirection(
  graph: Graph,
  layout: LadderLayout,
  fromId: string,
  direction: 'up' | 'down' | 'left' | 'right',
): string | undefined {
  const at = layout.roles.find((p) => p.id === fromId);
  if (!at) return layout.roles[0]?.id;
  const visible = new Set(layout.roles.map((p) => p.id));
  if (direction === 'up') {
    const next = [...edgesFrom(graph, fromId, 'promotion'), ...edgesFrom(graph, fromId, 'reports-to')].find((id) => visible.has(id));
    if (next) return next;
  }
  if (direction === 'down') {
    const prev = [...edgesTo(graph, fromId, 'promotion'), ...edgesTo(graph, fromId, 'reports-to')].find((id) => visible.has(id));
    if (prev) return prev;
  }
  const candidates = layout.roles.filter((p) => {
    if (p.id === fromId) return false;
    if (direction === 'up') return p.y < at.y;
    if (direction === 'down') return p.y > at.y;
    if (direction === 'left') return p.x < at.x;
    return p.x > at.x;
  });
  const horizontal = direction === 'left' || direction === 'right';
  const cost = (p: PlacedRole) =>
    horizontal ? Math.abs(p.x - at.x) + 4 * Math.abs(p.y - at.y) : Math.abs(p.y - at.y) + 4 * Math.abs(p.x - at.x);
  return candidates.sort((a, b) => cost(a) - cost(b) || a.id.localeCompare(b.id))[0]?.id;
}
