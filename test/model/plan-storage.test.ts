// @vitest-environment node
// Saved plans read back, and records that cannot be used (not JSON, not a plan,
// a plan for other roles, a newer format, a broken field) are reported and kept
// aside, never thrown, while the good ones still load.
import { describe, expect, it } from 'vitest';
import { newPlanRecord, readPlanRecord, type PlanRecord } from '@/model/plan-record';
import { asideRecords, clearAllPlans, clearPlan, loadAllPlans, loadPlan, memoryStore, planKey, savePlan, type KeyValueStore } from '@/model/plan-storage';

const NOW = new Date('2026-11-24T10:00:00Z');
const record = (from = 'a/one', to = 'a/two'): PlanRecord =>
  newPlanRecord({ from, to, fromTitle: 'One', toTitle: 'Two', entries: [{ key: 'lead x', text: 'Lead X', section: 'responsibilities', status: 'working', note: 'since May' }] }, NOW);

describe('plan storage', () => {
  it('saves one record per plan and reads it back; clears one or all', () => {
    const store = memoryStore({ 'rungs:other': 'left alone' });
    expect(savePlan(store, record())).toBe(true);
    expect(savePlan(store, record('a/two', 'a/three'))).toBe(true);
    expect(loadPlan(store, 'a/one', 'a/two')).toEqual({ ok: true, record: record() });
    expect(loadPlan(store, 'a/one', 'a/three')).toBeNull();
    expect(loadAllPlans(store).plans.map((p) => p.to)).toEqual(['a/two', 'a/three']);
    clearPlan(store, 'a/one', 'a/two');
    expect(loadPlan(store, 'a/one', 'a/two')).toBeNull();
    clearAllPlans(store);
    expect(loadAllPlans(store).plans).toEqual([]);
    expect(store.getItem('rungs:other')).toBe('left alone');
  });

  it.each([
    ['not JSON', '{"format":"rungs-plan",', 'not-json'],
    ['not a plan', JSON.stringify({ hello: 'world' }), 'not-a-plan'],
    ['a newer format', JSON.stringify({ ...record(), version: 7 }), 'newer-version'],
    ['a broken field', JSON.stringify({ ...record(), entries: [{ key: 'x', text: 'X', section: 'hobbies', status: 'done', note: '' }] }), 'invalid'],
    ['a plan for other roles', JSON.stringify(record('b/one', 'b/two')), 'other-roles'],
  ])('%s: reported, kept aside with its text, and the other plans still load', (_, raw, code) => {
    const store = memoryStore({ [planKey('a/one', 'a/two')]: raw });
    savePlan(store, record('a/two', 'a/three'));
    const read = loadPlan(store, 'a/one', 'a/two', NOW);
    expect(read).toMatchObject({ ok: false, problem: { code } });
    // Moved aside, not deleted: the text is still in the store, under another name.
    expect(store.getItem(planKey('a/one', 'a/two'))).toBeNull();
    const [aside] = asideRecords(store);
    expect(aside).toMatchObject({ was: planKey('a/one', 'a/two'), problem: { code } });
    expect(JSON.parse(store.getItem(aside!.key)!).raw).toBe(raw);
    expect(loadAllPlans(store).plans.map((p) => p.from)).toEqual(['a/two']);
    clearAllPlans(store);
    expect(asideRecords(store)).toEqual([]);
  });

  it('a browser that refuses storage is reported, not thrown', () => {
    const refusing: KeyValueStore = {
      length: 1,
      key: () => planKey('a/one', 'a/two'),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadPlan(refusing, 'a/one', 'a/two')).toMatchObject({ ok: false, aside: null });
    expect(savePlan(refusing, record())).toBe(false);
    expect(() => clearAllPlans(refusing)).not.toThrow();
    expect(loadAllPlans(refusing).problems).toHaveLength(1);
  });

  it('readPlanRecord accepts a record written by this version', () => {
    expect(readPlanRecord(JSON.stringify(record()))).toEqual({ ok: true, record: record() });
  });
});
