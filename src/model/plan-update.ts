// Changes a person makes to a plan, as pure functions from one record to the
// next: rate an item or note it (the first change creates the record, with
// every item of the plan as seen now), and mark the changes since the last
// review as reviewed (entries take today's wording, removed items go).
import type { Plan, PlanItem } from './plan';
import type { MatchedItem, PlanMatch } from './plan-match';
import { MAX_NOTE, newPlanRecord, type PlanEntry, type PlanRecord, type Status } from './plan-record';

const entryFor = (item: PlanItem): PlanEntry => ({ key: item.key, text: item.text, section: item.section, status: null, note: '' });

/** A new record for the plan, every item unrated. */
export function startRecord(plan: Plan, now: Date): PlanRecord {
  return newPlanRecord({ from: plan.from.id, to: plan.to.id, fromTitle: plan.from.title, toTitle: plan.to.title, entries: plan.items.map(entryFor) }, now);
}

export interface ItemPatch {
  status?: Status | null;
  note?: string;
}

/**
 * The record with one item's status or note changed. An item with no entry yet
 * (it appeared after the last review) gets one, still marked unreviewed.
 */
export function updateItem(record: PlanRecord, matched: MatchedItem, patch: ItemPatch, now: Date): PlanRecord {
  const clean: ItemPatch = { ...patch, ...(patch.note !== undefined && { note: patch.note.replace(/\s+/g, ' ').slice(0, MAX_NOTE) }) };
  const entries = [...record.entries];
  if (matched.entryIndex !== null && entries[matched.entryIndex]) {
    entries[matched.entryIndex] = { ...entries[matched.entryIndex]!, ...clean };
  } else {
    entries.push({ ...entryFor(matched.item), ...clean, unreviewed: true });
  }
  return { ...record, entries, updatedAt: now.toISOString() };
}

/** The record after the person reviewed the changes: today's items, with the statuses and notes they carry. */
export function markReviewed(record: PlanRecord, match: PlanMatch, now: Date): PlanRecord {
  const entries = match.items.map(({ item, entry }): PlanEntry => ({ ...entryFor(item), status: entry?.status ?? null, note: entry?.note ?? '' }));
  const at = now.toISOString();
  return { ...record, entries, reviewedAt: at, updatedAt: at };
}

export interface GroupProgress {
  total: number;
  doing: number;
  working: number;
  notYet: number;
}

/** Counts of each status among some matched items. */
export function progress(items: readonly MatchedItem[]): GroupProgress {
  const count = (s: Status) => items.filter((m) => m.entry?.status === s).length;
  return { total: items.length, doing: count('doing'), working: count('working'), notYet: count('not-yet') };
}
