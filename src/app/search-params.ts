// View state a person would share lives in the URL's search params. Every
// field falls back to "not set" when missing or mangled, so an old or edited
// link still opens.
import { z } from 'zod';
import { edgeKindSchema, severitySchema, trackSchema, type EdgeKind, type Track } from '@/model/schema';

export const ladderSearchSchema = z.object({
  /** Comma-separated family ids; unset = all families. */
  families: z.string().optional().catch(undefined),
  track: trackSchema.optional().catch(undefined),
  /** Comma-separated edge kinds shown, or "none"; unset = the defaults. */
  edges: z.string().optional().catch(undefined),
  view: z.enum(['canvas', 'list']).optional().catch(undefined),
  /** Comma-separated role ids picked on the ladder for a comparison. */
  compare: z.string().optional().catch(undefined),
  /** "from,to": a promotion path the ladder highlights. */
  path: z.string().optional().catch(undefined),
  /** Comma-separated family ids ticked in the family picker (big handbooks), not yet shown. */
  select: z.string().optional().catch(undefined),
});
export type LadderSearch = z.infer<typeof ladderSearchSchema>;

export const compareSearchSchema = z.object({
  /** Comma-separated role ids, in column order. */
  roles: z.string().optional().catch(undefined),
  /**
   * Comma-separated sections (responsibilities, requirements, performanceIndicators) whose
   * shared rows are shown; unset = every section opens on its differences, shared rows folded.
   * (Older links' `only=differences` is dropped: that is the default view now.)
   */
  shared: z.string().optional().catch(undefined),
});
export type CompareSearch = z.infer<typeof compareSearchSchema>;

export const pathSearchSchema = z.object({
  from: z.string().optional().catch(undefined),
  to: z.string().optional().catch(undefined),
});
export type PathSearch = z.infer<typeof pathSearchSchema>;

export const diagnosticsSearchSchema = z.object({
  severity: severitySchema.optional().catch(undefined),
});
export type DiagnosticsSearch = z.infer<typeof diagnosticsSearchSchema>;

export const pageSourceSearchSchema = z.object({
  /** "unread": only the lines that were kept as text or ignored (and those with a diagnostic). */
  only: z.enum(['unread']).optional().catch(undefined),
});
export type PageSourceSearch = z.infer<typeof pageSourceSearchSchema>;

/** A comma-separated list of ids from a search param (ids never contain commas). */
export function idList(param: string | undefined): string[] {
  return (param ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The list back as a param; undefined when empty so the URL stays clean. */
export const idParam = (ids: readonly string[]): string | undefined => (ids.length ? ids.join(',') : undefined);

/** Promotion lines (and a ladder continuing in another family); reporting lines show for the selected role, all of them on request. */
export const DEFAULT_EDGES: EdgeKind[] = ['promotion', 'flows-into'];

export function shownEdges(search: LadderSearch): EdgeKind[] {
  if (search.edges === undefined) return DEFAULT_EDGES;
  return search.edges
    .split(',')
    .map((k) => edgeKindSchema.safeParse(k.trim()))
    .flatMap((r) => (r.success ? [r.data] : []));
}

export function edgesParam(kinds: EdgeKind[]): string | undefined {
  const same = kinds.length === DEFAULT_EDGES.length && DEFAULT_EDGES.every((k) => kinds.includes(k));
  if (same) return undefined;
  return kinds.length ? edgeKindSchema.options.filter((k) => kinds.includes(k)).join(',') : 'none';
}

export function familyFilter(search: LadderSearch): string[] {
  return (search.families ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export const trackFilter = (search: LadderSearch): Track | undefined => search.track;

/**
 * The family selection (`?families=`) after opening a role from search: kept as it
 * is, with the role's family added when it is not shown yet, so the role is on the ladder.
 */
export function selectionWith(families: string | undefined, familyId: string | null | undefined): string | undefined {
  const ids = idList(families);
  if (!ids.length) return undefined;
  return idParam(familyId && !ids.includes(familyId) ? [...ids, familyId] : ids);
}
