// "What after this role?": every next step on both tracks, each with what changes.
// In: the graph and a role id. Out: the roles one promotion up (the promotion edges,
// which may lead to the other track), or, when the page draws none, the next level
// in ladder order; at the top of a family whose career ladder flows into another,
// the roles where it continues. Each step says the grade change, whether it moves
// between tracks, and how many responsibilities and requirements it adds (items the
// next role has that this one does not, compared as the path page does).
import { addedItems } from './path';
import { edgesFrom, entryRoles, getFamily, getRole, nextLevel, trackLabel } from './queries';
import type { Graph, Role } from './schema';

export interface NextStep {
  role: Role;
  via: 'promotion' | 'ladder' | 'flows-into';
  gradeChange: { from: number | null; to: number | null };
  trackChange: boolean;
  /** Items added; null when the next role's text is not in the graph (another family not loaded yet). */
  newResponsibilities: number | null;
  newRequirements: number | null;
}


function isTopOfFamily(graph: Graph, role: Role): boolean {
  const family = role.familyId ? getFamily(graph, role.familyId) : undefined;
  if (!family || role.grade === null) return false;
  return family.roles.every((id) => (getRole(graph, id)?.grade ?? -Infinity) <= role.grade!);
}

const hasText = (role: Role) => role.responsibilities.length + role.requirements.length + role.intro.length + role.sections.length > 0;

export function nextSteps(graph: Graph, roleId: string): NextStep[] {
  const role = getRole(graph, roleId);
  if (!role) return [];
  const targets: { role: Role; via: NextStep['via'] }[] = edgesFrom(graph, role.id, 'promotion')
    .map((id) => getRole(graph, id))
    .filter((r): r is Role => !!r)
    .map((r) => ({ role: r, via: 'promotion' as const }));
  if (targets.length === 0) {
    const next = nextLevel(graph, role.id);
    if (next) targets.push({ role: next, via: 'ladder' });
  }
  if (targets.length === 0 && role.familyId && isTopOfFamily(graph, role)) {
    for (const familyId of edgesFrom(graph, role.familyId, 'flows-into')) {
      for (const next of entryRoles(graph, familyId, role.grade)) targets.push({ role: next, via: 'flows-into' });
    }
  }
  const ownTrackFirst = (r: Role) => (r.track === role.track ? 0 : 1);
  return targets
    .sort((a, b) => ownTrackFirst(a.role) - ownTrackFirst(b.role) || (a.role.grade ?? 99) - (b.role.grade ?? 99) || a.role.title.localeCompare(b.role.title))
    .map(({ role: next, via }) => {
      const known = hasText(next) || !hasText(role);
      return {
        role: next,
        via,
        gradeChange: { from: role.grade, to: next.grade },
        trackChange: next.track !== role.track,
        newResponsibilities: known ? addedItems(role.responsibilities, next.responsibilities).length : null,
        newRequirements: known ? addedItems(role.requirements, next.requirements).length : null,
      };
    });
}

/** One line a person reads: "Grade 7 → 9 · management track · 8 new responsibilities · 9 new requirements". */
export function stepSummary(step: NextStep, familyTitle?: string): string {
  const { from, to } = step.gradeChange;
  const grade =
    from === null && to === null ? 'grade unknown' : from === to ? `same grade (${to})` : `Grade ${from ?? '?'} → ${to ?? '?'}`;
  const parts = [grade];
  if (step.trackChange) parts.push(`${trackLabel(step.role.track).toLowerCase()} track`);
  if (step.via === 'flows-into' && familyTitle) parts.push(`continues in ${familyTitle}`);
  if (step.newResponsibilities !== null) parts.push(plural(step.newResponsibilities, 'new responsibility', 'new responsibilities'));
  if (step.newRequirements !== null) parts.push(plural(step.newRequirements, 'new requirement', 'new requirements'));
  return parts.join(' · ');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
