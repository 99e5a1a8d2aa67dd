// A readiness plan for one step: what the target role asks beyond the role a
// person is in now. In: the graph (with both roles' text) and two role ids.
// Out: the target's responsibilities and requirements in three groups, as the
// role panel groups them: new responsibilities, new requirements, and
// everything the current role already asks (inherited). The alignment of the
// two roles' items is the comparison's (compare.ts), so an item the target
// rewords counts as new, with the word diff from the current role's wording.
import { compareRoles } from './compare';
import { itemKey, type DiffPart } from './item-match';
import { getRole } from './queries';
import type { Graph, Item, Role } from './schema';

export const PLAN_SECTIONS = ['responsibilities', 'requirements'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const PLAN_GROUPS = ['new-responsibilities', 'new-requirements', 'inherited'] as const;
export type PlanGroupId = (typeof PLAN_GROUPS)[number];

export const GROUP_TITLES: Record<PlanGroupId, string> = {
  'new-responsibilities': 'New responsibilities',
  'new-requirements': 'New requirements',
  inherited: 'Everything inherited (asked at both levels)',
};

export interface PlanItem {
  /** Stable within one plan: the normalised text, with "#2", "#3"… for repeats in the same section. */
  key: string;
  text: string;
  section: PlanSection;
  group: PlanGroupId;
  item: Item;
  /** When the target rewords an item of the current role: the diff from the current wording. */
  rewordedFrom: DiffPart[] | null;
}

export interface PlanGroup {
  id: PlanGroupId;
  items: PlanItem[];
}

export interface Plan {
  from: Role;
  to: Role;
  groups: PlanGroup[];
  /** Every item of every group, in group order. */
  items: PlanItem[];
}

export type PlanProblem = { code: 'unknown-role'; id: string } | { code: 'same-role' };

/** Keys of a list of texts: the normalised text, numbered from the second time it repeats. */
export function planKeys(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = itemKey(text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} #${n}`;
  });
}

export function buildPlan(graph: Graph, fromId: string, toId: string): Plan | PlanProblem {
  const from = getRole(graph, fromId);
  if (!from) return { code: 'unknown-role', id: fromId };
  const to = getRole(graph, toId);
  if (!to) return { code: 'unknown-role', id: toId };
  if (from.id === to.id) return { code: 'same-role' };
  const comparison = compareRoles(graph, [from.id, to.id]);
  const groups: Record<PlanGroupId, PlanItem[]> = { 'new-responsibilities': [], 'new-requirements': [], inherited: [] };
  for (const section of PLAN_SECTIONS) {
    const cells = comparison.sections[section].flatMap((row) => (row.cells[1] ? [row.cells[1]] : []));
    // Rows follow both roles' order; the plan reads in the target's page order.
    const inOrder = [...cells].sort((a, b) => to[section].indexOf(a.item) - to[section].indexOf(b.item));
    const keys = planKeys(inOrder.map((c) => c.item.text));
    inOrder.forEach((cell, i) => {
      const isNew = cell.change === 'new' || cell.change === 'reworded';
      const group: PlanGroupId = !isNew ? 'inherited' : section === 'responsibilities' ? 'new-responsibilities' : 'new-requirements';
      groups[group].push({
        key: keys[i]!,
        text: cell.item.text,
        section,
        group,
        item: cell.item,
        rewordedFrom: cell.change === 'reworded' ? cell.diff : null,
      });
    });
  }
  const list = PLAN_GROUPS.map((id) => ({ id, items: groups[id] }));
  return { from, to, groups: list, items: list.flatMap((g) => g.items) };
}

export const isPlan = (result: Plan | PlanProblem): result is Plan => 'groups' in result;
