// The whole app from raw graph data: validated against the schema first.
import { useState } from 'react';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { graphSchema } from '@/model/schema';
import { createAppRouter } from './router';
import { GraphErrorPage } from './graph-error';

export function App({ data, history }: { data: unknown; history?: RouterHistory }) {
  const [state] = useState((): { problems: string[] } | { router: ReturnType<typeof createAppRouter> } => {
    const parsed = graphSchema.safeParse(data);
    if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
    return { router: createAppRouter({ graph: parsed.data, history }) };
  });
  if ('problems' in state) return <GraphErrorPage problems={state.problems} />;
  return <RouterProvider router={state.router} />;
}
