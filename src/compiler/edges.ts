// Stage: edges. Promotion edges run along each track of a family in grade order;
// roles on the same grade and track sit side by side (each connects to the step
// below and above), unless one extends the other, which puts it one step higher.
// Roles without a grade take the grade of the level before them on the page.
// The step from the individual-contributor into the management track is added
// where the page links the tracks (see `stepIntoManagement`).
import type { Edge, Role } from '../model/schema.ts';

interface Rung {
  role: Role;
  grade: number;
  depth: number;
  order: number;
}

/** Rank a title names, for placing a level without a grade: leaders apart from individual contributors (null: no rank word). */
const LEADER_RANKS: readonly [RegExp, number][] = [
  [/^(?:chief|c[a-z]o)\b|\bchief\b(?!\s+of\s+staff)/i, 7],
  [/\b(?:svp|evp|senior vice president|executive vice president)\b/i, 6],
  [/\b(?:vp|vice president)\b/i, 5],
  [/\b(?:senior|sr\.?)\s+director\b/i, 4],
  [/\bdirector\b/i, 3],
  [/\b(?:senior|sr\.?)\s+manager\b/i, 2],
  [/\bmanager\b/i, 1],
];
const IC_RANKS: readonly [RegExp, number][] = [
  [/^(?:fellow\b|.*\bfellow$)/i, 7],
  [/^distinguished\b/i, 6],
  [/^principal\b/i, 5],
  [/^staff\b/i, 4],
  [/^(?:senior|sr\.?)\b/i, 3],
  [/^intermediate\b|\(intermediate\)/i, 2],
  [/^(?:junior|jr\.?|associate)\b|\((?:junior|associate)\)/i, 1],
];
function rankOf(role: Role): { leader: boolean; rank: number } | null {
  const ranks = role.track === 'management' ? LEADER_RANKS : IC_RANKS;
  const found = ranks.find(([re]) => re.test(role.title));
  return found ? { leader: role.track === 'management', rank: found[1] } : null;
}

/**
 * Grades to place levels by. A level without a grade takes the grade of the level before it
 * on the page, or just above it where its title names a higher rank of the same track
 * ("Director of Support" after "Senior Manager, Support", grade 9): pages list a ladder in
 * order, and an ungraded Director is not a Senior Manager's peer. An ungraded level with a
 * lower rank than the level before it (a Director listed after the VP, under Specialties)
 * breaks that order: the page does not place it (`unplaced`), so no step is inferred for it.
 */
function effectiveGrades(roles: readonly Role[]): { grades: number[]; unplaced: Set<number> } {
  const grades: number[] = [];
  const unplaced = new Set<number>();
  let previous = 0;
  let anyGraded = false;
  roles.forEach((role, i) => {
    let grade = role.grade ?? previous;
    if (role.grade === null && anyGraded) {
      // The level before it on its own track, where there is one (an IC "X Manager" between two managers places nothing).
      let j = i - 1;
      while (j >= 0 && (unplaced.has(j) || (roles[j]!.track === 'management') !== (role.track === 'management'))) j--;
      const a = j >= 0 ? rankOf(roles[j]!) : null;
      const b = rankOf(role);
      if (j >= 0) grade = grades[j]!;
      if (a && b && b.rank > a.rank) grade = grades[j]! + 0.5;
      if (a && b && b.rank < a.rank) unplaced.add(i);
    }
    grades.push(grade);
    if (unplaced.has(i)) return;
    previous = grade;
    if (role.grade !== null) anyGraded = true;
  });
  return { grades, unplaced };
}

/** Steps of one track: rungs grouped by (grade, depth within the grade), lowest first. */
function steps(rungs: Rung[]): Role[][] {
  const byId = new Map(rungs.map((r) => [r.role.id, r]));
  for (const rung of rungs) {
    // Depth = how many same-grade levels this one extends, directly or through others.
    let depth = 0;
    let current: Rung | undefined = rung;
    const seen = new Set<string>();
    while (current && !seen.has(current.role.id)) {
      seen.add(current.role.id);
      const target: string | null = current.role.extends.responsibilities ?? current.role.extends.requirements;
      const next: Rung | undefined = target ? byId.get(target) : undefined;
      if (!next || next.grade !== rung.grade) break;
      // A variant of the level it builds on ("Public Sector Inside Sales Representative" on "Inside Sales
      // Representative", the same grade and rank) is a specialisation beside it, not a step above it.
      if (isVariant(next.role, current.role)) break;
      depth++;
      current = next;
    }
    rung.depth = depth;
  }
  const sorted = [...rungs].sort((a, b) => a.grade - b.grade || a.depth - b.depth || a.order - b.order);
  const result: Role[][] = [];
  let last: Rung | null = null;
  for (const rung of sorted) {
    if (last && last.grade === rung.grade && last.depth === rung.depth) result[result.length - 1]!.push(rung.role);
    else result.push([rung.role]);
    last = rung;
  }
  return result;
}

/**
 * Does the ladder go on into management, and from which IC levels? The page has to
 * link the tracks (the truth labellers' rule: "only where the page says so or the
 * ladder clearly continues there"):
 *   - IC levels report to the entry management level ("reports to the Manager, X"); where
 *     IC levels reach the entry grade, the level stepping up must say so in its own text,
 *   - a management level builds on an IC level of a lower grade ("Extends the Senior X"), or
 *   - the ladder simply continues: every IC level is graded and comes before every
 *     management level on the page, the highest one grade below the entry management grade.
 * Reporting to a higher manager only (everyone reports to the Director), or sharing a
 * few items, links nothing. The step starts from the highest IC grade below the entry
 * management step; an entry level without a grade sits just above the level before it
 * on the page (so the step comes from that level, not from one further down). Where the
 * IC levels reach the management grades (Staff 8 beside Manager 8) and nothing links
 * them, the tracks run side by side: no step is drawn.
 */
function stepIntoManagement(ic: readonly Rung[], management: readonly Rung[], entry: readonly Rung[]): Rung[] {
  const entryGrade = entry.reduce((min, r) => Math.min(min, r.role.grade ?? r.grade + 0.5), Infinity);
  const below = ic.filter((r) => r.grade < entryGrade);
  if (below.length === 0) return [];
  const top = below.reduce((max, r) => Math.max(max, r.grade), -Infinity);
  const from = below.filter((r) => r.grade === top);
  const entryIds = new Set(entry.map((r) => r.role.id));
  const reportsToEntry = (r: Rung) => r.role.reportsTo.some((id) => entryIds.has(id));
  // IC levels beside the entry grade (Staff 9 beside Senior Manager 9): which IC level steps up is
  // only clear when that level says itself whom it reports to, not when one intro line speaks for all.
  const sideBySide = ic.some((r) => r.grade >= entryGrade);
  const ownLine = (r: Rung) => (r.role.sourceLines?.reportsTo ?? []).some((l) => l.line >= r.role.source.line);
  // …and not across two or more grades left out (Senior 7 reporting to the Director 10): that is whom they report to, no step.
  const near = !Number.isFinite(entryGrade) || entryGrade - top <= 2;
  if (near && (sideBySide ? from.some((r) => reportsToEntry(r) && ownLine(r)) : ic.some(reportsToEntry))) return from;
  const icGrade = new Map(ic.map((r) => [r.role.id, r.grade]));
  if (management.some((m) => [m.role.extends.responsibilities, m.role.extends.requirements].some((t) => t !== null && icGrade.has(t) && icGrade.get(t)! < m.grade))) return from;
  const lastIc = ic.reduce((max, r) => Math.max(max, r.order), -Infinity);
  // …without a gap: a grade left out between them (Senior 7, Director 10) is no clear continuation.
  const continues = ic.every((r) => r.role.grade !== null) && management.every((m) => m.order > lastIc) && ic.every((r) => r.grade < entryGrade) && entryGrade - top <= 1;
  return continues ? from : [];
}

const RANK = new Set(['senior', 'sr', 'staff', 'principal', 'associate', 'junior', 'jr', 'intermediate', 'lead', 'distinguished', 'manager', 'director', 'head', 'vp', 'vice', 'president', 'chief', 'officer', 'svp', 'evp', 'group']);
const GLUE = new Set(['of', 'and', 'the', 'to', 'for', 'in', 'a', 'an', 'at', 'team']);
const titleWords = (title: string) =>
  new Set(
    title
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '' && !RANK.has(w) && !GLUE.has(w))
      .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)),
  );

/** Does `upper`'s title carry on `lower`'s (every word of it, rank words aside): "Senior Lab Engineer" after "Lab Engineer", "Director, Support" after "Manager, Support"? */
function continuesTitle(lower: Role, upper: Role): boolean {
  const words = titleWords(upper.title);
  const own = titleWords(lower.title);
  return own.size > 0 && [...own].every((w) => words.has(w));
}

/**
 * Does `lower` report to another manager of `upper`'s rank who heads its own area ("Senior
 * Manager, SEC" reports to the "Director, SEC", while the Director on the page is "Director,
 * Record to Report")? Then the Director on the page leads another area: no step up into it.
 */
function reportsToAnotherOfRank(lower: Role, upper: Role): boolean {
  if (upper.track !== 'management' || lower.reportsTo.includes(upper.id)) return false;
  const rank = LEADER_RANKS.find(([re]) => re.test(upper.title))?.[1];
  if (rank === undefined) return false;
  const domain = titleWords(upper.title);
  const own = titleWords(lower.title);
  return (lower.sourceLines?.reportsTo ?? []).some(({ name }) => {
    if (LEADER_RANKS.find(([re]) => re.test(name))?.[1] !== rank) return false;
    const words = [...titleWords(name)];
    return words.some((w) => own.has(w)) && !words.some((w) => domain.has(w));
  });
}

/**
 * Levels that are no rung of the page's ladder, so no promotion step is inferred into or
 * out of them (a step the page states still counts): a chief of staff (an advisory post
 * beside the leaders, not a rung below them), and an internship without a job grade
 * listed before the graded levels (it has no place in grade order).
 */
function offLadder(role: Role, gradedBefore: boolean): boolean {
  if (/\bchief of staff\b/i.test(role.title)) return true;
  return role.grade === null && !gradedBefore && /\bintern(?:ship)?\b/i.test(role.title);
}

/**
 * Ladders kept apart on a page (levels under "## Benefits", "## Compensation", "## Leadership")
 * still meet where a later group holds only leaders graded above every group before it: that
 * group is where they lead ("Manager, Benefits" and "Manager, Compensation" (8) → "Senior
 * Manager, Total Rewards" (9) → "Director, Total Rewards" (10)). Steps run from the top
 * leaders of the groups not yet continued to the group's lowest grade.
 */
function leadershipSteps(groups: readonly (readonly Role[])[]): Edge[] {
  const edges: Edge[] = [];
  const graded = (roles: readonly Role[]) => roles.map((r) => r.grade).filter((g): g is number => g !== null);
  let open: Role[] = [];
  let highest = -Infinity;
  for (const roles of groups) {
    const grades = graded(roles);
    if (grades.length === 0) return edges;
    const low = Math.min(...grades);
    const leaders = roles.filter((r) => r.track === 'management' && r.grade !== null);
    const top = leaders.length > 0 ? Math.max(...leaders.map((r) => r.grade!)) : null;
    const tops = leaders.filter((r) => r.grade === top);
    if (open.length > 0 && low > highest && roles.every((r) => r.track === 'management')) {
      const entry = roles.filter((r) => r.grade === low);
      for (const a of open) for (const b of entry) edges.push({ kind: 'promotion', source: a.id, target: b.id });
      open = tops;
    } else open = [...open, ...tops];
    highest = Math.max(highest, ...grades);
  }
  return edges;
}

/** Is `variant` the level `base` with words added, none of them a rank ("Public Sector Inside Sales Representative")? */
function isVariant(base: Role, variant: Role): boolean {
  const raw = (title: string) => title.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  const own = new Set(raw(base.title));
  const added = raw(variant.title).filter((w) => !own.has(w));
  return added.length > 0 && !added.some((w) => RANK.has(w)) && continuesTitle(base, variant);
}

/** Most promotion lines between two neighbouring steps; above it, each level gets one line up and one down (see `connect`). */
export const MAX_STEP_PAIRS = 64;

/** Called when two steps were joined by fewer lines than every pair: levels below, above, lines kept. */
export type OnBounded = (from: number, to: number, kept: number) => void;

/**
 * Promotion edges of one family. `stated`: levels whose next steps the page states
 * (next-steps.ts), role id → target ids; those replace the steps inferred up from that level.
 */
export function promotionEdges(
  familyRoles: readonly Role[],
  onBounded?: OnBounded,
  stated: ReadonlyMap<string, readonly string[]> = new Map(),
  /** Steps the page states beside the ladder (a move into management): added to the inferred ones. */
  added: ReadonlyMap<string, readonly string[]> = new Map(),
): Edge[] {
  if (added.size > 0) {
    const edges = promotionEdges(familyRoles, onBounded, stated);
    const ids = new Set(familyRoles.map((r) => r.id));
    const have = new Set(edges.map((e) => `${e.source}\u0000${e.target}`));
    for (const [source, targets] of added)
      for (const target of targets) if (ids.has(target) && !have.has(`${source}\u0000${target}`)) edges.push({ kind: 'promotion', source, target });
    return edges;
  }
  if (stated.size > 0) {
    const inferred = promotionEdges(familyRoles, onBounded).filter((e) => !stated.has(e.source));
    const ids = new Set(familyRoles.map((r) => r.id));
    const said = [...stated].flatMap(([source, targets]) => targets.filter((t) => ids.has(t)).map((target): Edge => ({ kind: 'promotion', source, target })));
    return [...inferred, ...said];
  }
  // A page that keeps several ladders apart (levels under "## People Technology" and "## People Analytics"): promotions stay inside each.
  const ladders = new Map<string, Role[]>();
  for (const role of familyRoles) {
    const key = role.ladder ?? '';
    ladders.set(key, [...(ladders.get(key) ?? []), role]);
  }
  if (ladders.size > 1) return [...[...ladders.values()].flatMap((roles) => promotionEdges(roles, onBounded)), ...leadershipSteps([...ladders.values()])];
  const { grades, unplaced } = effectiveGrades(familyRoles);
  const tracks = { ic: [] as Rung[], management: [] as Rung[] };
  const firstGraded = familyRoles.findIndex((r) => r.grade !== null);
  familyRoles.forEach((role, order) => {
    if (unplaced.has(order) || offLadder(role, firstGraded !== -1 && firstGraded < order)) return;
    const rung = { role, grade: grades[order]!, depth: 0, order };
    (role.track === 'management' ? tracks.management : tracks.ic).push(rung);
  });
  const edges: Edge[] = [];
  const connect = (from: readonly Role[], to: readonly Role[], sameTrack: boolean) => {
    if (from.length * to.length <= MAX_STEP_PAIRS) {
      // Where the page says which level a level builds on ("Extends the Analyst, X"), or a level's title carries on
      // one of several levels of the grade below ("Senior Campaign Manager" after "Campaign Manager" beside
      // "Evangelist"), the step into it comes from that level only, and a level beside it that builds on none of
      // them is a separate role: no step into it.
      // (Between leaders a title says less: a Senior Director of Enterprise Applications heads the Director of CRM
      // Systems too, so there only a stated base restricts the steps.)
      const builds = (a: Role, b: Role) => a.id === b.extends.responsibilities || a.id === b.extends.requirements;
      const carries = (a: Role, b: Role) => sameTrack && from.length > 1 && b.track !== 'management' && continuesTitle(a, b);
      // A variant of a level carried on counts as carried on ("Public Sector Inside Sales Representative" beside
      // "Inside Sales Representative", below "Senior Inside Sales Representative").
      const builtOn = (b: Role) => from.filter((a) => builds(a, b) || continuesTitle(a, b) || from.some((c) => c !== a && continuesTitle(c, b) && continuesTitle(c, a)));
      const several = from.length > 1 || to.length > 1;
      const said = several && to.some((b) => from.some((a) => builds(a, b) || carries(a, b)));
      // One individual contributor's level below several different ones side by side, none of which carries on its
      // title or builds on it (a Coordinator below an Evangelist and a Campaign Manager): which follows, the page does not say.
      // (Where one of them does carry it on, the others beside it are steps too: "Benefits Analyst" → "Senior Benefits
      // Analyst" and "Senior Benefits Program Manager".)
      const one = from[0]!;
      if (sameTrack && !said && from.length === 1 && to.length > 1 && to.every((b) => b.track !== 'management' && !continuesTitle(one, b)) && titleWords(one.title).size > 0) return;
      for (const b of to) for (const a of said ? builtOn(b) : from) if (!reportsToAnotherOfRank(a, b)) edges.push({ kind: 'promotion', source: a.id, target: b.id });
      return;
    }
    // Many levels side by side: every level still has a step up and a step down, spread
    // evenly, so the lines grow with the number of levels rather than its square.
    const pairs = new Set<string>();
    const add = (a: Role, b: Role) => {
      const key = `${a.id}\u0000${b.id}`;
      if (pairs.has(key)) return;
      pairs.add(key);
      edges.push({ kind: 'promotion', source: a.id, target: b.id });
    };
    from.forEach((a, i) => add(a, to[Math.floor((i * to.length) / from.length)]!));
    to.forEach((b, j) => add(from[Math.floor((j * from.length) / to.length)]!, b));
    onBounded?.(from.length, to.length, pairs.size);
  };
  const icSteps = steps(tracks.ic);
  const mgmtSteps = steps(tracks.management);
  for (const list of [icSteps, mgmtSteps]) for (let i = 1; i < list.length; i++) connect(list[i - 1]!, list[i]!, true);
  const firstManagement = mgmtSteps[0];
  if (firstManagement && icSteps.length > 0) {
    const from = stepIntoManagement(tracks.ic, tracks.management, tracks.management.filter((r) => firstManagement.includes(r.role)));
    if (from.length > 0) connect(from.map((r) => r.role), firstManagement, false);
  }
  return edges;
}
