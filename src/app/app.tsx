// The whole app from raw data: the index (or a full graph) validated against the
// schema first, then a store that loads each family's text, the search text and the
// diagnostics on demand from `sources`. Without sources the data is a full graph
// with nothing left to load (tests, fixture builds).
import { useState } from 'react';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { graphSchema } from '@/model/schema';
import { createGraphStore, type GraphSources } from '@/model/graph-store';
import { createAppRouter } from './router';
import { GraphErrorPage } from './graph-error';

export function App({ data, sources, history }: { data: unknown; sources?: GraphSources; history?: RouterHistory }) {
  const [state] = useState((): { problems: string[] } | { router: ReturnType<typeof createAppRouter> } => {
    const parsed = graphSchema.safeParse(data);
    if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
    return { router: createAppRouter({ store: createGraphStore(parsed.data, sources), history }) };
  });
  if ('problems' in state) return <GraphErrorPage problems={state.problems} />;
  return <RouterProvider router={state.router} />;
}
