// The graph split for loading on demand: a small index (every family and role with
// its grade, track, links and edges, but without item text) loaded first, and one
// chunk per family with that family's text, loaded when the family is shown.
// `splitGraph` runs at build time, `withFamilyChunk` in the browser; together they
// give back exactly the full graph (a unit test checks the round trip).
import type { Family, Graph, Role } from './schema.ts';

export interface FamilyChunk {
  family: Family;
  roles: Role[];
}

/** Per role, the text search looks through beyond titles: its own items (inherited ones belong to their origin). */
export type SearchText = [roleId: string, text: string][];

function stripFamily(family: Family): Family {
  return { ...family, intro: [], responsibilities: [], requirements: [], performanceIndicators: [], specialties: [], sections: [] };
}

function stripRole(role: Role): Role {
  const { sourceLines: _lines, ...rest } = role;
  return { ...rest, responsibilities: [], requirements: [], performanceIndicators: [], intro: [], sections: [] };
}

export function splitGraph(graph: Graph): { index: Graph; chunks: Map<string, FamilyChunk>; search: SearchText } {
  const chunks = new Map<string, FamilyChunk>();
  for (const family of graph.families) chunks.set(family.id, { family, roles: [] });
  for (const role of graph.roles) if (role.familyId !== null) chunks.get(role.familyId)?.roles.push(role);
  const ownText = (items: Role['responsibilities']): string[] => items.filter((i) => i.own).flatMap((i) => [i.text, ...ownText(i.children)]);
  const search: SearchText = graph.roles
    .filter((r) => !r.external)
    .map((r) => [r.id, [...ownText(r.responsibilities), ...ownText(r.requirements)].join('\n')]);
  const index: Graph = {
    ...graph,
    families: graph.families.map(stripFamily),
    roles: graph.roles.map((r) => (r.external ? r : stripRole(r))),
    diagnostics: [],
  };
  return { index, chunks, search };
}

/** The index with one family's text put back in place (roles keep their order). */
export function withFamilyChunk(graph: Graph, chunk: FamilyChunk): Graph {
  const roles = new Map(chunk.roles.map((r) => [r.id, r]));
  return {
    ...graph,
    families: graph.families.map((f) => (f.id === chunk.family.id ? chunk.family : f)),
    roles: graph.roles.map((r) => roles.get(r.id) ?? r),
  };
}
