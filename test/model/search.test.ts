import { describe, expect, it } from 'vitest';
import { searchRoles } from '@/model/search';
import { splitGraph } from '@/model/chunks';
import { smallGraph } from './fixtures';

const ids = (q: string) => searchRoles(smallGraph, q).map((h) => h.role.id);

describe('searchRoles', () => {
  it('ranks title matches first', () => {
    expect(ids('senior csm')[0]).toBe('customer-success-management/senior-csm');
    expect(ids('manager')[0]).toBe('customer-success-management/manager-csm');
  });

  it('finds roles by alias', () => {
    const [hit] = searchRoles(smallGraph, 'cs ops analyst');
    expect(hit?.role.id).toBe('customer-success-operations/analyst');
    expect(hit?.field).toBe('alias');
  });

  it('leads a responsibility phrase to the role that introduced it, before roles that inherit it', () => {
    const hits = searchRoles(smallGraph, 'long-range goals');
    expect(hits[0]?.role.id).toBe('customer-success-management/senior-csm');
    expect(hits[0]?.field).toBe('responsibility');
    expect(hits.map((h) => h.role.id)).toContain('customer-success-management/staff-csm');
  });

  it('matches sub-items and the prefix of the last word while typing', () => {
    expect(ids('kick-off')[0]).toBe('customer-success-management/associate-csm');
    expect(ids('gainsi')).toContain('customer-success-operations/analyst');
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzz qqqq')).toEqual([]);
  });
});

describe('searchRoles with the search text of families not loaded yet', () => {
  it('finds a role by its own item text when its family text is not in the graph', () => {
    const { index, search } = splitGraph(smallGraph);
    expect(searchRoles(index, 'long-range goals')).toEqual([]);
    const [hit] = searchRoles(index, 'long-range goals', 10, search);
    expect(hit).toMatchObject({ role: { id: 'customer-success-management/senior-csm' }, field: 'item' });
    expect(hit!.snippet).toContain('Strategize on the overall objectives');
    expect(searchRoles(index, 'senior csm', 1, search)[0]).toMatchObject({ field: 'title' });
  });
});
