// Pure queries over the compiled graph: lookups, ladder neighbours, the path a
// selected role highlights, and the closest ids for a not-found page. No React.
import type { Edge, EdgeKind, Family, Graph, Item, Role, Track } from './schema';

export interface GraphIndex {
  graph: Graph;
  roles: Map<string, Role>;
  families: Map<string, Family>;
  /** Outgoing and incoming edges by kind, keyed by node id. */
  out: Map<string, Edge[]>;
  in: Map<string, Edge[]>;
}

const cache = new WeakMap<Graph, GraphIndex>();

export function indexGraph(graph: Graph): GraphIndex {
  const hit = cache.get(graph);
  if (hit) return hit;
  const out = new Map<string, Edge[]>();
  const inc = new Map<string, Edge[]>();
  for (const edge of graph.edges) {
    (out.get(edge.source) ?? out.set(edge.source, []).get(edge.source)!).push(edge);
    (inc.get(edge.target) ?? inc.set(edge.target, []).get(edge.target)!).push(edge);
  }
  const index: GraphIndex = {
    graph,
    roles: new Map(graph.roles.map((r) => [r.id, r])),
    families: new Map(graph.families.map((f) => [f.id, f])),
    out,
    in: inc,
  };
  cache.set(graph, index);
  return index;
}

export const getRole = (graph: Graph, id: string): Role | undefined => indexGraph(graph).roles.get(id);
export const getFamily = (graph: Graph, id: string): Family | undefined => indexGraph(graph).families.get(id);

export function edgesFrom(graph: Graph, id: string, kind: EdgeKind): string[] {
  return (indexGraph(graph).out.get(id) ?? []).filter((e) => e.kind === kind).map((e) => e.target);
}
export function edgesTo(graph: Graph, id: string, kind: EdgeKind): string[] {
  return (indexGraph(graph).in.get(id) ?? []).filter((e) => e.kind === kind).map((e) => e.source);
}

export const trackLabel = (track: Track): string => (track === 'management' ? 'Management' : track === 'unknown' ? 'Track not stated' : 'Individual contributor');

/** Title of the role or family an item came from (`item.from`). */
export function originTitle(graph: Graph, from: string): string {
  return getRole(graph, from)?.title ?? getFamily(graph, from)?.title ?? from;
}

/** Items grouped by origin, in first-seen order; the role's own items first. */
export function groupByOrigin(items: Item[]): { from: string; own: boolean; items: Item[] }[] {
  const groups = new Map<string, { from: string; own: boolean; items: Item[] }>();
  for (const item of items) {
    const key = `${item.own ? 'own' : 'inherited'}:${item.from}`;
    const group = groups.get(key) ?? groups.set(key, { from: item.from, own: item.own, items: [] }).get(key)!;
    group.items.push(item);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.own), ...all.filter((g) => !g.own)];
}

/** The next level up on the role's track: its promotion edge if it stays on the track, else the ladder order. */
export function nextLevel(graph: Graph, id: string): Role | undefined {
  return adjacentLevel(graph, id, +1);
}
export function previousLevel(graph: Graph, id: string): Role | undefined {
  return adjacentLevel(graph, id, -1);
}

function adjacentLevel(graph: Graph, id: string, step: 1 | -1): Role | undefined {
  const role = getRole(graph, id);
  if (!role) return undefined;
  const viaEdge = (step > 0 ? edgesFrom(graph, id, 'promotion') : edgesTo(graph, id, 'promotion'))
    .map((other) => getRole(graph, other))
    .find((r) => r && r.track === role.track);
  if (viaEdge) return viaEdge;
  const ladder = orderedLadder(graph, role);
  const at = ladder.findIndex((r) => r.id === id);
  return at < 0 ? undefined : ladder[at + step];
}

/** Ladder order with unknown grades kept between their page-order neighbours. */
function orderedLadder(graph: Graph, role: Role): Role[] {
  if (!role.familyId) return [role];
  const family = getFamily(graph, role.familyId);
  const onTrack = (family?.roles ?? []).map((rid) => getRole(graph, rid)).filter((r): r is Role => !!r && r.track === role.track);
  const graded = onTrack.every((r) => r.grade !== null);
  return graded ? [...onTrack].sort((a, b) => a.grade! - b.grade!) : onTrack;
}

/**
 * What a selected role lights up: its promotion chain up and down, and its
 * reporting line up to the top. Returns role ids and edge keys (`kind:source->target`).
 */
export function highlightPath(graph: Graph, id: string): { roles: Set<string>; edges: Set<string> } {
  const roles = new Set<string>([id]);
  const edges = new Set<string>();
  const walk = (start: string, next: (n: string) => string[], key: (from: string, to: string) => string) => {
    const queue = [start];
    const seen = new Set([start]);
    while (queue.length) {
      const current = queue.shift()!;
      for (const other of next(current)) {
        edges.add(key(current, other));
        if (seen.has(other)) continue;
        seen.add(other);
        roles.add(other);
        queue.push(other);
      }
    }
  };
  walk(id, (n) => edgesFrom(graph, n, 'promotion'), (a, b) => edgeKey('promotion', a, b));
  walk(id, (n) => edgesTo(graph, n, 'promotion'), (a, b) => edgeKey('promotion', b, a));
  walk(id, (n) => edgesFrom(graph, n, 'reports-to'), (a, b) => edgeKey('reports-to', a, b));
  return { roles, edges };
}

export const edgeKey = (kind: EdgeKind, source: string, target: string): string => `${kind}:${source}->${target}`;

/** Edit distance, used to rank the closest ids for an unknown one. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const tailOf = (id: string) => slug(id.slice(id.lastIndexOf('/') + 1));

/** Longest unknown id compared in full; a longer one keeps its start and end (edit distance is quadratic in length). */
const MAX_WANTED = 200;
const capWanted = (wanted: string) => (wanted.length > MAX_WANTED ? `${wanted.slice(0, MAX_WANTED / 2)}${wanted.slice(-MAX_WANTED / 2)}` : wanted);

/** How far an unknown id is from a candidate (its id, title, aliases): lower is closer. */
function distance(wanted: string, candidates: string[], prefix: string | null): number {
  const tail = tailOf(wanted);
  const tailWords = tail.split('-').filter(Boolean);
  let best = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = tailOf(candidate);
    const edit = levenshtein(tail, c) / Math.max(1, tail.length, c.length);
    const cWords = new Set(c.split('-'));
    const overlap = tailWords.length ? tailWords.filter((w) => cWords.has(w)).length / tailWords.length : 0;
    best = Math.min(best, edit - 0.3 * overlap);
  }
  const sameFamily = prefix !== null && wanted.toLowerCase().startsWith(`${prefix}/`);
  return best - (sameFamily ? 0.1 : 0);
}

/** The roles whose id or title come closest to an unknown id (internal roles first). */
export function closestRoles(graph: Graph, typed: string, limit = 5): Role[] {
  const wanted = capWanted(typed);
  return graph.roles
    .map((role) => ({ role, d: distance(wanted, [role.id, role.title, ...role.aliases], role.familyId) + (role.external ? 0.5 : 0) }))
    .sort((a, b) => a.d - b.d || a.role.id.localeCompare(b.role.id))
    .slice(0, limit)
    .map((x) => x.role);
}

export function closestFamilies(graph: Graph, typed: string, limit = 5): Family[] {
  const wanted = capWanted(typed);
  return graph.families
    .map((family) => ({ family, d: distance(wanted, [family.id, family.title], null) }))
    .sort((a, b) => a.d - b.d || a.family.id.localeCompare(b.family.id))
    .slice(0, limit)
    .map((x) => x.family);
}

/** Where a ladder continuing into `familyId` lands: its lowest-graded roles at or above `grade`. */
export function entryRoles(graph: Graph, familyId: string, grade: number | null): Role[] {
  const roles = (getFamily(graph, familyId)?.roles ?? [])
    .map((id) => getRole(graph, id))
    .filter((r): r is Role => !!r && r.grade !== null && (grade === null || r.grade >= grade));
  const lowest = Math.min(...roles.map((r) => r.grade!));
  return roles.filter((r) => r.grade === lowest);
}
