// The promotion-path page through the real router: steps with what each adds,
// no-route with reasons and nearest roles, pickers that change the URL.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render-app';

const ASSOCIATE = 'customer-success-management/associate-csm';
const DIRECTOR = 'customer-success-management/director-of-customer-success';
const STAFF = 'customer-success-management/staff-csm';

describe('path page', () => {
  it('shows each step with how it is reached, the grade change and what it adds', async () => {
    renderApp({ url: `/path?from=${ASSOCIATE}&to=${DIRECTOR}` });
    const steps = await screen.findByRole('list', { name: 'Steps' });
    const items = within(steps).getAllByRole('listitem').filter((li) => li.parentElement === steps);
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual(['Associate CSM', 'Manager, CSM', 'Director of Customer Success']);
    expect(items[1]).toHaveTextContent('Step 1 · Up the reporting line');
    expect(items[1]).toHaveTextContent('+3 grades');
    expect(items[1]).toHaveTextContent('track change');
    expect(within(items[1]!).getByRole('region', { name: 'New responsibilities' })).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('Step 2 · Promotion');
    expect(screen.getByRole('link', { name: 'Show on ladder' })).toHaveAttribute('href', `/?path=${encodeURIComponent(`${ASSOCIATE},${DIRECTOR}`)}`);
    await waitFor(() => expect(document.title).toBe('Path from Associate CSM to Director of Customer Success · Rungs'));
  });

  it('crosses families where a ladder continues in another', async () => {
    renderApp({ url: `/path?from=customer-success-operations/analyst&to=${STAFF}` });
    const steps = await screen.findByRole('list', { name: 'Steps' });
    expect(steps).toHaveTextContent('The ladder continues in Customer Success Management');
  });

  it('explains why there is no route and offers the nearest reachable roles', async () => {
    renderApp({ url: `/path?from=${STAFF}&to=${ASSOCIATE}` });
    expect(await screen.findByRole('alert')).toHaveTextContent('a path only goes up');
    const nearest = screen.getByRole('region', { name: 'Nearest roles you can reach' });
    expect(within(nearest).getByRole('link', { name: 'Manager, CSM' })).toHaveAttribute(
      'href',
      `/path?from=${encodeURIComponent(STAFF)}&to=${encodeURIComponent('customer-success-management/manager-csm')}`,
    );
  });

  it('names an unknown id and suggests roles for it', async () => {
    renderApp({ url: `/path?from=customer-success-management/asociate-csm&to=${STAFF}` });
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no role');
    const suggestions = screen.getByRole('region', { name: 'Did you mean' });
    expect(within(suggestions).getByRole('link', { name: 'Associate CSM' })).toHaveAttribute('href', expect.stringContaining(`from=${encodeURIComponent(ASSOCIATE)}`));
  });

  it('picks the two ends with search pickers, the URL following', async () => {
    const { history } = renderApp({ url: '/path' });
    expect(await screen.findByText(/Pick the role you are in/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'From role' }), { target: { value: 'Senior CSM' } });
    fireEvent.click(await screen.findByRole('option', { name: /Senior CSM/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'To role' }), { target: { value: 'Staff' } });
    fireEvent.click(await screen.findByRole('option', { name: /Staff CSM/ }));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('to')).toBe(STAFF));
    expect(new URLSearchParams(history.location.search).get('from')).toBe('customer-success-management/senior-csm');
    expect(await screen.findByText('1 step')).toBeInTheDocument();
  });
});
