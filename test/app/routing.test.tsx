import { describe, expect, it } from 'vitest';
import { screen, within, fireEvent, waitFor } from '@testing-library/react';
import small from '../fixtures/graphs/small.json';
import { renderApp } from './render-app';

describe('routing', () => {
  it('shows a not-found page with the closest roles for an unknown role id', async () => {
    renderApp({ url: '/roles/customer-success-management/senior-cms' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No such role' })).toBeInTheDocument();
    const closest = screen.getByRole('region', { name: 'Closest matches' });
    expect(within(closest).getAllByRole('link')[0]).toHaveAccessibleName(/Senior CSM/);
    await waitFor(() => expect(document.title).toBe('Not found · Rungs'));
  });

  it('shows a not-found page with the closest families for an unknown family', async () => {
    renderApp({ url: '/families/customer-success-ops' });
    expect(await screen.findByRole('heading', { level: 1, name: 'No such job family' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Closest matches' })).getAllByRole('link')[0]).toHaveAccessibleName(
      /Customer Success Operations/,
    );
  });

  it('shows a not-found page for any other path, never a blank screen', async () => {
    renderApp({ url: '/no/such/page' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the career ladder' })).toHaveAttribute('href', '/');
  });

  it('shows the not-found page for a malformed URL ("/roles/%"), never an error with a useless Try again', async () => {
    for (const url of ['/roles/%', '/no/such/%E0%A4%A']) {
      const { unmount } = renderApp({ url });
      expect(await screen.findByRole('heading', { level: 1, name: /Page not found|No such role/ })).toBeInTheDocument();
      expect(screen.queryByText(/URI malformed/)).toBeNull();
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      unmount();
    }
  });

  it('shows an error page when the graph does not fit the schema', async () => {
    renderApp({ data: { ...small, roles: [{ id: 42 }] } });
    expect(await screen.findByRole('heading', { name: 'The career data could not be loaded' })).toBeInTheDocument();
  });

  it('lists one family on /families/$familyId, with the family selected in the filter', async () => {
    renderApp({ url: '/families/customer-success-operations?view=list' });
    expect(await screen.findByRole('link', { name: /Customer Success Operations Analyst, Grade 6/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Senior CSM/ })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Family' })).toHaveValue('customer-success-operations');
    await waitFor(() => expect(document.title).toBe('Customer Success Operations · Rungs'));
  });

  it('falls back to defaults for mangled search params', async () => {
    renderApp({ url: '/?track=sideways&view=3d&edges=bogus' });
    expect(await screen.findByRole('combobox', { name: 'Track' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Graph' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('filters by track through the URL', async () => {
    const { history } = renderApp({ url: '/?view=list' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Track' }), { target: { value: 'management' } });
    await waitFor(() => expect(history.location.search).toContain('track=management'));
    expect(screen.getByRole('link', { name: /Manager, CSM, Grade 8/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Staff CSM/ })).toBeNull();
  });

  it('keeps the selected role when a filter changes', async () => {
    const { history } = renderApp({ url: '/roles/customer-success-management/senior-csm?view=list' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Track' }), { target: { value: 'individual-contributor' } });
    await waitFor(() => expect(history.location.search).toContain('track=individual-contributor'));
    expect(history.location.pathname).toBe('/roles/customer-success-management/senior-csm');
    expect(screen.getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Manager, CSM, Grade 8/ })).toBeNull();
  });

  it('compares two roles side by side, naming unknown ids', async () => {
    renderApp({ url: '/compare?roles=customer-success-management/senior-csm,customer-success-management/staff-csm,nope/x' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Staff CSM' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('nope/x');
    const row = screen.getByRole('row', { name: /Lead customer engagement model improvements/ });
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('new at this level');
  });
});
