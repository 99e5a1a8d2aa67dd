import { describe, expect, it } from 'vitest';
import { layoutLadder, neighbourInDirection, NODE_HEIGHT, NODE_WIDTH } from '@/model/layout';
import { manyFamilies, smallGraph } from './fixtures';

const CSM = 'customer-success-management';
const OPS = 'customer-success-operations';

function overlaps(layout: ReturnType<typeof layoutLadder>) {
  const r = layout.roles;
  for (let i = 0; i < r.length; i++)
    for (let j = i + 1; j < r.length; j++) {
      const a = r[i]!, b = r[j]!;
      if (Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT) return [a.id, b.id];
    }
  return null;
}

describe('layoutLadder', () => {
  const layout = layoutLadder(smallGraph);
  const pos = (id: string) => layout.roles.find((p) => p.id === id)!;

  it('puts higher grades higher, and the same grade at the same height in every family', () => {
    expect(pos(`${CSM}/senior-csm`).y).toBeLessThan(pos(`${CSM}/csm-intermediate`).y);
    expect(pos(`${CSM}/senior-csm`).y).toBe(pos(`${OPS}/senior-analyst`).y);
    expect(pos(`${CSM}/staff-csm`).y).toBe(pos(`${CSM}/manager-csm`).y);
  });

  it('splits a family into individual-contributor and management columns', () => {
    expect(layout.columns.map((c) => c.key)).toEqual([
      `${CSM}:individual-contributor`,
      `${CSM}:management`,
      `${OPS}:individual-contributor`,
      `${OPS}:management`,
      'external',
    ]);
    expect(pos(`${CSM}/manager-csm`).x).toBeGreaterThan(pos(`${CSM}/staff-csm`).x);
  });

  it('puts every role without a grade in one "Grade unknown" lane, above the numbered grades and apart from them', () => {
    const director = pos(`${CSM}/director-of-customer-success`);
    expect(director.gradeKnown).toBe(false);
    expect(director.slot).toBeNull();
    expect(layout.rows.filter((r) => r.label === 'Grade unknown')).toHaveLength(1);
    expect(layout.rows[0]).toMatchObject({ label: 'Grade unknown', slot: null, y: director.y });
    // never between two numbered grades: every numbered row is below it, in descending order
    const numbered = layout.rows.slice(1);
    expect(numbered.every((r) => r.slot !== null && r.y > director.y)).toBe(true);
    expect(numbered.map((r) => r.slot)).toEqual([...numbered.map((r) => r.slot)].sort((a, b) => b! - a!));
    expect(numbered[0]!.y - director.y).toBeGreaterThan(numbered[1]!.y - numbered[0]!.y);
    expect(layout.rows.map((r) => r.label)).toContain('Grade 8');
  });

  it('has no "Grade unknown" lane when every shown role has a grade', () => {
    const ops = layoutLadder(smallGraph, { families: [OPS] });
    expect(ops.rows.map((r) => r.label)).not.toContain('Grade unknown');
    expect(ops.rows[0]!.y).toBe(0);
  });

  it('puts external reporting targets in their own column; without a grade, in the lane above every graded report', () => {
    const external = pos('external/director-of-technical-account-managers');
    expect(external.column).toBe('external');
    expect(external.slot).toBeNull();
    expect(external.y).toBeLessThan(pos(`${CSM}/manager-csm`).y);
    expect(external.y).toBe(pos(`${CSM}/director-of-customer-success`).y);
  });

  it('filters by family and track', () => {
    const ops = layoutLadder(smallGraph, { families: [OPS], track: 'individual-contributor' });
    expect(ops.roles.map((p) => p.id).sort()).toEqual([`${OPS}/analyst`, `${OPS}/senior-analyst`]);
  });

  it('is deterministic', () => {
    expect(layoutLadder(smallGraph)).toEqual(layoutLadder(smallGraph));
  });

  it('stays readable with 50 families: no overlaps, aligned grades, columns in family order', () => {
    const graph = manyFamilies(50);
    const big = layoutLadder(graph);
    expect(big.roles).toHaveLength(graph.roles.length);
    expect(overlaps(big)).toBeNull();
    const rowYs = new Set(big.rows.map((r) => r.y));
    expect(big.roles.every((p) => rowYs.has(p.y))).toBe(true);
    expect(big.rows.filter((r) => r.label === 'Grade unknown').length).toBeLessThanOrEqual(1);
    const grade7 = big.roles.filter((p) => p.slot === 7 && p.gradeKnown).map((p) => p.y);
    expect(new Set(grade7).size).toBe(1);
    const familyXs = big.columns.filter((c) => c.track === 'individual-contributor').map((c) => c.x);
    expect(familyXs).toEqual([...familyXs].sort((a, b) => a - b));
  });
});

describe('neighbourInDirection', () => {
  const layout = layoutLadder(smallGraph);
  it('moves up and down along promotion edges', () => {
    expect(neighbourInDirection(smallGraph, layout, `${CSM}/csm-intermediate`, 'up')).toBe(`${CSM}/senior-csm`);
    expect(neighbourInDirection(smallGraph, layout, `${CSM}/csm-intermediate`, 'down')).toBe(`${CSM}/associate-csm`);
  });
  it('moves sideways to the nearest role on the same row', () => {
    expect(neighbourInDirection(smallGraph, layout, `${CSM}/staff-csm`, 'right')).toBe(`${CSM}/manager-csm`);
  });
});
