// "What changed since I last looked": the plan's items as the pages say them
// now, matched one-to-one to the entries the person last reviewed. In: the
// current plan items and the stored entries. Out: per item, its entry (so its
// status survives small page edits) and how it changed (same, reworded with a
// word diff, or added), plus the entries no item matches any more (removed).
// Matching, strongest first: the same key in the same section; the same text
// anywhere (an item moved to the other list or group); then the most similar
// wording at or above the comparison's threshold (item-match.ts), so "the same
// item reworded a little" keeps its status, as compare lines it up.
import { itemKey, REWORDED_AT, wordDiff, wordSimilarity, type DiffPart } from './item-match';
import type { PlanItem } from './plan';
import type { PlanEntry } from './plan-record';

export type ItemChange = 'same' | 'reworded' | 'added';

export interface MatchedItem {
  item: PlanItem;
  /** Index in the entries of the entry this item continues; null when none does. */
  entryIndex: number | null;
  entry: PlanEntry | null;
  change: ItemChange;
  /** For reworded items: from the reviewed wording to today's. */
  diff: DiffPart[] | null;
  /** True when the entry was reviewed in the other list (responsibilities ↔ requirements). */
  moved: boolean;
}

export interface PlanMatch {
  items: MatchedItem[];
  /** Entries no current item continues, in stored order. */
  removed: PlanEntry[];
  /** Added, reworded and removed items: what the person is asked to review. */
  changes: number;
}

/** `entries` null: no plan saved yet, so nothing to compare with and nothing flagged. */
export function matchPlan(items: readonly PlanItem[], entries: readonly PlanEntry[] | null): PlanMatch {
  if (entries === null) {
    return { items: items.map((item) => ({ item, entryIndex: null, entry: null, change: 'same', diff: null, moved: false })), removed: [], changes: 0 };
  }
  const entryOf: (number | undefined)[] = items.map(() => undefined);
  const taken = new Set<number>();
  const link = (i: number, e: number) => {
    entryOf[i] = e;
    taken.add(e);
  };
  const pass = (same: (item: PlanItem, entry: PlanEntry, e: number) => boolean) =>
    items.forEach((item, i) => {
      if (entryOf[i] !== undefined) return;
      const e = entries.findIndex((entry, j) => !taken.has(j) && same(item, entry, j));
      if (e !== -1) link(i, e);
    });
  pass((item, entry) => entry.key === item.key && entry.section === item.section);
  const textKeys = entries.map((e) => itemKey(e.text));
  pass((item, _entry, e) => textKeys[e] === itemKey(item.text));

  const candidates: { item: number; entry: number; score: number }[] = [];
  items.forEach((item, i) => {
    if (entryOf[i] !== undefined) return;
    entries.forEach((entry, e) => {
      if (taken.has(e)) return;
      const score = wordSimilarity(entry.text, item.text);
      if (score >= REWORDED_AT) candidates.push({ item: i, entry: e, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.item - b.item || a.entry - b.entry);
  for (const c of candidates) if (entryOf[c.item] === undefined && !taken.has(c.entry)) link(c.item, c.entry);

  const matched = items.map((item, i): MatchedItem => {
    const e = entryOf[i];
    if (e === undefined) return { item, entryIndex: null, entry: null, change: 'added', diff: null, moved: false };
    const entry = entries[e]!;
    const reworded = itemKey(entry.text) !== itemKey(item.text);
    const change: ItemChange = entry.unreviewed ? 'added' : reworded ? 'reworded' : 'same';
    return { item, entryIndex: e, entry, change, diff: change === 'reworded' ? wordDiff(entry.text, item.text) : null, moved: entry.section !== item.section };
  });
  const removed = entries.filter((_, e) => !taken.has(e));
  return { items: matched, removed, changes: matched.filter((m) => m.change !== 'same').length + removed.length };
}
