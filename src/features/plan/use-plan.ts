// One plan as a component uses it: the plan computed from the graph, the saved
// record (or why it could not be read), today's items matched to it, and the
// changes a person makes, each saved at once.
import { useEffect, useMemo, useState } from 'react';
import type { Graph } from '@/model/schema';
import { buildPlan, isPlan, type Plan, type PlanProblem } from '@/model/plan';
import { matchPlan, type PlanMatch } from '@/model/plan-match';
import { clearPlan, loadPlan, savePlan, type StoredPlan } from '@/model/plan-storage';
import type { PlanRecord } from '@/model/plan-record';
import { markReviewed, startRecord, updateItem, type ItemPatch } from '@/model/plan-update';
import { usePlanStore } from './plan-store';

export interface PlanHandle {
  plan: Plan;
  record: PlanRecord | null;
  match: PlanMatch;
  /** Why the saved record could not be used (it was kept aside). */
  problem: Extract<StoredPlan, { ok: false }> | null;
  /** Why the last change could not be saved. */
  saveError: string | null;
  persistent: boolean;
  setItem: (index: number, patch: ItemPatch) => void;
  markReviewed: () => void;
  clear: () => void;
  /** Puts back the record `clear` removed. */
  undoClear: (() => void) | null;
}

export function usePlan(graph: Graph, fromId: string, toId: string): PlanHandle | PlanProblem {
  const { store, revision, ready } = usePlanStore();
  const plan = useMemo(() => buildPlan(graph, fromId, toId), [graph, fromId, toId]);
  // Reads again whenever a plan was written (here or in another tab).
  const stored = useMemo(() => (ready ? loadPlan(store.kv, fromId, toId) : null), [store, fromId, toId, revision, ready]);
  const record = stored?.ok ? stored.record : null;
  const entries = record?.entries ?? null;
  const match = useMemo(() => (isPlan(plan) ? matchPlan(plan.items, entries) : null), [plan, entries]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [cleared, setCleared] = useState<PlanRecord | null>(null);
  // The record is moved aside when first read, so the next read finds none: keep saying why.
  const [problem, setProblem] = useState<{ plan: string; stored: Extract<StoredPlan, { ok: false }> } | null>(null);
  const planId = `${fromId} ${toId}`;
  useEffect(() => {
    if (stored && !stored.ok) {
      setProblem({ plan: planId, stored });
      store.changed(); // the list of saved plans changed
    }
  }, [stored, planId, store]);

  if (!isPlan(plan) || !match) return plan as PlanProblem;

  const save = (next: PlanRecord) => {
    setSaveError(savePlan(store.kv, next) ? null : 'This browser did not save the change (its storage is full or turned off).');
    setCleared(null);
    store.changed();
  };

  return {
    plan,
    record,
    match,
    problem: problem?.plan === planId ? problem.stored : null,
    saveError,
    persistent: store.persistent,
    setItem(index, patch) {
      const now = new Date();
      const base = record ?? startRecord(plan, now);
      const matched = record ? match.items[index] : matchPlan(plan.items, base.entries).items[index];
      if (matched) save(updateItem(base, matched, patch, now));
    },
    markReviewed() {
      if (record) save(markReviewed(record, match, new Date()));
    },
    clear() {
      if (!record) return;
      clearPlan(store.kv, record.from, record.to);
      setCleared(record);
      store.changed();
    },
    undoClear: cleared
      ? () => {
          save(cleared);
        }
      : null,
  };
}
