// The browser's side of plan storage (src/model/plan-storage.ts): which
// key-value store plans use (localStorage when the browser allows it, else
// memory, so the page still works, unsaved), and a revision number that moves
// on every write here or in another tab, for components to re-read.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { memoryStore, type KeyValueStore } from '@/model/plan-storage';

export interface PlanStore {
  kv: KeyValueStore;
  /** False when the browser refused localStorage: plans last until the tab closes. */
  persistent: boolean;
  revision: () => number;
  subscribe: (listener: () => void) => () => void;
  /** Call after writing to `kv`. */
  changed: () => void;
}

export function createPlanStore(kv: KeyValueStore, persistent: boolean): PlanStore {
  let revision = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    revision++;
    for (const l of listeners) l();
  };
  // Another tab saved or cleared a plan.
  const onStorage = (e: StorageEvent) => (e.key === null || e.key.startsWith('rungs:plan')) && changed();
  const hasWindow = typeof window !== 'undefined';
  return {
    kv,
    persistent,
    revision: () => revision,
    subscribe(listener) {
      if (listeners.size === 0 && hasWindow) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && hasWindow) window.removeEventListener('storage', onStorage);
      };
    },
    changed,
  };
}

function browserStore(): PlanStore {
  try {
    const kv = window.localStorage;
    const probe = 'rungs:plan-probe';
    kv.setItem(probe, '1');
    kv.removeItem(probe);
    return createPlanStore(kv, true);
  } catch {
    return createPlanStore(memoryStore(), false);
  }
}

let defaultStore: PlanStore | null = null;
const PlanStoreContext = createContext<PlanStore | null>(null);
export const PlanStoreProvider = PlanStoreContext.Provider;

/** What the build's prerendered pages saw: no saved plans (so hydration matches them). */
const NOT_READ = -1;
const notRead = () => NOT_READ;

/**
 * The plan store in use and its current revision (re-renders on every change).
 * `ready` is false while a prerendered page hydrates: read nothing saved until then.
 */
export function usePlanStore(): { store: PlanStore; revision: number; ready: boolean } {
  const store = useContext(PlanStoreContext) ?? (defaultStore ??= browserStore());
  const revision = useSyncExternalStore(store.subscribe, store.revision, notRead);
  return { store, revision, ready: revision !== NOT_READ };
}
