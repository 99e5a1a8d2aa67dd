// The lists a comparison (and a role's Markdown) walks through, and how many roles fit
// side by side: a few constants kept apart from compare.ts, so the views that only need
// them (the compare tray, a role's Markdown) do not load the word diff with the first view.
import type { Item, Role } from './schema';

export const COMPARED_SECTIONS = ['responsibilities', 'requirements', 'performanceIndicators', 'niceToHave'] as const;
export type ComparedSection = (typeof COMPARED_SECTIONS)[number];

/** A role's list of one section; nice-to-haves are absent on roles that have none. */
export const sectionItems = (role: Role, section: ComparedSection): Item[] => role[section] ?? [];

export const MAX_COMPARED = 4;
