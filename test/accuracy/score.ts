// Scoring: one truth page + the compiled graph → correct / total per field,
// phantom roles, spurious promotion edges and the mismatches. Pure functions.
//
// How an expected level is matched to a compiled role of the page's family
// (one to one, in three passes, each pass in page order):
//   1. exact: some name of the level (title or alias) and some name of the role
//      have the same word bag (case, punctuation, word order, "the/of/and",
//      plurals and common abbreviations such as Sr/VP ignored);
//   2. loose: the same, also ignoring "Intermediate";
//   3. contained: the words of one name contain all words of the other (both ≥ 2
//      words), e.g. a compiled "Senior Analyst role" for "Senior Analyst".
// The title counts as right when the role's own title (not an alias) matches the
// level's title or an alias in pass 1 or 2. Every per-level field counts a level
// that was not found as wrong. "unclear" tracks count as right only when the
// compiler says "unknown". Names in extends / reports-to resolve through the same
// matching (a name of a level of this page → its matched role), else by word bag
// against the target role's names; "@family" is the family's own lists.
import { looseKey, nameKey } from '../../src/compiler/names.ts';
import type { Graph, Item, Role } from '../../src/model/schema.ts';
import type { TruthLevel, TruthPage } from './truth.ts';

export const FIELDS = [
  'levels found',
  'titles',
  'grades',
  'track',
  'extends responsibilities',
  'extends requirements',
  'reports-to',
  'count responsibilities',
  'count requirements',
  'count nice-to-have',
  'promotion steps found',
  'promotion steps not spurious',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  correct: number;
  total: number;
}

export interface Mismatch {
  page: string;
  level: string;
  field: Field | 'phantom role';
  expected: string;
  got: string;
}

export interface PageScore {
  file: string;
  heldOut: boolean;
  /** How the page was picked ("random", "strange", "fresh" = labelled after the tuning, never tuned on). */
  picked?: string;
  fields: Record<Field, Tally>;
  phantoms: number;
  spurious: number;
  mismatches: Mismatch[];
}

const NONE = new Map<string, string>();
const key = (name: string) => nameKey(name, NONE);
const loose = (name: string) => looseKey(name, NONE);
const wordSet = (name: string) => new Set(key(name).split(' ').filter((w) => w !== ''));

function namesOf(level: TruthLevel): string[] {
  return [level.title, ...(level.aliases ?? [])];
}

function roleNames(role: Role): string[] {
  return [role.title, ...role.aliases];
}

function contains(a: string, b: string): boolean {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size < 2 || y.size < 2) return false;
  const within = (p: Set<string>, q: Set<string>) => [...p].every((w) => q.has(w));
  return within(x, y) || within(y, x);
}

type Pass = (a: string, b: string) => boolean;
/** Exact (case and spacing aside) before word bags: "Senior Manager, X" and "Senior X Manager" share every word. */
const exact = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
const PASSES: Pass[] = [(a, b) => exact(a) !== '' && exact(a) === exact(b), (a, b) => key(a) !== '' && key(a) === key(b), (a, b) => loose(a) !== '' && loose(a) === loose(b), contains];

/** Expected level index → matched role (one to one). */
export function matchLevels(levels: readonly TruthLevel[], roles: readonly Role[]): Map<number, Role> {
  const matched = new Map<number, Role>();
  const used = new Set<string>();
  for (const pass of PASSES) {
    levels.forEach((level, i) => {
      if (matched.has(i)) return;
      const candidates = roles.filter((r) => !used.has(r.id) && namesOf(level).some((n) => roleNames(r).some((m) => pass(n, m))));
      const best = candidates.find((r) => r.grade === level.grade) ?? candidates[0];
      if (best) {
        matched.set(i, best);
        used.add(best.id);
      }
    });
  }
  return matched;
}

function tally(): Record<Field, Tally> {
  return Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<Field, Tally>;
}

export function ownCount(items: readonly Item[] | undefined): number {
  return (items ?? []).filter((i) => i.own).length;
}

function trackWord(track: string): string {
  return track === 'individual-contributor' ? 'ic' : track === 'management' ? 'management' : 'unclear';
}

const show = (names: readonly string[]) => (names.length === 0 ? '[]' : names.join(' | '));

export function scorePage(truth: TruthPage, graph: Graph): PageScore {
  const fields = tally();
  const mismatches: Mismatch[] = [];
  const family = graph.families.find((f) => f.source.file === truth.file);
  const byId = new Map(graph.roles.map((r) => [r.id, r]));
  const roles = family ? family.roles.map((id) => byId.get(id)).filter((r): r is Role => r !== undefined) : [];
  const matched = matchLevels(truth.levels, roles);
  const byExactName = new Map<string, Role>();
  const byKey = new Map<string, Role>();
  truth.levels.forEach((level, i) => {
    const role = matched.get(i);
    if (role) for (const n of namesOf(level)) if (!byExactName.has(exact(n))) byExactName.set(exact(n), role);
  });
  truth.levels.forEach((level, i) => {
    const role = matched.get(i);
    if (role) for (const n of namesOf(level)) if (!byKey.has(key(n))) byKey.set(key(n), role);
  });
  /** The role a truth name stands for: an exact title first, then the same words in any order. */
  const roleOfLevel = { get: (name: string): Role | undefined => byExactName.get(exact(name)) ?? byKey.get(key(name)) };
  const titleOf = (id: string) => (family && id === family.id ? '@family' : (byId.get(id)?.title ?? id));
  const miss = (level: string, field: Mismatch['field'], expected: string, got: string) => mismatches.push({ page: truth.file, level, field, expected, got });
  // A level that was not found is one mismatch ("levels found"), though it counts as wrong in every field.
  const count = (field: Field, ok: boolean, level: string, expected: string, got: string, listed = true) => {
    fields[field].total++;
    if (ok) fields[field].correct++;
    else if (listed) miss(level, field, expected, got);
  };

  /** Do the expected names and the compiled target ids name the same set of roles? */
  const sameTargets = (expected: readonly string[], ids: readonly string[]): boolean => {
    const left = [...new Set(ids)];
    for (const name of expected) {
      const at = left.findIndex((id) => {
        if (name === '@family') return family !== undefined && id === family.id;
        const viaLevel = roleOfLevel.get(name);
        if (viaLevel) return viaLevel.id === id;
        const target = byId.get(id);
        return target !== undefined && roleNames(target).some((n) => key(n) === key(name) || loose(n) === loose(name));
      });
      if (at === -1) return false;
      left.splice(at, 1);
    }
    return left.length === 0;
  };

  truth.levels.forEach((level, i) => {
    const role = matched.get(i);
    const title = level.title;
    count('levels found', role !== undefined, title, title, role ? role.title : `not found (roles: ${show(roles.map((r) => r.title))})`);
    const titleOk = role !== undefined && namesOf(level).some((n) => key(n) === key(role.title) || loose(n) === loose(role.title));
    count('titles', titleOk, title, title, role?.title ?? '—', role !== undefined);
    count('grades', role !== undefined && role.grade === level.grade, title, String(level.grade), role ? String(role.grade) : '—', role !== undefined);
    count('track', role !== undefined && trackWord(role.track) === level.track, title, level.track, role ? trackWord(role.track) : '—', role !== undefined);
    for (const list of ['responsibilities', 'requirements'] as const) {
      const ids = role ? role.inheritance.filter((x) => x.section === list && x.target !== null).map((x) => x.target!) : [];
      count(`extends ${list}`, role !== undefined && sameTargets(level.extends[list], ids), title, show(level.extends[list]), role ? show([...new Set(ids)].map(titleOf)) : '—', role !== undefined);
    }
    count('reports-to', role !== undefined && sameTargets(level.reportsTo, role.reportsTo), title, show(level.reportsTo), role ? show(role.reportsTo.map(titleOf)) : '—', role !== undefined);
    const counts: [Field, number, number | undefined][] = [
      ['count responsibilities', level.counts.responsibilities, role && ownCount(role.responsibilities)],
      ['count requirements', level.counts.requirements, role && ownCount(role.requirements)],
      ['count nice-to-have', level.counts.niceToHave, role && ownCount((role as Role & { niceToHave?: Item[] }).niceToHave)],
    ];
    for (const [field, want, got] of counts) count(field, got === want, title, String(want), got === undefined ? '—' : String(got), role !== undefined);
  });

  // Promotion steps: expected pairs found among the family's promotion edges; edges that match no expected pair are spurious.
  const familyIds = new Set(roles.map((r) => r.id));
  const edges = graph.edges.filter((e) => e.kind === 'promotion' && familyIds.has(e.source));
  const expectedPairs = new Set<string>();
  for (const [from, to] of truth.promotions) {
    const a = roleOfLevel.get(from);
    const b = roleOfLevel.get(to);
    if (a && b) expectedPairs.add(`${a.id} ${b.id}`);
    const found = a !== undefined && b !== undefined && edges.some((e) => e.source === a.id && e.target === b.id);
    count('promotion steps found', found, `${from} → ${to}`, 'an edge', found ? 'an edge' : a && b ? 'no edge' : 'a level not found');
  }
  let spurious = 0;
  for (const edge of edges) {
    const ok = expectedPairs.has(`${edge.source} ${edge.target}`);
    if (!ok) spurious++;
    count('promotion steps not spurious', ok, `${titleOf(edge.source)} → ${titleOf(edge.target)}`, 'no edge', 'an edge');
  }
  const found = new Set([...matched.values()].map((r) => r.id));
  const phantoms = roles.filter((r) => !found.has(r.id));
  for (const p of phantoms) miss(p.title, 'phantom role', 'no such level', p.title);
  if (!family) miss('(page)', 'levels found', truth.file, 'page not compiled (not in RUNGS_CORPUS?)');
  return { file: truth.file, heldOut: truth.heldOut, ...(truth.picked ? { picked: truth.picked } : {}), fields, phantoms: phantoms.length, spurious, mismatches };
}

export interface Summary {
  pages: number;
  fields: Record<Field, Tally>;
  phantoms: number;
  spurious: number;
}

export function summarize(scores: readonly PageScore[]): Summary {
  const fields = tally();
  for (const s of scores)
    for (const f of FIELDS) {
      fields[f].correct += s.fields[f].correct;
      fields[f].total += s.fields[f].total;
    }
  return { pages: scores.length, fields, phantoms: scores.reduce((n, s) => n + s.phantoms, 0), spurious: scores.reduce((n, s) => n + s.spurious, 0) };
}

export function percent(t: Tally): number {
  return t.total === 0 ? 100 : (100 * t.correct) / t.total;
}

/** Mismatches of the pages that have the most, those pages first. */
export function worstMismatches(scores: readonly PageScore[], limit: number): Mismatch[] {
  return [...scores].sort((a, b) => b.mismatches.length - a.mismatches.length || (a.file < b.file ? -1 : 1)).flatMap((s) => s.mismatches).slice(0, limit);
}

/** Per-page floor: correct counts that may only go up, phantoms and spurious edges that may only go down. */
export interface PageFloor {
  fields: Partial<Record<Field, number>>;
  phantoms: number;
  spurious: number;
}

export function floorOf(score: PageScore): PageFloor {
  return { fields: Object.fromEntries(FIELDS.map((f) => [f, score.fields[f].correct])), phantoms: score.phantoms, spurious: score.spurious };
}

/** What fell below the floor, in words ("file: titles 5 < 6"). */
export function belowFloor(score: PageScore, floor: PageFloor): string[] {
  const out: string[] = [];
  for (const f of FIELDS) {
    const min = floor.fields[f];
    if (min !== undefined && score.fields[f].correct < min) out.push(`${score.file}: ${f} ${score.fields[f].correct} < ${min}`);
  }
  if (score.phantoms > floor.phantoms) out.push(`${score.file}: phantom roles ${score.phantoms} > ${floor.phantoms}`);
  if (score.spurious > floor.spurious) out.push(`${score.file}: spurious promotion edges ${score.spurious} > ${floor.spurious}`);
  return out;
}
