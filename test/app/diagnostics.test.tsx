// The data-quality view through the real router, on a graph carrying diagnostics.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import small from '../fixtures/graphs/small.json';
import { renderApp } from './render-app';

const data = {
  ...small,
  diagnostics: [
    { severity: 'error', code: 'unknown-extends', message: 'Extends names no level.', file: 'cs.md', line: 40, hint: 'Fix the name.', roleId: 'customer-success-management/staff-csm' },
    { severity: 'warning', code: 'grade-name-mismatch', message: 'Grade sentence names another level.', file: 'cs.md', line: 12 },
    { severity: 'warning', code: 'grade-name-mismatch', message: 'Another mismatch.', file: 'cs.md', line: 7 },
    { severity: 'info', code: 'link-by-name', message: 'Linked by name.', file: 'ops.md', line: 3, roleId: 'gone/role' },
  ],
};

describe('diagnostics page', () => {
  it('groups by file and kind, with lines, counts and links to the affected roles', async () => {
    renderApp({ url: '/diagnostics', data });
    expect(await screen.findByRole('heading', { level: 1, name: 'Data quality' })).toBeInTheDocument();
    expect(screen.getByText(/1 errors, 2 warnings, 1 notes in 2 files/)).toBeInTheDocument();
    const cs = screen.getByRole('region', { name: /^cs\.md/ });
    const mismatch = within(cs).getByRole('region', { name: 'grade-name-mismatch in cs.md' });
    expect(within(mismatch).getAllByText(/^line \d+$/).map((e) => e.textContent)).toEqual(['line 7', 'line 12']);
    const unknown = within(cs).getByRole('region', { name: 'unknown-extends in cs.md' });
    expect(within(unknown).getByRole('link', { name: 'Open Staff CSM' })).toHaveAttribute('href', '/roles/customer-success-management/staff-csm');
    expect(within(unknown).getByText('Fix the name.')).toBeInTheDocument();
    // a role id the graph does not know stays text
    expect(screen.getByText('Role: gone/role')).toBeInTheDocument();
  });

  it('filters by severity through the URL', async () => {
    const { history } = renderApp({ url: '/diagnostics', data });
    fireEvent.click(await screen.findByRole('link', { name: 'Errors (1)' }));
    await waitFor(() => expect(history.location.search).toBe('?severity=error'));
    expect(screen.queryByRole('region', { name: /^ops\.md/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Errors (1)' })).toHaveAttribute('aria-current', 'page');
  });

  it('says when there is nothing to fix', async () => {
    renderApp({ url: '/diagnostics?severity=bogus' });
    expect(await screen.findByText(/every page was understood/)).toBeInTheDocument();
  });
});
