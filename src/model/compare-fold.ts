// Compare opens on the differences: rows that every column has in the same words
// fold into one "N shared items" line per run, in place, so the rows around them
// keep their order. In: a section's rows and how many roles are compared. Out:
// the rows to show, runs of shared rows replaced by a fold. With one role there is
// nothing to compare against, so nothing folds.
import type { ComparisonRow } from './compare';

export type ShownRow = { kind: 'row'; row: ComparisonRow } | { kind: 'shared'; rows: ComparisonRow[] };

/** Every column has the item, written the same way. */
export const isShared = (row: ComparisonRow): boolean => row.presence === 'all' && !row.reworded;

export function foldSharedRows(rows: readonly ComparisonRow[], columnCount: number): ShownRow[] {
  if (columnCount < 2) return rows.map((row) => ({ kind: 'row', row }));
  const shown: ShownRow[] = [];
  for (const row of rows) {
    const last = shown[shown.length - 1];
    if (!isShared(row)) shown.push({ kind: 'row', row });
    else if (last?.kind === 'shared') last.rows.push(row);
    else shown.push({ kind: 'shared', rows: [row] });
  }
  return shown;
}

export const sharedCount = (rows: readonly ComparisonRow[]): number => rows.filter(isShared).length;
