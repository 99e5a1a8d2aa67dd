import { describe, expect, it } from 'vitest';
import { screen, within, fireEvent, waitFor } from '@testing-library/react';
import { panel, renderApp } from './render-app';

const SENIOR = '/roles/customer-success-management/senior-csm';

describe('role panel', () => {
  it('opens on a deep link with title, family, grade, track, and reports-to links', async () => {
    renderApp({ url: SENIOR });
    const aside = await panel();
    expect(within(aside).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
    expect(within(aside).getByText('Individual contributor')).toBeInTheDocument();
    expect(within(aside).getByText('7')).toBeInTheDocument();
    expect(within(aside).getByRole('link', { name: 'Manager, CSM' })).toHaveAttribute('href', '/roles/customer-success-management/manager-csm');
    await waitFor(() => expect(document.title).toBe('Senior CSM · Customer Success Management · Rungs'));
  });

  it('groups merged responsibilities by origin, own items first as new at this level', async () => {
    renderApp({ url: SENIOR });
    const aside = await panel();
    const responsibilities = within(aside).getByRole('region', { name: 'Responsibilities' });
    const groups = within(responsibilities).getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'New at this level',
      'Inherited from Associate CSM',
      'Inherited from CSM (Intermediate)',
    ]);
    expect(within(groups[0]!).getByText('Strategize on the overall objectives and long-range goals of the team')).toBeInTheDocument();
    // sub-items kept, under their parent
    const onboarding = within(groups[1]!).getByText('Run onboarding calls').closest('li')!;
    expect(within(onboarding).getByText('Kick-off meeting')).toBeInTheDocument();
    expect(within(groups[1]!).getByRole('link', { name: 'Associate CSM' })).toHaveAttribute('href', '/roles/customer-success-management/associate-csm');
  });

  it('makes only safe links clickable, and never renders page text as markup', async () => {
    renderApp({ url: SENIOR });
    const aside = await panel();
    expect(within(aside).getByRole('link', { name: 'mentorship' })).toHaveAttribute('href', 'https://example.com/mentoring');
    // a site-relative handbook link, with no SOURCE_URL at build time: text with the path in its title, never the app's not-found
    expect(within(aside).queryByRole('link', { name: 'playbook' })).toBeNull();
    expect(within(aside).getByText('playbook')).toHaveAttribute('title', '/handbook/playbook/');
    expect(within(aside).queryByRole('link', { name: 'click here' })).toBeNull();
    expect(within(aside).getByText('click here')).toBeInTheDocument();
    expect(aside.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it("offers the previous level, what's next with compare and path links, and family-wide items", async () => {
    renderApp({ url: SENIOR });
    const aside = await panel();
    const next = within(aside).getByRole('region', { name: "What's next" });
    expect(within(next).getByRole('link', { name: 'Next level: Staff CSM' })).toHaveAttribute('href', '/roles/customer-success-management/staff-csm');
    expect(within(next).getByRole('link', { name: 'Compare with Staff CSM' })).toHaveAttribute(
      'href',
      '/compare?roles=customer-success-management%2Fsenior-csm%2Ccustomer-success-management%2Fstaff-csm',
    );
    expect(within(next).getByRole('link', { name: 'Path to Staff CSM' })).toHaveAttribute(
      'href',
      '/path?from=customer-success-management%2Fsenior-csm&to=customer-success-management%2Fstaff-csm',
    );
    expect(within(aside).getByRole('link', { name: 'Previous level: CSM (Intermediate)' })).toBeInTheDocument();
    expect(within(aside).getByText('Family-wide: Customer Success Management')).toBeInTheDocument();
    expect(within(aside).getByText('Be the trusted advisor of the customer')).toBeInTheDocument();
    expect(within(aside).getByRole('heading', { name: 'Market Justification' })).toBeInTheDocument();
  });

  it('marks external roles and says so', async () => {
    renderApp({ url: '/roles/external/director-of-technical-account-managers' });
    const aside = await panel();
    expect(within(aside).getByText('External (outside these pages)')).toBeInTheDocument();
    expect(within(aside).getByText(/has no page of its own/)).toBeInTheDocument();
  });

  it('moves to the next level and back through history, and closes with Escape', async () => {
    const { history } = renderApp({ url: SENIOR });
    const aside = await panel();
    fireEvent.click(within(aside).getByRole('link', { name: 'Next level: Staff CSM' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Staff CSM' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/roles/customer-success-management/staff-csm');
    history.back();
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Role details' })).toBeNull());
    expect(history.location.pathname).toBe('/');
  });
});
