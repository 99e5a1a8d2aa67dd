// What each search result says, so a person can tell results apart: the role's
// title, then its family and grade; where two results would still read the same
// (same title, family and grade), the track, and then where on the page the role
// is written. Out: one row per hit, in the hits' order, no two rows alike.
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

export function searchRows(graph: Graph, hits: readonly SearchHit[]): SearchRow[] {
  const base = hits.map((hit) => {
    const { role } = hit;
    const family = role.familyId ? (getFamily(graph, role.familyId)?.title ?? role.familyId) : 'External role';
    return [role.title, family, gradeText(role.grade)];
  });
  const extras: string[][] = hits.map(() => []);
  const clashes = (parts: string[][]) => {
    const seen = new Map<string, number>();
    parts.forEach((p) => seen.set(p.join('\n'), (seen.get(p.join('\n')) ?? 0) + 1));
    return parts.map((p) => seen.get(p.join('\n'))! > 1);
  };
  const tieBreakers = [
    (hit: SearchHit) => trackLabel(hit.role.track),
    (hit: SearchHit) => `${hit.role.source.file}, line ${hit.role.source.line}`,
    (hit: SearchHit) => hit.role.id,
  ];
  for (const tieBreak of tieBreakers) {
    const clash = clashes(base.map((b, i) => [...b, ...extras[i]!]));
    if (!clash.some(Boolean)) break;
    clash.forEach((c, i) => c && extras[i]!.push(tieBreak(hits[i]!)));
  }
  return hits.map((hit, i) => ({
    hit,
    title: hit.role.title,
    detail: [base[i]![1], base[i]![2], ...extras[i]!].join(' · '),
    match: hit.field === 'title' ? null : hit.field === 'item' ? hit.snippet : `${hit.field}: ${hit.snippet}`,
  }));
}
