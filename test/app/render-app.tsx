// Renders the real app (schema check, router, routes) on a memory history.
import { render, screen } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '@/app/checked-app';
import type { GraphSources } from '@/model/graph-store';
import small from '../fixtures/graphs/small.json';

/** `data` is a full graph (nothing left to load) unless `sources` says where the rest comes from. */
export function renderApp({ url = '/', data = small as unknown, sources }: { url?: string; data?: unknown; sources?: GraphSources } = {}) {
  const history = createMemoryHistory({ initialEntries: [url] });
  const utils = render(<App data={data} sources={sources} history={history} />);
  return { ...utils, history };
}

export const panel = () => screen.findByRole('complementary', { name: 'Role details' });
