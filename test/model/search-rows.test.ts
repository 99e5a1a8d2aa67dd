// @vitest-environment node
// Search results read apart: each row names the role's family and grade, and no
// two rows are alike, on the real seeds and where handbooks have look-alikes (the
// same level on two pages of one department, the same heading twice on a page).
import { describe, expect, it } from 'vitest';
import { searchRoles } from '@/model/search';
import { searchRows } from '@/model/search-rows';
import type { Graph } from '@/model/schema';
import { CSM, seeds } from '../compiler/helpers.ts';

const shown = (rows: ReturnType<typeof searchRows>) => rows.map((r) => `${r.title} / ${r.detail}`);

describe('searchRows', () => {
  const graph = seeds();

  it('"senior" on the seeds: distinct rows, each with its family and grade', () => {
    const rows = searchRows(graph, searchRoles(graph, 'senior', 20));
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(shown(rows)).size).toBe(rows.length);
    for (const row of rows) {
      const family = graph.families.find((f) => f.id === row.hit.role.familyId)!;
      expect(row.detail).toBe(`${family.title} · Grade ${row.hit.role.grade}`);
    }
    expect(shown(rows)).toContain('Senior CSM / Customer Success Management · Grade 7');
  });

  it('tells look-alikes apart: the same title and grade in another family, and a heading repeated on one page', () => {
    const csm = graph.families.find((f) => f.id === CSM)!;
    const senior = graph.roles.find((r) => r.id === `${CSM}/senior-csm`)!;
    // a second page of the same ladder (as backend-engineer.md and backend/_index.md in a real handbook)
    const copy = { ...csm, id: `${CSM}-roles`, title: 'Customer Success Management Roles', source: { file: 'sales/csm/_index.md', line: 1 }, roles: [`${CSM}-roles/senior-csm`] };
    const twin = { ...senior, id: `${CSM}-roles/senior-csm`, familyId: copy.id, source: { file: 'sales/csm/_index.md', line: 40 } };
    // the same heading twice on the CSM page (the compiler numbers the second id)
    const again = { ...senior, id: `${CSM}/senior-csm-2`, source: { file: senior.source.file, line: senior.source.line + 30 } };
    const lookAlikes: Graph = { ...graph, families: [...graph.families, copy], roles: [...graph.roles, twin, again] };

    const rows = searchRows(lookAlikes, searchRoles(lookAlikes, 'senior csm', 10)).filter((r) => r.title === 'Senior CSM');
    expect(rows).toHaveLength(3);
    expect(new Set(shown(rows)).size).toBe(3);
    expect(rows.find((r) => r.hit.role.id === twin.id)!.detail).toBe('Customer Success Management Roles · Grade 7');
    // same track too: told apart by where each is written on the page
    expect(rows.find((r) => r.hit.role.id === again.id)!.detail).toBe(`Customer Success Management · Grade 7 · ${senior.source.file}, line ${senior.source.line + 30}`);
    expect(rows.find((r) => r.hit.role.id === senior.id)!.detail).toBe(`Customer Success Management · Grade 7 · ${senior.source.file}, line ${senior.source.line}`);

    // a management namesake is told apart by its track
    const manager = { ...senior, id: `${CSM}/senior-csm-3`, track: 'management' as const };
    const [a, b] = searchRows(graph, [manager, senior].map((role) => ({ role, score: 1, field: 'title' as const, snippet: role.title })));
    expect([a!.detail, b!.detail]).toEqual(['Customer Success Management · Grade 7 · Management', 'Customer Success Management · Grade 7 · Individual contributor']);
  });

  it('says what matched when it was not the title', () => {
    const [row] = searchRows(graph, searchRoles(graph, 'long-range goals', 5));
    expect(row!.title).toBe('Senior CSM');
    expect(row!.match).toMatch(/^responsibility: Strategize on the overall objectives/);
  });
});
