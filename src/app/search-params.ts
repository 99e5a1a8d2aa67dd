// View state a person would share lives in the URL's search params. Every
// field falls back to "not set" when missing or mangled, so an old or edited
// link still opens.
import type { EdgeKind, Severity, Track } from '@/model/schema';
import { EDGE_KINDS, SEVERITIES, TRACKS } from '@/model/vocabulary';

// Plain checks rather than a schema library, so the first view does not load one:
// a param is kept when it has the expected form and "not set" otherwise. Every field is
// returned, undefined when not set: the router lays the parsed search over the raw one,
// so a field left out would keep the raw (mangled) value.
type Raw = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const oneOf =
  <T extends string>(words: readonly T[]) =>
  (value: unknown): T | undefined =>
    words.includes(value as T) ? (value as T) : undefined;
const isTrack = oneOf(TRACKS);
const isEdgeKind = oneOf(EDGE_KINDS);

export interface LadderSearch {
  /** Comma-separated family ids; unset = all families. */
  families?: string;
  track?: Track;
  /** Comma-separated edge kinds shown, or "none"; unset = the defaults. */
  edges?: string;
  view?: 'canvas' | 'list';
  /** Comma-separated role ids picked on the ladder for a comparison. */
  compare?: string;
  /** "from,to": a promotion path the ladder highlights. */
  path?: string;
  /** Comma-separated family ids ticked in the family picker (big handbooks), not yet shown. */
  select?: string;
}
export const ladderSearchSchema = (raw: Raw): LadderSearch =>
  ({
    families: text(raw.families),
    track: isTrack(raw.track),
    edges: text(raw.edges),
    view: oneOf(['canvas', 'list'] as const)(raw.view),
    compare: text(raw.compare),
    path: text(raw.path),
    select: text(raw.select),
  });

export interface CompareSearch {
  /** Comma-separated role ids, in column order. */
  roles?: string;
  /**
   * Comma-separated sections (responsibilities, requirements, performanceIndicators) whose
   * shared rows are shown; unset = every section opens on its differences, shared rows folded.
   * (Older links' `only=differences` is dropped: that is the default view now.)
   */
  shared?: string;
}
export const compareSearchSchema = (raw: Raw): CompareSearch => ({ roles: text(raw.roles), shared: text(raw.shared) });

export interface PathSearch {
  from?: string;
  to?: string;
}
export const pathSearchSchema = (raw: Raw): PathSearch => ({ from: text(raw.from), to: text(raw.to) });

export interface DiagnosticsSearch {
  severity?: Severity;
}
export const diagnosticsSearchSchema = (raw: Raw): DiagnosticsSearch => ({ severity: oneOf(SEVERITIES)(raw.severity) });

export interface PageSourceSearch {
  /** "unread": only the lines that were kept as text or ignored (and those with a diagnostic). */
  only?: 'unread';
}
export const pageSourceSearchSchema = (raw: Raw): PageSourceSearch => ({ only: oneOf(['unread'] as const)(raw.only) });

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
    .map((k) => isEdgeKind(k.trim()))
    .filter((k): k is EdgeKind => k !== undefined);
}

export function edgesParam(kinds: EdgeKind[]): string | undefined {
  const same = kinds.length === DEFAULT_EDGES.length && DEFAULT_EDGES.every((k) => kinds.includes(k));
  if (same) return undefined;
  return kinds.length ? EDGE_KINDS.filter((k) => kinds.includes(k)).join(',') : 'none';
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
