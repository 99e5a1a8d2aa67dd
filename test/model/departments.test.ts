// @vitest-environment node
// Families by department for the picker: counts, stable order, filtering.
import { describe, expect, it } from 'vitest';
import { departmentTitle, filterDepartments, groupByDepartment, needsFamilyPicker } from '@/model/departments';
import { manyFamilies, smallGraph } from './fixtures';

function handbook() {
  const graph = manyFamilies(15);
  graph.families.forEach((f, i) => (f.department = i < 3 ? '' : i % 2 ? 'engineering' : 'people-group'));
  return graph;
}

describe('departments', () => {
  it('groups families by department with family and role counts, the folderless ones last', () => {
    const groups = groupByDepartment(handbook());
    expect(groups.map((g) => [g.title, g.families.length])).toEqual([
      ['Engineering', 6],
      ['People group', 6],
      ['Other families', 3],
    ]);
    const engineering = groups[0]!;
    expect(engineering.roles).toBe(engineering.families.reduce((n, f) => n + f.roles, 0));
    expect(engineering.families.map((f) => f.title)).toEqual([...engineering.families.map((f) => f.title)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('filters by family title or department, every word', () => {
    const groups = groupByDepartment(handbook());
    expect(filterDepartments(groups, 'family 13').flatMap((g) => g.families.map((f) => f.title))).toEqual(['Family 13']);
    expect(filterDepartments(groups, 'people').map((g) => g.title)).toEqual(['People group']);
    expect(filterDepartments(groups, 'astronaut')).toEqual([]);
    expect(filterDepartments(groups, '  ')).toBe(groups);
  });

  it('asks for a picker only above twelve families', () => {
    expect(needsFamilyPicker(smallGraph)).toBe(false);
    expect(needsFamilyPicker(manyFamilies(12))).toBe(false);
    expect(needsFamilyPicker(manyFamilies(13))).toBe(true);
    expect(departmentTitle('legal-and-corporate-affairs')).toBe('Legal and corporate affairs');
  });
});
