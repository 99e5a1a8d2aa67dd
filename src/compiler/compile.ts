// The compiler: pages → career graph. A pipeline of small stages, each in its own
// file: parse (front matter + mdast) → page (family and levels) → resolve (ids,
// names, extends, reporting lines, flows) → merge (inherited items with origins)
// → tracks → edges → emit (stable order, schema validation). Pure: no disk access;
// cli.ts and vite-plugin.ts read the folder and write the result.
import { type Edge, type Family, type Graph, graphSchema, type Item, type Role, type Section, type Specialty } from '../model/schema.ts';
import { Diagnostics } from './diagnostics.ts';
import { promotionEdges } from './edges.ts';
import { managementMoves, statedSteps } from './next-steps.ts';
import { readGuarded } from './guard.ts';
import type { PageCache } from './page-cache.ts';
import { inherited, mergeExtraTargets, mergeLists, toItems } from './merge.ts';
import type { ListKind, RawFamily, RawSection, RawSpecialty } from './page.ts';
import type { PageInput } from './parse.ts';
import { type FamilyDraft, resolve, type RoleDraft } from './resolve.ts';
import { slugify } from './text.ts';
import { decideTrack, reportNamesALeader } from './tracks.ts';

export type { PageInput } from './parse.ts';

function toSection(raw: RawSection, from: string): Section {
  return { title: raw.title, line: raw.line, paragraphs: raw.paragraphs, items: toItems(raw.items, from), sections: raw.sections.map((s) => toSection(s, from)) };
}

function toSpecialty(raw: RawSpecialty, familyId: string, taken: Set<string>): Specialty {
  let id = `${familyId}/specialty-${slugify(raw.title) || 'untitled'}`;
  for (let n = 2; taken.has(id); n++) id = `${familyId}/specialty-${slugify(raw.title)}-${n}`;
  taken.add(id);
  return {
    id,
    title: raw.title,
    line: raw.line,
    overlaysLevels: raw.overlaysLevels,
    inheritance: raw.inheritance.map((i) => ({ section: i.section, text: i.text, target: null, line: i.line })),
    items: toItems(raw.items, id),
    responsibilities: toItems(raw.lists.responsibilities, id),
    requirements: toItems(raw.lists.requirements, id),
    sections: raw.sections.map((s) => toSection(s, id)),
  };
}

/** Longest chain of "Extends" lines followed; deeper levels inherit nothing more (reported), so recursion and output stay bounded. */
export const MAX_EXTENDS_CHAIN = 64;

/** Merged lists of every role, following "Extends" lines; cycles are reported once and cut, as are chains over MAX_EXTENDS_CHAIN. */
function mergeAll(roles: readonly RoleDraft[], familyItems: Map<string, Record<ListKind, Item[]>>, diagnostics: Diagnostics): Map<string, Record<ListKind, Item[]>> {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const done = new Map<string, Item[]>();
  // How many "Extends" steps each merged list followed: a chain is cut after MAX_EXTENDS_CHAIN.
  const chain = new Map<string, number>();
  const merged = (role: RoleDraft, kind: ListKind, path: string[]): Item[] => {
    const key = `${role.id}\u0000${kind}`;
    const cached = done.get(key);
    if (cached) return cached;
    const own = toItems(role.level.lists[kind], role.id);
    const target = role.extends[kind];
    let base: Item[] = [];
    let steps = 0;
    const line = () => role.inheritance.find((i) => i.section === kind)?.line ?? role.level.line;
    const tooDeep = () =>
      diagnostics.report('extends-too-deep', role.family.raw.file, line(), `"Extends" lines chain more than ${MAX_EXTENDS_CHAIN} levels deep at ${role.level.title}; nothing further down was inherited.`, { roleId: role.id });
    if (target !== null && target === role.family.id) base = inherited(familyItems.get(target)?.[kind] ?? []);
    else if (target !== null) {
      const parent = byId.get(target);
      if (parent && path.length >= MAX_EXTENDS_CHAIN) tooDeep();
      else if (parent && path.includes(parent.id)) {
        const cycle = [...path.slice(path.indexOf(parent.id)), role.id].map((id) => byId.get(id)?.level.title ?? id).join(' → ');
        diagnostics.report('extends-cycle', role.family.raw.file, line(), `"Extends" lines form a cycle: ${cycle} → ${parent.level.title}; the cycle was cut here.`, { roleId: role.id });
      } else if (parent) {
        const parentItems = merged(parent, kind, [...path, role.id]);
        steps = (chain.get(`${parent.id}\u0000${kind}`) ?? 0) + 1;
        if (steps > MAX_EXTENDS_CHAIN) {
          tooDeep();
          steps = 0;
        } else base = inherited(parentItems);
      }
    }
    const result = mergeLists(base, own);
    done.set(key, result);
    chain.set(key, steps);
    return result;
  };
  const out = new Map<string, Record<ListKind, Item[]>>();
  for (const role of roles) {
    out.set(role.id, {
      responsibilities: merged(role, 'responsibilities', []),
      requirements: merged(role, 'requirements', []),
      performanceIndicators: merged(role, 'performanceIndicators', []),
    });
  }
  return out;
}

function toFamily(draft: FamilyDraft, lists: Record<ListKind, Item[]>): Family {
  const raw = draft.raw;
  const taken = new Set<string>();
  return {
    id: draft.id,
    title: raw.title,
    description: raw.description,
    department: raw.department,
    source: { file: raw.file, line: raw.line },
    intro: raw.intro,
    responsibilities: lists.responsibilities,
    requirements: lists.requirements,
    performanceIndicators: lists.performanceIndicators,
    ...(raw.niceToHave && raw.niceToHave.length > 0 ? { niceToHave: toItems(raw.niceToHave, draft.id) } : {}),
    specialties: raw.specialties.map((s) => toSpecialty(s, draft.id, taken)),
    sections: raw.sections.map((s) => toSection(s, draft.id)),
    roles: draft.roles.map((r) => r.id),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface CompileResult {
  graph: Graph;
  diagnostics: Diagnostics;
}

/**
 * A failure outside the page guard (linking pages, building the graph): a bug in Rungs.
 * `file` names the page being worked on when it happened, if any; the CLI exits 3 with it.
 */
export class CompileFailure extends Error {
  constructor(
    readonly file: string | null,
    readonly cause: unknown,
  ) {
    super(`${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`.split('\n')[0]!);
    this.name = 'CompileFailure';
  }
}

export interface CompileOptions {
  /** Pages read before (same file, same bytes) are taken from here instead of read again (src/compiler/page-cache.ts). */
  cache?: PageCache;
  /**
   * `false` leaves the final check of the graph against its schema to the caller
   * (`schemaProblem`): the dev server runs it after an edit has reached the app. A graph
   * that fits comes out the same either way.
   */
  checkSchema?: boolean;
}

/** Why the graph does not fit its schema (the first issue), or null when it does. */
export function schemaProblem(graph: Graph): string | null {
  const check = graphSchema.safeParse(graph);
  if (check.success) return null;
  const issue = check.error.issues[0];
  return `The graph does not fit the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`;
}

/** Per-page stage (parse and read each page, or take it from the cache), then the cross-page stage (linkPages). */
export function compilePages(pages: readonly PageInput[], options: CompileOptions = {}): CompileResult {
  const diagnostics = new Diagnostics();
  const sorted = [...pages].sort((a, b) => compareText(a.file, b.file));
  const cache = options.cache;
  cache?.startRun();
  const read = (page: PageInput) => (cache ? cache.read(page, diagnostics, readGuarded) : readGuarded(page, diagnostics));
  const raws = sorted.map(read).filter((raw): raw is RawFamily => raw !== null);
  const at: { file: string | null } = { file: null };
  try {
    return linkPages(raws, diagnostics, at, options.checkSchema ?? true);
  } catch (error) {
    throw new CompileFailure(at.file, error);
  }
}

/** Every page's raw family → the graph; `at.file` follows the page being worked on, for a failure's message. */
function linkPages(raws: RawFamily[], diagnostics: Diagnostics, at: { file: string | null }, checkSchema: boolean): CompileResult {
  const resolved = resolve(raws, diagnostics);

  const familyItems = new Map<string, Record<ListKind, Item[]>>();
  for (const f of resolved.families) {
    familyItems.set(f.id, {
      responsibilities: toItems(f.raw.lists.responsibilities, f.id),
      requirements: toItems(f.raw.lists.requirements, f.id),
      performanceIndicators: toItems(f.raw.lists.performanceIndicators, f.id),
    });
  }
  const lists = mergeAll(resolved.roles, familyItems, diagnostics);
  mergeExtraTargets(resolved.roles, lists, familyItems);
  const draftOf = new Map(resolved.roles.map((r) => [r.id, r]));
  const leads = (r: (typeof resolved.roles)[number], id: string) => {
    const target = draftOf.get(id);
    return !target || reportNamesALeader(r.level.reportsTo.map((ref) => ref.name), target.level.title, target.family.roles.map((s) => s.level.title));
  };
  const managers = new Set(resolved.roles.flatMap((r) => r.reportsTo.filter((id) => leads(r, id))));

  const roles: Role[] = resolved.roles.map((draft) => {
    at.file = draft.family.raw.file;
    const merged = lists.get(draft.id)!;
    const { track, reason } = decideTrack({
      title: draft.level.title,
      hasReports: managers.has(draft.id),
      responsibilities: merged.responsibilities,
      requirements: merged.requirements,
      intro: draft.level.intro.map((p) => p.text),
      familyTitle: draft.family.raw.title,
      siblings: draft.family.roles.map((r) => r.level.title),
      stated: draft.level.statedTrack ?? null,
      aliases: draft.level.aliases,
    });
    const roleTarget = (t: string | null) => (t !== null && t !== draft.family.id ? t : null);
    return {
      id: draft.id,
      familyId: draft.family.id,
      title: draft.level.title,
      aliases: draft.level.aliases,
      grade: draft.level.grade,
      track,
      trackReason: reason,
      external: false,
      href: null,
      reportsTo: draft.reportsTo,
      extends: { responsibilities: roleTarget(draft.extends.responsibilities), requirements: roleTarget(draft.extends.requirements) },
      inheritance: draft.inheritance,
      responsibilities: merged.responsibilities,
      requirements: merged.requirements,
      performanceIndicators: merged.performanceIndicators,
      ...(draft.level.niceToHave.length > 0 ? { niceToHave: toItems(draft.level.niceToHave, draft.id) } : {}),
      ...(draft.level.ladder !== undefined && new Set(draft.family.roles.map((r) => r.level.ladder)).size > 1 ? { ladder: draft.level.ladder } : {}),
      intro: draft.level.intro,
      sections: draft.level.sections.map((s) => toSection(s, draft.id)),
      source: { file: draft.family.raw.file, line: draft.level.line },
      sourceLines: { grade: draft.level.grade !== null ? draft.level.gradeLine : null, reportsTo: draft.level.reportsTo.map((r) => ({ name: r.name, line: r.line })) },
    };
  });
  for (const draft of resolved.roles) {
    if (draft.level.grade === null)
      diagnostics.report('grade-missing', draft.family.raw.file, draft.level.line, `Level "${draft.level.title}" has no job grade; it is placed between its neighbours.`, { roleId: draft.id });
  }
  const externals: Role[] = [...resolved.externals.values()]
    .sort((a, b) => compareText(a.id, b.id))
    .map((e) => ({
      id: e.id,
      familyId: null,
      title: e.title,
      aliases: [],
      grade: null,
      track: 'management',
      trackReason: 'Roles in these pages report to this role.',
      external: true,
      href: e.href,
      reportsTo: [],
      extends: { responsibilities: null, requirements: null },
      inheritance: [],
      responsibilities: [],
      requirements: [],
      performanceIndicators: [],
      intro: [],
      sections: [],
      source: { file: '', line: 0 },
    }));

  const families = resolved.families.map((f) => {
    at.file = f.raw.file;
    return toFamily(f, familyItems.get(f.id)!);
  });
  const edges: Edge[] = [];
  const rolesOf = new Map<string, Role[]>();
  for (const role of roles) {
    if (role.familyId === null) continue;
    const list = rolesOf.get(role.familyId);
    if (list) list.push(role);
    else rolesOf.set(role.familyId, [role]);
  }
  for (const family of families) {
    at.file = family.source.file;
    const bounded = (from: number, to: number, kept: number) =>
      diagnostics.report('promotions-bounded', family.source.file, family.source.line, `${family.title}: ${from} levels of one grade below ${to} of the next would make ${from * to} promotion lines; kept ${kept}.`);
    const familyRoles = rolesOf.get(family.id) ?? [];
    const raw = resolved.families.find((f) => f.id === family.id)?.raw;
    const unresolved = (from: Role, names: readonly string[], line: number) =>
      diagnostics.report('next-step-unresolved', family.source.file, line, `The Career Ladder names ${names.map((n) => `"${n}"`).join(' or ')} as the next step of ${from.title}, which is no level of this page; its steps up follow the grades.`, { roleId: from.id });
    const stated = raw ? statedSteps(raw.nextSteps ?? [], familyRoles, raw.abbreviations, unresolved) : new Map<string, string[]>();
    const moves = raw ? managementMoves(raw.nextSteps ?? [], familyRoles, raw.abbreviations) : new Map<string, string[]>();
    for (const edge of promotionEdges(familyRoles, bounded, stated, moves)) edges.push(edge);
  }
  for (const role of roles) {
    for (const target of role.reportsTo) edges.push({ kind: 'reports-to', source: role.id, target });
    for (const target of new Set([role.extends.responsibilities, role.extends.requirements])) if (target) edges.push({ kind: 'extends', source: role.id, target });
  }
  for (const flow of resolved.flows) edges.push({ kind: 'flows-into', ...flow });

  at.file = null;
  return { graph: emit({ version: 1, families, roles: [...roles, ...externals], edges, diagnostics: diagnostics.list }, diagnostics, checkSchema), diagnostics };
}

/** Ids are unique by construction; should two ever meet, the second is left out with an error instead of silently hiding the first. */
function rejectDuplicateIds(graph: Graph, diagnostics: Diagnostics): void {
  const unique = <T extends { id: string }>(things: T[], what: string, source: (t: T) => { file: string; line: number }): T[] => {
    const first = new Map<string, T>();
    return things.filter((t) => {
      const earlier = first.get(t.id);
      if (!earlier) {
        first.set(t.id, t);
        return true;
      }
      const at = source(t);
      diagnostics.report('duplicate-id', at.file || '(graph)', at.line, `The ${what} id "${t.id}" is already taken (${source(earlier).file || 'an external role'}); this ${what} was left out.`, { related: source(earlier) });
      return false;
    });
  };
  graph.families = unique(graph.families, 'family', (f) => f.source);
  graph.roles = unique(graph.roles, 'role', (r) => r.source);
}

/** Stable order, schema validation. Families by id, roles in family then page order, edges and diagnostics sorted. */
function emit(graph: Graph, diagnostics: Diagnostics, checkSchema: boolean): Graph {
  graph.families.sort((a, b) => compareText(a.id, b.id));
  const rank = new Map(graph.families.flatMap((f) => f.roles).map((id, i) => [id, i]));
  graph.roles.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || compareText(a.id, b.id));
  const seen = new Set<string>();
  graph.edges = graph.edges
    .filter((e) => {
      const key = `${e.kind} ${e.source} ${e.target}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareText(a.kind, b.kind) || compareText(a.source, b.source) || compareText(a.target, b.target));
  rejectDuplicateIds(graph, diagnostics);
  const problem = checkSchema ? schemaProblem(graph) : null;
  if (problem) diagnostics.report('schema-invalid', '(graph)', 0, problem);
  graph.diagnostics = [...diagnostics.list].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.code, b.code) || compareText(a.message, b.message),
  );
  return graph;
}
