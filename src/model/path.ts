// The route up the ladder from one role to another: promotion edges first, a
// family's ladder continuing in another (flows-into), and, only when the ladder
// alone does not get there, a reporting line (report → manager). Returns each
// step with what it adds, or why there is no route and the roles that can be
// reached instead.
import { closestRoles, edgeKey, edgesFrom, entryRoles, getFamily, getRole } from './queries';
import type { Graph, Item, Role } from './schema';
import { itemKey } from './item-key';

export type PathMove = 'promotion' | 'flows-into' | 'reports-to';

export interface PathStep {
  /** The role this step arrives at. */
  role: Role;
  via: PathMove;
  /** Items the role has that the previous one did not (compared by normalised text). */
  adds: { responsibilities: Item[]; requirements: Item[] };
  /** Grade difference from the previous role; null when either grade is unknown. */
  gradeChange: number | null;
  /** True when the step moves between the individual-contributor and management tracks. */
  trackChange: boolean;
}

export interface PromotionPath {
  found: true;
  from: Role;
  to: Role;
  /** One per move; empty when `from` is `to`. */
  steps: PathStep[];
  /** Every role on the route, `from` first, for the ladder to highlight. */
  roleIds: string[];
  /** Edge keys (`queries.edgeKey`) of the moves; flows-into keys name the two families. */
  edgeKeys: string[];
}

export type NoRouteCode = 'unknown-role' | 'downward' | 'no-family-connection' | 'not-connected';

export interface NoRoute {
  found: false;
  noRoute: { code: NoRouteCode; message: string };
  /** Roles reachable from `from`, closest in grade to the target first (or closest ids when an id is unknown). */
  nearest: Role[];
}

interface Move {
  to: Role;
  via: PathMove;
  edge: string;
}

/** Moves out of a role; a move never goes down in grade when both grades are known. */
function movesFrom(graph: Graph, role: Role): Move[] {
  const notDown = (next: Role) => role.grade === null || next.grade === null || next.grade >= role.grade;
  const moves: Move[] = [];
  for (const id of edgesFrom(graph, role.id, 'promotion')) {
    const next = getRole(graph, id);
    if (next) moves.push({ to: next, via: 'promotion', edge: edgeKey('promotion', role.id, id) });
  }
  if (role.familyId) {
    for (const familyId of edgesFrom(graph, role.familyId, 'flows-into')) {
      for (const next of entryRoles(graph, familyId, role.grade)) {
        moves.push({ to: next, via: 'flows-into', edge: edgeKey('flows-into', role.familyId, familyId) });
      }
    }
  }
  for (const id of edgesFrom(graph, role.id, 'reports-to')) {
    const next = getRole(graph, id);
    if (next && notDown(next)) moves.push({ to: next, via: 'reports-to', edge: edgeKey('reports-to', role.id, id) });
  }
  return moves;
}

interface Reached {
  /** Reporting-line moves used (fewest wins), then total moves. */
  cost: [number, number];
  previous: { id: string; move: Move } | null;
}

const cheaper = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Cheapest way to every role reachable from `from` (Dijkstra on a graph of a few dozen roles). */
function reachableFrom(graph: Graph, from: Role): Map<string, Reached> {
  const reached = new Map<string, Reached>([[from.id, { cost: [0, 0], previous: null }]]);
  const done = new Set<string>();
  for (;;) {
    let current: string | null = null;
    for (const [id, r] of reached) {
      if (!done.has(id) && (current === null || cheaper(r.cost, reached.get(current)!.cost))) current = id;
    }
    if (current === null) return reached;
    done.add(current);
    const here = reached.get(current)!;
    for (const move of movesFrom(graph, getRole(graph, current)!)) {
      const cost: [number, number] = [here.cost[0] + (move.via === 'reports-to' ? 1 : 0), here.cost[1] + 1];
      const known = reached.get(move.to.id);
      if (!known || cheaper(cost, known.cost)) reached.set(move.to.id, { cost, previous: { id: current, move } });
    }
  }
}

export function findPath(graph: Graph, fromId: string, toId: string): PromotionPath | NoRoute {
  const from = getRole(graph, fromId);
  const to = getRole(graph, toId);
  if (!from || !to) {
    const unknown = !from ? fromId : toId;
    return {
      found: false,
      noRoute: { code: 'unknown-role', message: `There is no role "${unknown}".` },
      nearest: closestRoles(graph, unknown, 5),
    };
  }
  const reached = reachableFrom(graph, from);
  if (!reached.has(to.id)) return noRoute(graph, from, to, reached);

  const moves: Move[] = [];
  for (let at = reached.get(to.id)!; at.previous; at = reached.get(at.previous.id)!) moves.unshift(at.previous.move);
  let previous = from;
  const steps = moves.map((move): PathStep => {
    const step = {
      role: move.to,
      via: move.via,
      adds: { responsibilities: addedItems(previous.responsibilities, move.to.responsibilities), requirements: addedItems(previous.requirements, move.to.requirements) },
      gradeChange: previous.grade === null || move.to.grade === null ? null : move.to.grade - previous.grade,
      trackChange: previous.track !== move.to.track,
    };
    previous = move.to;
    return step;
  });
  return { found: true, from, to, steps, roleIds: [from.id, ...moves.map((m) => m.to.id)], edgeKeys: moves.map((m) => m.edge) };
}

/** Items of `after` that `before` does not have (same text after normalising). */
export function addedItems(before: Item[], after: Item[]): Item[] {
  const known = new Set(before.map((i) => itemKey(i.text)));
  return after.filter((i) => !known.has(itemKey(i.text)));
}

function noRoute(graph: Graph, from: Role, to: Role, reached: Map<string, Reached>): NoRoute {
  const nearest = [...reached.keys()]
    .filter((id) => id !== from.id)
    .map((id) => ({ role: getRole(graph, id)!, moves: reached.get(id)!.cost[1] }))
    .filter((r) => !r.role.external)
    .sort(
      (a, b) =>
        gradeGap(a.role, to) - gradeGap(b.role, to) ||
        Number(b.role.familyId === to.familyId) - Number(a.role.familyId === to.familyId) ||
        a.moves - b.moves ||
        a.role.id.localeCompare(b.role.id),
    )
    .slice(0, 5)
    .map((r) => r.role);
  return { found: false, noRoute: reason(graph, from, to, reached), nearest };
}

const gradeGap = (role: Role, target: Role) =>
  role.grade === null || target.grade === null ? Number.POSITIVE_INFINITY : Math.abs(role.grade - target.grade);

function reason(graph: Graph, from: Role, to: Role, reached: Map<string, Reached>): NoRoute['noRoute'] {
  const below = (to.grade !== null && from.grade !== null && to.grade < from.grade) || reachableFrom(graph, to).has(from.id);
  if (below) {
    return {
      code: 'downward',
      message: `${to.title}${gradeText(to)} is below ${from.title}${gradeText(from)} on the ladder; a path only goes up.`,
    };
  }
  const intoFamily = [...reached.keys()].some((id) => getRole(graph, id)?.familyId === to.familyId);
  if (to.familyId !== from.familyId && !intoFamily) {
    const family = (role: Role) => (role.familyId ? (getFamily(graph, role.familyId)?.title ?? role.familyId) : 'outside the job families');
    return {
      code: 'no-family-connection',
      message: `No promotion, career flow or reporting line leads from ${family(from)} into ${family(to)}.`,
    };
  }
  return {
    code: 'not-connected',
    message: `${to.title} is on another branch of the ladder: no promotion or reporting line leads there from ${from.title}.`,
  };
}

const gradeText = (role: Role) => (role.grade === null ? '' : ` (grade ${role.grade})`);
