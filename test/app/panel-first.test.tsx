// Click → panel first (src/app/use-panel-first.ts): a role clicked on the ladder is in
// the panel in the click's own render, its address follows right after; closing it
// before then leaves the address alone, and back/forward show what the address says.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from './render-app';

const node = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
const STAFF = 'customer-success-management/staff-csm';
const SENIOR = 'customer-success-management/senior-csm';
const heading = (name: string) => screen.queryByRole('heading', { level: 2, name });

describe('click → panel before the navigation', () => {
  it('shows the clicked role in the panel at once, then moves the address to it', async () => {
    const { container, history } = renderApp({ url: '/' });
    await waitFor(() => expect(node(container, STAFF)).not.toBeNull(), { timeout: 5000 });
    fireEvent.click(node(container, STAFF)!);
    expect(heading('Staff CSM')).toBeInTheDocument();
    expect(history.location.pathname).toBe('/');
    await waitFor(() => expect(history.location.pathname).toBe(`/roles/${STAFF}`));
    expect(heading('Staff CSM')).toBeInTheDocument();
  });

  it('closing the panel before the address followed keeps the address and closes the panel', async () => {
    const { container, history } = renderApp({ url: '/' });
    await waitFor(() => expect(node(container, STAFF)).not.toBeNull(), { timeout: 5000 });
    fireEvent.click(node(container, STAFF)!);
    fireEvent.click(screen.getByRole('button', { name: 'Close role details' }));
    expect(heading('Staff CSM')).not.toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 300));
    expect(history.location.pathname).toBe('/');
    expect(screen.queryByRole('complementary', { name: 'Role details' })).not.toBeInTheDocument();
  });

  it('back and forward show the role the address names, not an earlier click', async () => {
    const { container, history } = renderApp({ url: `/roles/${SENIOR}` });
    await waitFor(() => expect(node(container, STAFF)).not.toBeNull(), { timeout: 5000 });
    fireEvent.click(node(container, STAFF)!);
    await waitFor(() => expect(history.location.pathname).toBe(`/roles/${STAFF}`));
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 300));
    expect(heading('Senior CSM')).toBeInTheDocument();
    expect(history.location.pathname).toBe(`/roles/${SENIOR}`);
    history.forward();
    expect(await screen.findByRole('heading', { level: 2, name: 'Staff CSM' })).toBeInTheDocument();
  });
});
