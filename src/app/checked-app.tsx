// The app from raw data, checked first (tests render it this way through the real router).
import { useState } from 'react';
import type { RouterHistory } from '@tanstack/react-router';
import type { GraphSources } from '@/model/graph-store';
import { AppView } from './app';
import { createAppState } from './graph-check';

export function App({ data, sources, history }: { data: unknown; sources?: GraphSources; history?: RouterHistory }) {
  const [state] = useState(() => createAppState(data, sources, history));
  return <AppView state={state} />;
}
