// Where plans live: a small key-value store (the browser's localStorage, or a
// Map in tests), one record per plan under "rungs:plan:<from> <to>". Reading
// never throws: a record that cannot be used is moved under
// "rungs:plan-aside:…" (kept, not deleted, so nothing a person wrote is lost)
// and reported; a store that refuses to be read or written (private modes,
// quota) is reported too.
import { readPlanRecord, type PlanRecord, type RecordProblem } from './plan-record';

/** The part of the Web Storage API plans use. */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'rungs:plan:';
const ASIDE = 'rungs:plan-aside:';

export const planKey = (from: string, to: string) => `${PREFIX}${from} ${to}`;

function rolesOfKey(key: string): { from: string; to: string } | null {
  const rest = key.slice(PREFIX.length);
  const at = rest.indexOf(' ');
  return at > 0 ? { from: rest.slice(0, at), to: rest.slice(at + 1) } : null;
}

export interface AsideRecord {
  key: string;
  /** The plan's key it was read from. */
  was: string;
  problem: RecordProblem;
}

export type StoredPlan = { ok: true; record: PlanRecord } | { ok: false; problem: RecordProblem; aside: string | null };

function keys(store: KeyValueStore, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) out.push(key);
  }
  return out.sort();
}

/** Moves an unusable record aside with the reason; returns its new key (null when even that failed). */
function keepAside(store: KeyValueStore, key: string, raw: string, problem: RecordProblem, now: Date): string | null {
  const aside = `${ASIDE}${now.toISOString()} ${key.slice(PREFIX.length)}`;
  try {
    store.setItem(aside, JSON.stringify({ was: key, problem, raw }));
    store.removeItem(key);
    return aside;
  } catch {
    return null;
  }
}

function readKey(store: KeyValueStore, key: string, now: Date): StoredPlan | null {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { ok: false, problem: { code: 'invalid', message: 'this browser does not let Rungs read its saved plans' }, aside: null };
  }
  if (raw === null) return null;
  const roles = rolesOfKey(key);
  const read = readPlanRecord(raw, roles ?? undefined);
  if (read.ok) return read;
  return { ok: false, problem: read.problem, aside: keepAside(store, key, raw, read.problem, now) };
}

/** The plan from → to; null when there is none. */
export function loadPlan(store: KeyValueStore, from: string, to: string, now = new Date()): StoredPlan | null {
  return readKey(store, planKey(from, to), now);
}

/** Every plan in the store; unusable ones are moved aside and returned as problems. */
export function loadAllPlans(store: KeyValueStore, now = new Date()): { plans: PlanRecord[]; problems: StoredPlan[] } {
  const plans: PlanRecord[] = [];
  const problems: StoredPlan[] = [];
  let found: string[];
  try {
    found = keys(store, PREFIX);
  } catch {
    return { plans, problems: [{ ok: false, problem: { code: 'invalid', message: 'this browser does not let Rungs read its saved plans' }, aside: null }] };
  }
  for (const key of found) {
    const read = readKey(store, key, now);
    if (read?.ok) plans.push(read.record);
    else if (read) problems.push(read);
  }
  return { plans, problems };
}

/** Records kept aside earlier, with why. */
export function asideRecords(store: KeyValueStore): AsideRecord[] {
  try {
    return keys(store, ASIDE).map((key) => {
      try {
        const data = JSON.parse(store.getItem(key) ?? '{}') as { was?: unknown; problem?: RecordProblem };
        return { key, was: typeof data.was === 'string' ? data.was : key, problem: data.problem ?? { code: 'invalid', message: 'unreadable' } };
      } catch {
        return { key, was: key, problem: { code: 'not-json', message: 'it is not valid JSON' } };
      }
    });
  } catch {
    return [];
  }
}

/** Saves a record; false when the browser refused (storage full or disabled). */
export function savePlan(store: KeyValueStore, record: PlanRecord): boolean {
  try {
    store.setItem(planKey(record.from, record.to), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // nothing to do: the store is not usable
  }
}

export const clearPlan = (store: KeyValueStore, from: string, to: string) => removeKey(store, planKey(from, to));

/** Every plan and every record kept aside; nothing else the site may store. */
export function clearAllPlans(store: KeyValueStore): void {
  try {
    for (const key of [...keys(store, PREFIX), ...keys(store, ASIDE)]) store.removeItem(key);
  } catch {
    // nothing to do: the store is not usable
  }
}

/** A store in memory: for tests, and when the browser offers none. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}
