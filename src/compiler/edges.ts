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

function effectiveGrades(roles: readonly Role[]): number[] {
  const grades: number[] = [];
  let previous = 0;
  for (const role of roles) {
    const grade = role.grade ?? previous;
    grades.push(grade);
    previous = grade;
  }
  return grades;
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
  if (sideBySide ? from.some((r) => reportsToEntry(r) && ownLine(r)) : ic.some(reportsToEntry)) return from;
  const icGrade = new Map(ic.map((r) => [r.role.id, r.grade]));
  if (management.some((m) => [m.role.extends.responsibilities, m.role.extends.requirements].some((t) => t !== null && icGrade.has(t) && icGrade.get(t)! < m.grade))) return from;
  const lastIc = ic.reduce((max, r) => Math.max(max, r.order), -Infinity);
  // …without a gap: a grade left out between them (Senior 7, Director 10) is no clear continuation.
  const continues = ic.every((r) => r.role.grade !== null) && management.every((m) => m.order > lastIc) && ic.every((r) => r.grade < entryGrade) && entryGrade - top <= 1;
  return continues ? from : [];
}

const RANK = new Set(['senior', 'sr', 'staff', 'principal', 'associate', 'junior', 'jr', 'intermediate', 'lead', 'distinguished']);
const titleWords = (title: string) => new Set(title.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && !RANK.has(w)).map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)));

/** Does `upper`'s title carry on `lower`'s (every word of it, rank words aside): "Senior Lab Engineer" after "Lab Engineer"? */
function continuesTitle(lower: Role, upper: Role): boolean {
  const words = titleWords(upper.title);
  const own = titleWords(lower.title);
  return own.size > 0 && [...own].every((w) => words.has(w));
}

/** Most promotion lines between two neighbouring steps; above it, each level gets one line up and one down (see `connect`). */
export const MAX_STEP_PAIRS = 64;

/** Called when two steps were joined by fewer lines than every pair: levels below, above, lines kept. */
export type OnBounded = (from: number, to: number, kept: number) => void;

/**
 * Promotion edges of one family. `stated`: levels whose next steps the page states
 * (next-steps.ts), role id → target ids; those replace the steps inferred up from that level.
 */
export function promotionEdges(familyRoles: readonly Role[], onBounded?: OnBounded, stated: ReadonlyMap<string, readonly string[]> = new Map()): Edge[] {
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
  if (ladders.size > 1) return [...ladders.values()].flatMap((roles) => promotionEdges(roles, onBounded));
  const grades = effectiveGrades(familyRoles);
  const tracks = { ic: [] as Rung[], management: [] as Rung[] };
  familyRoles.forEach((role, order) => {
    const rung = { role, grade: grades[order]!, depth: 0, order };
    (role.track === 'management' ? tracks.management : tracks.ic).push(rung);
  });
  const edges: Edge[] = [];
  const connect = (from: readonly Role[], to: readonly Role[]) => {
    if (from.length * to.length <= MAX_STEP_PAIRS) {
      // Where the page says which level a level builds on ("Extends the Analyst, X"), the step into it comes from
      // that level only (or from the level whose title it carries on: "Senior Lab Engineer" after "Lab Engineer"),
      // and a level beside it that builds on none of them is a separate role: no step into it.
      const builtOn = (b: Role) => from.filter((a) => a.id === b.extends.responsibilities || a.id === b.extends.requirements || continuesTitle(a, b));
      const said = from.length > 1 || to.length > 1 ? to.some((b) => from.some((a) => a.id === b.extends.responsibilities || a.id === b.extends.requirements)) : false;
      for (const b of to) for (const a of said ? builtOn(b) : from) edges.push({ kind: 'promotion', source: a.id, target: b.id });
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
  for (const list of [icSteps, mgmtSteps]) for (let i = 1; i < list.length; i++) connect(list[i - 1]!, list[i]!);
  const firstManagement = mgmtSteps[0];
  if (firstManagement && icSteps.length > 0) {
    const from = stepIntoManagement(tracks.ic, tracks.management, tracks.management.filter((r) => firstManagement.includes(r.role)));
    if (from.length > 0) connect(from.map((r) => r.role), firstManagement);
  }
  return edges;
}
