// What each search result says, so a person can tell results apart: the role's
// title, then its family and grade; where two results would still read the same
// (same title, family and grade), the first of track, place on the page, or id
// that tells them apart. Out: one row per hit, in the hits' order, no two rows alike.
import { getFamily, trackLabel } from './queries';
import type { Graph } from './schema';
import type { SearchHit } from './search';

export interface SearchRow {
  hit: SearchHit;
  title: string;
  /** "Backend Engineering · Grade 7" (plus what tells it apart from a look-alike). */
  detail: string;
  /** What matched when it was not the title: "responsibility: …". */
  match: string | null;
}

const gradeText = (grade: number | null) => (grade === null ? 'Grade unknown' : `Grade ${grade}`);

const TIE_BREAKERS: ((hit: SearchHit) => string)[] = [
  (hit) => trackLabel(hit.role.track),
  (hit) => `${hit.role.source.file}, line ${hit.role.source.line}`,
  (hit) => hit.role.id,
];

export function searchRows(graph: Graph, hits: readonly SearchHit[]): SearchRow[] {
  const base = hits.map((hit) => {
    const { role } = hit;
    const family = role.familyId ? (getFamily(graph, role.familyId)?.title ?? role.familyId) : 'External role';
    return [role.title, family, gradeText(role.grade)];
  });
  // Within each group of rows that would read the same, the first detail that tells all of them apart.
  const extras: string[] = hits.map(() => '');
  const groups = new Map<string, number[]>();
  base.forEach((b, i) => (groups.get(b.join('\n')) ?? groups.set(b.join('\n'), []).get(b.join('\n'))!).push(i));
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const tieBreak = TIE_BREAKERS.find((f) => new Set(group.map((i) => f(hits[i]!))).size === group.length) ?? TIE_BREAKERS[TIE_BREAKERS.length - 1]!;
    for (const i of group) extras[i] = tieBreak(hits[i]!);
  }
  return hits.map((hit, i) => ({
    hit,
    title: hit.role.title,
    detail: [base[i]![1], base[i]![2], extras[i]].filter(Boolean).join(' · '),
    match: hit.field === 'title' ? null : hit.field === 'item' ? hit.snippet : `${hit.field}: ${hit.snippet}`,
  }));
}
