import { describe, expect, it } from 'vitest';
import { closestFamilies, closestRoles, groupByOrigin, highlightPath, nextLevel, previousLevel } from '@/model/queries';
import { getRole } from '@/model/queries';
import { smallGraph } from './fixtures';

const CSM = 'customer-success-management';

describe('queries', () => {
  it('groups merged items by origin with the own items first', () => {
    const senior = getRole(smallGraph, `${CSM}/senior-csm`)!;
    const groups = groupByOrigin(senior.responsibilities);
    expect(groups.map((g) => [g.from, g.own, g.items.length])).toEqual([
      [`${CSM}/senior-csm`, true, 3],
      [`${CSM}/associate-csm`, false, 2],
      [`${CSM}/csm-intermediate`, false, 1],
    ]);
  });

  it('finds the next and previous level on the same track', () => {
    expect(nextLevel(smallGraph, `${CSM}/senior-csm`)?.id).toBe(`${CSM}/staff-csm`);
    expect(previousLevel(smallGraph, `${CSM}/senior-csm`)?.id).toBe(`${CSM}/csm-intermediate`);
    expect(nextLevel(smallGraph, `${CSM}/staff-csm`)).toBeUndefined();
    expect(previousLevel(smallGraph, `${CSM}/associate-csm`)).toBeUndefined();
  });

  it('highlights the promotion chain and the reporting line of a role', () => {
    const { roles, edges } = highlightPath(smallGraph, `${CSM}/csm-intermediate`);
    expect([...roles].sort()).toEqual(
      [
        `${CSM}/associate-csm`,
        `${CSM}/csm-intermediate`,
        `${CSM}/director-of-customer-success`,
        `${CSM}/manager-csm`,
        `${CSM}/senior-csm`,
        `${CSM}/staff-csm`,
        'external/director-of-technical-account-managers',
      ].sort(),
    );
    expect(edges.has(`reports-to:${CSM}/manager-csm->${CSM}/director-of-customer-success`)).toBe(true);
    expect(roles.has('customer-success-operations/analyst')).toBe(false);
  });

  it('suggests the closest roles and families for an unknown id', () => {
    expect(closestRoles(smallGraph, `${CSM}/senior-cms`)[0]?.id).toBe(`${CSM}/senior-csm`);
    expect(closestRoles(smallGraph, 'staff')[0]?.id).toBe(`${CSM}/staff-csm`);
    expect(closestFamilies(smallGraph, 'customer-success-ops')[0]?.id).toBe('customer-success-operations');
  });
});
