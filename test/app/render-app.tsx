// Renders the real app (schema check, router, routes) on a memory history.
import { render, screen } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '@/app/app';
import small from '../fixtures/graphs/small.json';

export function renderApp({ url = '/', data = small as unknown }: { url?: string; data?: unknown } = {}) {
  const history = createMemoryHistory({ initialEntries: [url] });
  const utils = render(<App data={data} history={history} />);
  return { ...utils, history };
}

export const panel = () => screen.findByRole('complementary', { name: 'Role details' });
