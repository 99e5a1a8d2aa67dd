// View state a person would share lives in the URL's search params. Every
// field falls back to "not set" when missing or mangled, so an old or edited
// link still opens.
import { z } from 'zod';
import { edgeKindSchema, trackSchema, type EdgeKind, type Track } from '@/model/schema';

export const ladderSearchSchema = z.object({
  /** Comma-separated family ids; unset = all families. */
  families: z.string().optional().catch(undefined),
  track: trackSchema.optional().catch(undefined),
  /** Comma-separated edge kinds shown, or "none"; unset = the defaults. */
  edges: z.string().optional().catch(undefined),
  view: z.enum(['canvas', 'list']).optional().catch(undefined),
});
export type LadderSearch = z.infer<typeof ladderSearchSchema>;

export const compareSearchSchema = z.object({
  roles: z.string().optional().catch(undefined),
});

export const DEFAULT_EDGES: EdgeKind[] = ['promotion', 'reports-to', 'flows-into'];

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
