// The compiler: pages → career graph. A pipeline of small stages, each in its own
// file: parse (front matter + mdast) → page (family and levels) → resolve (ids,
// names, extends, reporting lines, flows) → merge (inherited items with origins)
// → tracks → edges → emit (stable order, schema validation). Pure: no disk access;
// cli.ts and vite-plugin.ts read the folder and write the result.
import { type Edge, type Family, type Graph, graphSchema, type Item, type Role, type Section, type Specialty } from '../model/schema.ts';
import { Diagnostics } from './diagnostics.ts';
import { promotionEdges } from './edges.ts';
import { inherited, mergeExtraTargets, mergeLists, toItems } from './merge.ts';
import { type ListKind, type RawSection, readPage, type RawSpecialty } from './page.ts';
import { type PageInput, parsePage } from './parse.ts';
import { type FamilyDraft, resolve, type RoleDraft } from './resolve.ts';
import { slugify } from './text.ts';
import { decideTrack } from './tracks.ts';

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

/** Merged lists of every role, following "Extends" lines; cycles are reported once and cut. */
function mergeAll(roles: readonly RoleDraft[], familyItems: Map<string, Record<ListKind, Item[]>>, diagnostics: Diagnostics): Map<string, Record<ListKind, Item[]>> {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const done = new Map<string, Item[]>();
  const merged = (role: RoleDraft, kind: ListKind, path: string[]): Item[] => {
    const key = `${role.id}\u0000${kind}`;
    const cached = done.get(key);
    if (cached) return cached;
    const own = toItems(role.level.lists[kind], role.id);
    const target = role.extends[kind];
    let base: Item[] = [];
    if (target !== null && target === role.family.id) base = inherited(familyItems.get(target)?.[kind] ?? []);
    else if (target !== null) {
      const parent = byId.get(target);
      if (parent && path.includes(parent.id)) {
        const line = role.inheritance.find((i) => i.section === kind)?.line ?? role.level.line;
        const cycle = [...path.slice(path.indexOf(parent.id)), role.id].map((id) => byId.get(id)?.level.title ?? id).join(' → ');
        diagnostics.report('extends-cycle', role.family.raw.file, line, `"Extends" lines form a cycle: ${cycle} → ${parent.level.title}; the cycle was cut here.`, { roleId: role.id });
      } else if (parent) base = inherited(merged(parent, kind, [...path, role.id]));
    }
    const result = mergeLists(base, own);
    done.set(key, result);
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

export function compilePages(pages: readonly PageInput[]): CompileResult {
  const diagnostics = new Diagnostics();
  const sorted = [...pages].sort((a, b) => compareText(a.file, b.file));
  const raws = sorted.map((page) => readPage(parsePage(page, diagnostics), diagnostics));
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
  const managers = new Set(resolved.roles.flatMap((r) => r.reportsTo));

  const roles: Role[] = resolved.roles.map((draft) => {
    const merged = lists.get(draft.id)!;
    const { track, reason } = decideTrack({
      title: draft.level.title,
      hasReports: managers.has(draft.id),
      responsibilities: merged.responsibilities,
      requirements: merged.requirements,
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

  const families = resolved.families.map((f) => toFamily(f, familyItems.get(f.id)!));
  const edges: Edge[] = [];
  for (const family of families) edges.push(...promotionEdges(roles.filter((r) => r.familyId === family.id)));
  for (const role of roles) {
    for (const target of role.reportsTo) edges.push({ kind: 'reports-to', source: role.id, target });
    for (const target of new Set([role.extends.responsibilities, role.extends.requirements])) if (target) edges.push({ kind: 'extends', source: role.id, target });
  }
  for (const flow of resolved.flows) edges.push({ kind: 'flows-into', ...flow });

  return { graph: emit({ version: 1, families, roles: [...roles, ...externals], edges, diagnostics: diagnostics.list }, diagnostics), diagnostics };
}

/** Stable order, schema validation. Families by id, roles in family then page order, edges and diagnostics sorted. */
function emit(graph: Graph, diagnostics: Diagnostics): Graph {
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
  const check = graphSchema.safeParse(graph);
  if (!check.success) {
    const issue = check.error.issues[0];
    diagnostics.report('schema-invalid', '(graph)', 0, `The graph does not fit the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  graph.diagnostics = [...diagnostics.list].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.code, b.code) || compareText(a.message, b.message),
  );
  return graph;
}
