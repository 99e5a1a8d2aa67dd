// Roles side by side: takes 2–4 role ids and returns, per section, rows in which
// the same item lines up across the columns (same text after normalising, or
// reworded), each cell marked against the column on its left. Ids that name no
// role are returned apart, with the closest ids, so a mangled link still shows
// the roles it does name.
import { closestRoles, getFamily, getRole } from './queries';
import type { Graph, Item, Role, Track } from './schema';
import { itemKey, REWORDED_AT, wordDiff, wordSimilarity, type DiffPart } from './item-match';
import { COMPARED_SECTIONS, MAX_COMPARED, sectionItems, type ComparedSection } from './compared-sections';
export { COMPARED_SECTIONS, MAX_COMPARED, sectionItems, type ComparedSection } from './compared-sections';

/** Header facts of one column. */
export interface ComparisonColumn {
  role: Role;
  familyTitle: string | null;
  grade: number | null;
  track: Track;
  reportsTo: { id: string; title: string }[];
}

/**
 * How a cell relates to the column on its left:
 * - `same`: the left column has the same item, same text;
 * - `reworded`: the left column has it written differently (`diff` from left to here);
 * - `new`: the left column does not have it;
 * - `first`: the first column, nothing to compare with.
 */
export type CellChange = 'first' | 'same' | 'reworded' | 'new';

export interface ComparisonCell {
  /** The item as this role has it, origin (`from`, `own`) included. */
  item: Item;
  change: CellChange;
  diff: DiffPart[] | null;
}

export interface ComparisonRow {
  /** One cell per column, null where that role does not have the item. */
  cells: (ComparisonCell | null)[];
  /** `all`: every column has the item; `some`: at least one lacks it. */
  presence: 'all' | 'some';
  /** True when the item is written differently in at least two columns. */
  reworded: boolean;
}

export interface InvalidId {
  id: string;
  reason: 'unknown' | 'duplicate' | 'too-many';
  /** For unknown ids: the closest role ids, best first. */
  suggestions: string[];
}

export interface Comparison {
  columns: ComparisonColumn[];
  sections: Record<ComparedSection, ComparisonRow[]>;
  invalid: InvalidId[];
}

export function compareRoles(graph: Graph, roleIds: readonly string[]): Comparison {
  const roles: Role[] = [];
  const invalid: InvalidId[] = [];
  for (const id of roleIds) {
    const role = getRole(graph, id);
    if (!role) invalid.push({ id, reason: 'unknown', suggestions: closestRoles(graph, id, 3).map((r) => r.id) });
    else if (roles.some((r) => r.id === id)) invalid.push({ id, reason: 'duplicate', suggestions: [] });
    else if (roles.length >= MAX_COMPARED) invalid.push({ id, reason: 'too-many', suggestions: [] });
    else roles.push(role);
  }
  const sections = {} as Record<ComparedSection, ComparisonRow[]>;
  for (const section of COMPARED_SECTIONS) sections[section] = alignRows(roles.map((r) => sectionItems(r, section)));
  return { columns: roles.map((role) => column(graph, role)), sections, invalid };
}

function column(graph: Graph, role: Role): ComparisonColumn {
  return {
    role,
    familyTitle: role.familyId ? (getFamily(graph, role.familyId)?.title ?? null) : null,
    grade: role.grade,
    track: role.track,
    reportsTo: role.reportsTo.map((id) => ({ id, title: getRole(graph, id)?.title ?? id })),
  };
}

/** Rows shown when only the differences are wanted: drops items every column has in the same words. */
export function onlyDifferences(comparison: Comparison): Comparison {
  const sections = {} as Record<ComparedSection, ComparisonRow[]>;
  for (const section of COMPARED_SECTIONS) {
    sections[section] = comparison.sections[section].filter((row) => row.presence === 'some' || row.reworded);
  }
  return { ...comparison, sections };
}

/**
 * Builds rows column by column: each column's items are matched one-to-one to
 * the rows so far (identical text first, then the most similar reworded item),
 * and unmatched items become new rows placed after the row of the item that
 * precedes them in that column, so each column still reads in page order.
 */
function alignRows(columns: Item[][]): ComparisonRow[] {
  const rows: (Item | null)[][] = [];
  columns.forEach((items, col) => {
    const matchOf = matchToRows(items, rows);
    // Items before the column's first shared one go just above it; a column sharing nothing goes below the rest.
    const firstMatch = matchOf.find((m) => m !== undefined);
    let anchor = firstMatch === undefined ? rows.length - 1 : firstMatch - 1;
    items.forEach((item, i) => {
      const matched = matchOf[i];
      if (matched !== undefined) {
        rows[matched]![col] = item;
        anchor = matched;
        return;
      }
      const row: (Item | null)[] = columns.map(() => null);
      row[col] = item;
      // Insert right after the anchor; rows matched later keep their own place.
      rows.splice(anchor + 1, 0, row);
      shiftMatches(matchOf, anchor + 1);
      anchor += 1;
    });
  });
  return rows.map((row) => finishRow(row));
}

/** After inserting a row at `at`, row indexes at or after it move down by one. */
function shiftMatches(matchOf: (number | undefined)[], at: number): void {
  matchOf.forEach((m, i) => {
    if (m !== undefined && m >= at) matchOf[i] = m + 1;
  });
}

/** For each item, the index of the row it joins (undefined: a new row). */
function matchToRows(items: Item[], rows: (Item | null)[][]): (number | undefined)[] {
  const candidates: { item: number; row: number; score: number }[] = [];
  const keys = new Map<Item, string>();
  const keyOf = (item: Item) => keys.get(item) ?? keys.set(item, itemKey(item.text)).get(item)!;
  items.forEach((item, i) => {
    const key = keyOf(item);
    rows.forEach((row, r) => {
      let best = 0;
      for (const other of row) {
        if (!other) continue;
        // An identical item always wins over any reworded one.
        best = Math.max(best, keyOf(other) === key ? 2 : wordSimilarity(other.text, item.text));
      }
      if (best >= REWORDED_AT) candidates.push({ item: i, row: r, score: best });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.item - b.item || a.row - b.row);
  const matchOf: (number | undefined)[] = items.map(() => undefined);
  const taken = new Set<number>();
  for (const c of candidates) {
    if (matchOf[c.item] !== undefined || taken.has(c.row)) continue;
    matchOf[c.item] = c.row;
    taken.add(c.row);
  }
  return matchOf;
}

function finishRow(row: (Item | null)[]): ComparisonRow {
  const cells = row.map((item, col): ComparisonCell | null => {
    if (!item) return null;
    if (col === 0) return { item, change: 'first', diff: null };
    const left = row[col - 1];
    if (!left) return { item, change: 'new', diff: null };
    if (itemKey(left.text) === itemKey(item.text)) return { item, change: 'same', diff: null };
    return { item, change: 'reworded', diff: wordDiff(left.text, item.text) };
  });
  const keys = new Set(row.filter((i): i is Item => !!i).map((i) => itemKey(i.text)));
  return { cells, presence: row.every((i) => i) ? 'all' : 'some', reworded: keys.size > 1 };
}
