// The ladder's ways into the comparison and the promotion path: roles picked by
// shift-click or from the panel, "Compare selected", a highlighted path, and
// the panel's "Path to…" picker and share buttons.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { panel, renderApp } from './render-app';

const node = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
const SENIOR = 'customer-success-management/senior-csm';
const STAFF = 'customer-success-management/staff-csm';
const ASSOCIATE = 'customer-success-management/associate-csm';
const DIRECTOR = 'customer-success-management/director-of-customer-success';

describe('picking roles on the ladder for a comparison', () => {
  it('says how to pick, then shift-click picks and unpicks roles and "Compare selected" opens them', async () => {
    const { container, history } = renderApp({ url: '/' });
    expect(await screen.findByText('Shift-click roles to compare them')).toBeInTheDocument();
    await waitFor(() => expect(node(container, SENIOR)).not.toBeNull());
    fireEvent.click(node(container, SENIOR)!, { shiftKey: true });
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('compare')).toBe(SENIOR));
    expect(history.location.pathname).toBe('/'); // picking does not open the role
    fireEvent.click(node(container, STAFF)!, { ctrlKey: true });
    const tray = await screen.findByRole('group', { name: 'Picked for comparison' });
    await waitFor(() => expect(within(tray).getByRole('link', { name: 'Compare selected (2)' })).toBeInTheDocument());
    expect(node(container, STAFF)).toHaveAttribute('aria-label', expect.stringContaining('picked for comparison'));
    fireEvent.click(within(tray).getByRole('link', { name: 'Compare selected (2)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare roles' })).toBeInTheDocument();
    expect(new URLSearchParams(history.location.search).get('roles')).toBe(`${SENIOR},${STAFF}`);
  });

  it('picks from the role panel too, and the pick survives moving to another role', async () => {
    const { history } = renderApp({ url: `/roles/${SENIOR}?view=list` });
    const aside = await panel();
    fireEvent.click(within(aside).getByRole('button', { name: '+ Pick for comparison' }));
    await waitFor(() => expect(within(aside).getByRole('button', { name: '✓ Picked for comparison' })).toHaveAttribute('aria-pressed', 'true'));
    fireEvent.click(within(aside).getByRole('link', { name: 'Next level: Staff CSM' }));
    const next = await screen.findByRole('heading', { level: 2, name: 'Staff CSM' });
    fireEvent.click(within(next.closest('aside')!).getByRole('button', { name: '+ Pick for comparison' }));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('compare')).toBe(`${SENIOR},${STAFF}`));
    const tray = screen.getByRole('group', { name: 'Picked for comparison' });
    fireEvent.click(within(tray).getByRole('button', { name: 'Unpick Senior CSM' }));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('compare')).toBe(STAFF));
  });
});

describe('a promotion path on the ladder', () => {
  it('highlights the route and dims the rest, with a banner leading to the steps', async () => {
    const { container, history } = renderApp({ url: `/?path=${ASSOCIATE},${DIRECTOR}` });
    const banner = await screen.findByText(/Path from/);
    expect(banner).toHaveTextContent('Path from Associate CSM to Director of Customer Success: 2 steps');
    await waitFor(() => expect(node(container, 'customer-success-management/manager-csm')).not.toBeNull());
    expect(node(container, 'customer-success-management/manager-csm')!.firstElementChild).not.toHaveClass('opacity-30');
    expect(node(container, SENIOR)!.firstElementChild).toHaveClass('opacity-30');
    fireEvent.click(screen.getByRole('button', { name: 'Clear path' }));
    await waitFor(() => expect(history.location.search).toBe(''));
    await waitFor(() => expect(node(container, SENIOR)!.firstElementChild).not.toHaveClass('opacity-30'));
  });

  it('"Path to…" in the panel opens the path page from this role', async () => {
    const { history } = renderApp({ url: `/roles/${ASSOCIATE}?view=list` });
    const aside = await panel();
    fireEvent.click(within(aside).getByText('Path to…'));
    fireEvent.change(within(aside).getByRole('combobox', { name: 'Path from Associate CSM to' }), { target: { value: 'Director' } });
    fireEvent.click(await within(aside).findByRole('option', { name: /Director of Customer Success/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Promotion path' })).toBeInTheDocument();
    expect(history.location.pathname).toBe('/path');
    expect(new URLSearchParams(history.location.search).get('from')).toBe(ASSOCIATE);
  });
});

describe('share and take away from the role panel', () => {
  it('offers copy link, print and Markdown, and copies the link', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void writes.push(t) }, configurable: true });
    renderApp({ url: `/roles/${SENIOR}?view=list` });
    const share = within(await panel()).getByRole('group', { name: 'Share and take away' });
    expect(within(share).getByRole('button', { name: 'Print role' })).toBeInTheDocument();
    fireEvent.click(within(share).getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(within(share).getByText('Markdown copied')).toBeInTheDocument());
    expect(writes[0]).toMatch(/^# Senior CSM\n/);
    fireEvent.click(within(share).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writes[1]).toContain('/roles/customer-success-management/senior-csm'));
  });
});
