// Graphs for model tests: the hand-written small graph, and a generated corpus
// of many families to check that the layout stays readable at scale.
import small from '../fixtures/graphs/small.json';
import { graphSchema, type Graph, type Role } from '@/model/schema';

export const smallGraph: Graph = graphSchema.parse(small);

export function manyFamilies(count: number): Graph {
  const families: Graph['families'] = [];
  const roles: Role[] = [];
  const edges: Graph['edges'] = [];
  for (let f = 0; f < count; f++) {
    const familyId = `family-${f}`;
    const ids: string[] = [];
    const levels = 3 + (f % 5);
    for (let l = 0; l < levels; l++) {
      const id = `${familyId}/level-${l}`;
      ids.push(id);
      roles.push({
        ...smallGraph.roles[0]!,
        id,
        familyId,
        title: `Level ${l} of family ${f}`,
        aliases: [],
        grade: l === 2 && f % 3 === 0 ? null : 4 + l + (f % 3),
        track: l >= levels - 2 && f % 2 === 0 ? 'management' : 'individual-contributor',
        reportsTo: [],
        responsibilities: [],
        requirements: [],
      });
      if (l > 0) edges.push({ kind: 'promotion', source: ids[l - 1]!, target: id });
    }
    families.push({ ...smallGraph.families[1]!, id: familyId, title: `Family ${f}`, roles: ids });
  }
  return { version: 1, families, roles, edges, diagnostics: [] };
}
