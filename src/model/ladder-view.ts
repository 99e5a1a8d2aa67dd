// What the ladder shows at a given zoom, decided without React: the text sizes a
// role box uses and the zoom at which they stay legible (12 px on screen), the
// coarse level of detail below it (one summary per family: grade span, counts),
// the short form of a long title, and the first viewport (one family, legible).
import type { Graph, Role } from './schema';
import { NODE_HEIGHT, NODE_WIDTH, type LadderLayout } from './layout';

/** The smallest text anywhere on the ladder, in CSS px on screen. */
export const MIN_TEXT_PX = 12;
/** Font sizes inside a role box, in flow units (= CSS px at zoom 1). */
export const NODE_TITLE_PX = 15;
export const NODE_DETAIL_PX = 13;
/** Below this zoom a role box's smallest text would be under MIN_TEXT_PX: the coarse level shows instead. */
export const READABLE_ZOOM = MIN_TEXT_PX / NODE_DETAIL_PX;
/**
 * The farthest one can zoom out: a one-track family (one box wide, plus the gap to the
 * next family) still gets about 100 px on screen for its header in the coarse level.
 */
export const MIN_ZOOM = 0.35;
export const MAX_ZOOM = 2;
/** A title longer than this (about three lines in a role box) shows its short form. */
export const LONG_TITLE = 40;

/** Words that only joined the family's name to the rest ("Director of …", "… and Strategy"). */
const JOINERS = /^(?:(?:of|for|and|&|in|the|to|at|with|on)\s+)+|(?:\s+(?:of|for|and|&|in|the|to|at|with|on))+$/i;

const tidy = (s: string) => {
  let out = s.replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').replace(JOINERS, '').trim();
  }
  return out.replace(/^\((.*)\)$/, '$1').trim();
};

/**
 * The level's short form of a long title, for a box under its family's header: the
 * shortest alias the page gives, else the title without the family's name
 * ("Customer Success Operations Analyst (Senior)" in "Customer Success Operations" →
 * "Analyst (Senior)"). Short titles, and titles with nothing shorter, stay as they are.
 */
export function shortTitle(role: Pick<Role, 'title' | 'aliases'>, familyTitle: string | undefined): string {
  const title = role.title;
  if (title.length <= LONG_TITLE) return title;
  const candidates = role.aliases.map(tidy).filter((a) => a && a.length < title.length);
  if (familyTitle) {
    const at = title.toLowerCase().indexOf(familyTitle.toLowerCase());
    if (at >= 0) {
      const rest = tidy(`${title.slice(0, at)} ${title.slice(at + familyTitle.length)}`);
      if (rest) candidates.push(rest);
    }
  }
  return candidates.sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? title;
}

/** One family as the coarse level shows it. */
export interface FamilySummary {
  key: string;
  familyId: string | null;
  title: string;
  /** Flow x and width of the family's columns together. */
  x: number;
  width: number;
  /** Lowest and highest numbered grade, or null when no role has one. */
  grades: { low: number; high: number } | null;
  roles: number;
  individualContributors: number;
  managers: number;
  gradeUnknown: number;
}

/** Per family (and the external column): its span and what it holds, in column order. */
export function familySummaries(graph: Graph, layout: LadderLayout): FamilySummary[] {
  const byKey = new Map<string, FamilySummary>();
  const roleById = new Map(graph.roles.map((r) => [r.id, r]));
  const keyOfColumn = new Map<string, string>();
  for (const c of layout.columns) {
    const key = c.familyId ?? c.key;
    keyOfColumn.set(c.key, key);
    const span = byKey.get(key);
    if (span) span.width = c.x + c.width - span.x;
    else
      byKey.set(key, { key, familyId: c.familyId, title: c.title, x: c.x, width: c.width, grades: null, roles: 0, individualContributors: 0, managers: 0, gradeUnknown: 0 });
  }
  for (const p of layout.roles) {
    const summary = byKey.get(keyOfColumn.get(p.column)!)!;
    const role = roleById.get(p.id);
    summary.roles++;
    if (role?.track === 'management') summary.managers++;
    else summary.individualContributors++;
    if (p.slot === null) summary.gradeUnknown++;
    else summary.grades = summary.grades ? { low: Math.min(summary.grades.low, p.slot), high: Math.max(summary.grades.high, p.slot) } : { low: p.slot, high: p.slot };
  }
  return [...byKey.values()];
}

/** "Grades 5–12", "Grade 7", or "Grade unknown". */
export function gradeSpanLabel(summary: Pick<FamilySummary, 'grades'>): string {
  const g = summary.grades;
  if (!g) return 'Grade unknown';
  return g.low === g.high ? `Grade ${g.low}` : `Grades ${g.low}–${g.high}`;
}

/**
 * Vertical extent of each column's roles (for the coarse level's bars): one bar over its
 * numbered grades, and one over its "Grade unknown" lane when it has roles there (a bar
 * across both would claim the grades in between).
 */
export function columnExtents(layout: LadderLayout): { key: string; column: string; x: number; width: number; top: number; bottom: number }[] {
  return layout.columns.flatMap((c) => {
    const inColumn = layout.roles.filter((p) => p.column === c.key);
    return (
      [
        [c.key, inColumn.filter((p) => p.slot !== null)],
        [`${c.key}:unknown`, inColumn.filter((p) => p.slot === null)],
      ] as const
    ).flatMap(([key, roles]) => {
      const ys = roles.map((p) => p.y);
      return ys.length ? [{ key, column: c.key, x: c.x, width: c.width, top: Math.min(...ys), bottom: Math.max(...ys) + NODE_HEIGHT }] : [];
    });
  });
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The first view: one family (the asked one, else the first) at a zoom where its text is
 * legible, no larger than 1. It sits at the left with a margin (the next families show
 * to its right). Vertically, everything in view when it fits; else the band of rows that
 * shows the most roles on screen (highest first on a tie), with some of the family when
 * one was asked for.
 */
export function firstViewport(layout: LadderLayout, familyId: string | undefined, screen: { width: number; height: number }, pad = 24): Viewport {
  const key = (c: LadderLayout['columns'][number]) => c.familyId ?? c.key;
  const first = layout.columns[0];
  if (!first) return { x: 0, y: 0, zoom: 1 };
  const asked = layout.columns.some((c) => key(c) === familyId);
  const focus = asked ? familyId : key(first);
  const columns = layout.columns.filter((c) => key(c) === focus);
  const inFocus = new Set(columns.map((c) => c.key));
  const ys = layout.roles.filter((p) => inFocus.has(p.column)).map((p) => p.y);
  const x0 = Math.min(...columns.map((c) => c.x));
  const x1 = Math.max(...columns.map((c) => c.x + c.width));
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys) + NODE_HEIGHT;
  const fit = Math.min((screen.width - 2 * pad) / (x1 - x0), (screen.height - 2 * pad) / (y1 - y0));
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, Number.isFinite(fit) && fit > 0 ? fit : 1));

  // the roles on screen at this zoom, left edge at the family
  const right = x0 + (screen.width - pad) / zoom;
  const visible = layout.roles.filter((p) => p.x < right && p.x + NODE_WIDTH > x0 - pad / zoom);
  const tall = (screen.height - 2 * pad) / zoom;
  const top = Math.min(...visible.map((p) => p.y));
  const bottom = Math.max(...visible.map((p) => p.y)) + NODE_HEIGHT;
  let windowTop: number;
  if (bottom - top <= tall) windowTop = top - (tall - (bottom - top)) / 2;
  else {
    const starts = [...new Set(visible.map((p) => p.y))].sort((a, b) => a - b).filter((start) => !asked || ys.some((y) => y >= start && y + NODE_HEIGHT <= start + tall));
    const count = (start: number) => visible.filter((p) => p.y >= start && p.y + NODE_HEIGHT <= start + tall).length;
    windowTop = starts.reduce((best, start) => (count(start) > count(best) ? start : best), starts[0] ?? y0);
  }
  return { x: pad - x0 * zoom, y: pad - windowTop * zoom, zoom };
}
