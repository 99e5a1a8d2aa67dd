// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareRoles, COMPARED_SECTIONS, onlyDifferences, type ComparisonRow } from '@/model/compare';
import { wordSimilarity, REWORDED_AT } from '@/model/item-match';
import { CSM, seeds } from '../compiler/helpers.ts';

const SENIOR = `${CSM}/senior-csm`;
const STAFF = `${CSM}/staff-csm`;
const STRATEGY = 'customer-success-strategy';

const texts = (rows: ComparisonRow[], col: number) => rows.map((r) => r.cells[col]?.item.text ?? null);

describe('compareRoles on the seeds', () => {
  const graph = seeds();

  it("shows Staff CSM's own responsibilities as new and what it inherits from Senior CSM as shared", () => {
    const { columns, sections, invalid } = compareRoles(graph, [SENIOR, STAFF]);
    expect(invalid).toEqual([]);
    expect(columns.map((c) => [c.role.title, c.grade, c.track])).toEqual([
      ['Senior CSM', 7, 'individual-contributor'],
      ['Staff CSM', 9, 'individual-contributor'],
    ]);
    const staff = graph.roles.find((r) => r.id === STAFF)!;
    const rows = sections.responsibilities;
    expect(rows).toHaveLength(staff.responsibilities.length);
    for (const row of rows) {
      const cell = row.cells[1]!;
      if (cell.item.own) {
        expect(row.presence).toBe('some');
        expect(cell.change).toBe('new');
        expect(row.cells[0]).toBeNull();
      } else {
        expect(row.presence).toBe('all');
        expect(cell.change).toBe('same');
        expect(row.cells[0]!.item.text).toBe(cell.item.text);
      }
    }
    expect(rows.filter((r) => r.cells[1]!.change === 'new')).toHaveLength(staff.responsibilities.filter((i) => i.own).length);
    // Origins survive: the Senior column marks its own items own, the Staff column marks them inherited from Senior.
    const mentorship = rows.find((r) => r.cells[0]?.item.text.startsWith('Provide mentorship'))!;
    expect([mentorship.cells[0]!.item.own, mentorship.cells[1]!.item.own, mentorship.cells[1]!.item.from]).toEqual([true, false, SENIOR]);
  });

  it('keeps each column in page order, with the new items after the shared ones they follow', () => {
    const graph = seeds();
    const { sections } = compareRoles(graph, [SENIOR, STAFF]);
    const staff = graph.roles.find((r) => r.id === STAFF)!;
    expect(texts(sections.requirements, 1)).toEqual(staff.requirements.map((i) => i.text));
  });

  it('lines up a reworded item and shows the word-level difference', () => {
    const { sections } = compareRoles(graph, [`${STRATEGY}/customer-success-strategy-analyst`, `${STRATEGY}/senior-customer-success-strategy-analyst`]);
    const row = sections.requirements.find((r) => r.cells[0]?.item.text.startsWith('Understanding of customer success principles'))!;
    expect(row.cells[1]!.item.text).toMatch(/^Deep understanding of customer success principles/);
    expect(row.reworded).toBe(true);
    expect(row.presence).toBe('all');
    expect(row.cells[1]!.change).toBe('reworded');
    const diff = row.cells[1]!.diff!;
    expect(diff.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['Deep understanding']);
    expect(diff.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['Understanding']);
    // Reading the "before" parts gives the left item back, the "after" parts the right one.
    expect(diff.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(row.cells[0]!.item.text);
    expect(diff.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(row.cells[1]!.item.text);
  });

  it('does not pair items that only share a topic', () => {
    expect(wordSimilarity('Understanding of Git and typical branching strategies', 'Understanding of continuous integration, continuous deployment, DevSecOps')).toBeLessThan(REWORDED_AT);
    expect(wordSimilarity('Excellent communication skills', 'Excellent moderation and communication skills')).toBeGreaterThanOrEqual(REWORDED_AT);
    expect(wordSimilarity('Manage account escalations.', 'manage  ACCOUNT escalations')).toBe(1);
  });

  it('marks cells against the column on their left across three columns', () => {
    const ids = [`${CSM}/associate-csm`, `${CSM}/csm-intermediate`, SENIOR];
    const { sections } = compareRoles(graph, ids);
    const rows = sections.responsibilities;
    // Associate's items are in every column; Intermediate's own are new in column 2 and the same in column 3.
    const onboarding = rows.find((r) => r.cells[0]?.item.text.startsWith('Provide immediate onboarding'))!;
    expect(onboarding.cells.map((c) => c?.change)).toEqual(['first', 'same', 'same']);
    const advisor = rows.find((r) => r.cells[1]?.item.text.startsWith('Establish a trusted/strategic advisor'))!;
    expect(advisor.cells.map((c) => c?.change ?? null)).toEqual([null, 'new', 'same']);
    const strategize = rows.find((r) => r.cells[2]?.item.text.startsWith('Strategize'))!;
    expect(strategize.cells.map((c) => c?.change ?? null)).toEqual([null, null, 'new']);
  });

  it('filters to the differences only', () => {
    const full = compareRoles(graph, [SENIOR, STAFF]);
    const diff = onlyDifferences(full);
    expect(diff.columns).toBe(full.columns);
    expect(diff.sections.responsibilities.every((r) => r.presence === 'some' || r.reworded)).toBe(true);
    expect(diff.sections.responsibilities).toHaveLength(14);
    expect(diff.sections.requirements.map((r) => r.cells[1]?.item.text.slice(0, 20))).toContain('Technical / DevOps d');
  });

  it('gives the header facts: grade, track and reporting lines by title', () => {
    const { columns } = compareRoles(graph, [STAFF, `${CSM}/director-of-customer-success`]);
    expect(columns[0]!.reportsTo.map((r) => r.title)).toEqual(['Manager, CSM', 'Senior Manager, CSM', 'Director of Customer Success']);
    expect(columns[1]).toMatchObject({ grade: 10, track: 'management', familyTitle: expect.stringMatching(/Customer Success/) });
    expect(columns[1]!.reportsTo).toEqual([{ id: `${CSM}/vice-president-of-customer-success`, title: 'Vice President of Customer Success' }]);
  });

  it('reports unknown, repeated and surplus ids and still compares the valid ones', () => {
    const { columns, invalid } = compareRoles(graph, [
      SENIOR,
      `${CSM}/senior-cms`,
      SENIOR,
      STAFF,
      `${CSM}/associate-csm`,
      `${CSM}/manager-csm`,
      `${CSM}/director-of-customer-success`,
    ]);
    expect(columns.map((c) => c.role.id)).toEqual([SENIOR, STAFF, `${CSM}/associate-csm`, `${CSM}/manager-csm`]);
    expect(invalid).toEqual([
      { id: `${CSM}/senior-cms`, reason: 'unknown', suggestions: expect.arrayContaining([SENIOR]) },
      { id: SENIOR, reason: 'duplicate', suggestions: [] },
      { id: `${CSM}/director-of-customer-success`, reason: 'too-many', suggestions: [] },
    ]);
  });

  it("loses and repeats no item: for every pair of roles of a family, each column holds exactly its role's items, the left one in page order", () => {
    const roles = graph.roles.filter((r) => !r.external);
    for (const left of roles) {
      for (const right of roles) {
        if (left === right || left.familyId !== right.familyId) continue;
        const { sections } = compareRoles(graph, [left.id, right.id]);
        for (const section of COMPARED_SECTIONS) {
          // Positions of the very item objects in each role's list (cheap to compare, unlike deep equality).
          const positions = (col: number, items: unknown[]) =>
            sections[section].flatMap((r) => (r.cells[col] ? [items.indexOf(r.cells[col].item)] : []));
          const inOrder = (n: number) => Array.from({ length: n }, (_, i) => i);
          expect(positions(0, left[section] ?? [])).toEqual(inOrder((left[section] ?? []).length));
          expect(positions(1, right[section] ?? []).sort((a, b) => a - b)).toEqual(inOrder((right[section] ?? []).length));
        }
      }
    }
  });

  it('compares roles from different families', () => {
    const { sections, columns } = compareRoles(graph, [SENIOR, 'customer-success-operations/customer-success-operations-analyst-senior']);
    expect(columns).toHaveLength(2);
    // Nothing shared in the responsibilities: every row has exactly one cell.
    expect(sections.responsibilities.every((r) => r.cells.filter(Boolean).length === 1)).toBe(true);
    // With nothing shared, the left role's items come first, then the right one's.
    const firstRight = sections.responsibilities.findIndex((r) => r.cells[1]);
    expect(sections.responsibilities.slice(firstRight).every((r) => r.cells[1])).toBe(true);
    expect(firstRight).toBe(columns[0]!.role.responsibilities.length);
  });
});
