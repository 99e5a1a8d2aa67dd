// The data the app is given, checked against the graph schema (src/model/schema.ts):
// either the app on it, or the problems the error page lists. Build time and tests
// check before rendering; the browser imports this module on demand, after the first
// paint (main.tsx), so the schema library is not part of the first view.
import type { RouterHistory } from '@tanstack/react-router';
import type { GraphSources } from '@/model/graph-store';
import { graphSchema } from '@/model/schema';
import { appStateFor, type AppState } from './app';

/** Why the data is not a graph, one line per problem ("roles.1.title: …"); empty when it is one. */
export function graphProblems(data: unknown): string[] {
  const parsed = graphSchema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

export function createAppState(data: unknown, sources?: GraphSources, history?: RouterHistory): AppState {
  const parsed = graphSchema.safeParse(data);
  if (!parsed.success) return { problems: graphProblems(data) };
  return appStateFor(parsed.data, sources, history);
}
