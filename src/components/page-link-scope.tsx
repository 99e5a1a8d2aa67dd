// What links in page text are resolved against: the graph (set once at the root)
// and the family whose page the text is on (set by each view around that text).
// RichText reads it; without a scope, job-family links stay text or go to the web.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Graph } from '@/model/schema';

export interface PageLinkScopeValue {
  graph: Graph | null;
  familyId: string | null;
}

const Scope = createContext<PageLinkScopeValue>({ graph: null, familyId: null });

export const usePageLinkScope = () => useContext(Scope);

export function PageLinkGraph({ graph, children }: { graph: Graph; children: ReactNode }) {
  const value = useMemo(() => ({ graph, familyId: null }), [graph]);
  return <Scope.Provider value={value}>{children}</Scope.Provider>;
}

/** Text below was written on this family's page: its "#anchor" links point into the family. */
export function PageLinkFamily({ familyId, children }: { familyId: string | null; children: ReactNode }) {
  const { graph } = usePageLinkScope();
  const value = useMemo(() => ({ graph, familyId }), [graph, familyId]);
  return <Scope.Provider value={value}>{children}</Scope.Provider>;
}
