// React glue for the graph store (src/model/graph-store.ts): the router context
// carries the store, components read its state through useSyncExternalStore.
import { useSyncExternalStore } from 'react';
import { useRouteContext } from '@tanstack/react-router';
import type { GraphState, GraphStore } from '@/model/graph-store';

export function useGraphStore(): GraphStore {
  return useRouteContext({ from: '__root__', select: (c) => c.store });
}

export function useGraphState(): GraphState {
  const store = useGraphStore();
  // The same snapshot on the server: pages are prerendered at build time (src/app/render-page.tsx).
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
