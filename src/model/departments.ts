// Families grouped by department (the first folder under the compiled root), with
// counts, for the home page of a big handbook. Pure: in the graph (the index is
// enough) and a filter text, out the groups to show, in a stable order.
import type { Graph } from './schema';
import { normalize } from './search';

/** More families than this and `/` is a family picker instead of one canvas of everything. */
export const PICKER_MIN_FAMILIES = 12;
export const needsFamilyPicker = (graph: Graph): boolean => graph.families.length > PICKER_MIN_FAMILIES;

export interface FamilySummary {
  id: string;
  title: string;
  description: string;
  roles: number;
}

export interface DepartmentGroup {
  id: string;
  title: string;
  families: FamilySummary[];
  roles: number;
}

/** "people-group" → "People group"; pages at the root have no department. */
export function departmentTitle(id: string): string {
  if (!id) return 'Other families';
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function groupByDepartment(graph: Graph): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  for (const family of graph.families) {
    const group = groups.get(family.department) ?? groups.set(family.department, { id: family.department, title: departmentTitle(family.department), families: [], roles: 0 }).get(family.department)!;
    group.families.push({ id: family.id, title: family.title, description: family.description, roles: family.roles.length });
    group.roles += family.roles.length;
  }
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en', { numeric: true });
  return [...groups.values()]
    .map((g) => ({ ...g, families: g.families.sort(byTitle) }))
    .sort((a, b) => Number(a.id === '') - Number(b.id === '') || byTitle(a, b));
}

/** Groups with the families whose title, id or department matches every word of the query. */
export function filterDepartments(groups: DepartmentGroup[], query: string): DepartmentGroup[] {
  const words = normalize(query).split(' ').filter(Boolean);
  if (!words.length) return groups;
  const matches = (text: string) => {
    const norm = ` ${normalize(text)}`;
    return words.every((w) => norm.includes(` ${w}`));
  };
  return groups.flatMap((group) => {
    const families = group.families.filter((f) => matches(`${group.title} ${f.title} ${f.id}`));
    return families.length ? [{ ...group, families, roles: families.reduce((n, f) => n + f.roles, 0) }] : [];
  });
}
