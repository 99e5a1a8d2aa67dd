import { describe, expect, it } from 'vitest';
import { screen, fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

describe('search box', () => {
  it('is focused by / and by Ctrl+K', async () => {
    renderApp({ url: '/?view=list' });
    const box = await screen.findByRole('combobox', { name: /Search roles/ });
    fireEvent.keyDown(window, { key: '/' });
    expect(box).toHaveFocus();
    box.blur();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    expect(box).toHaveFocus();
  });

  it('finds a role by a responsibility phrase and opens it with Enter', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ url: '/?view=list' });
    const box = await screen.findByRole('combobox', { name: /Search roles/ });
    await user.type(box, 'long-range goals');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent('Senior CSM');
    expect(options[0]).toHaveTextContent('responsibility: Strategize on the overall objectives');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(history.location.pathname).toBe('/roles/customer-success-management/senior-csm'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=list' });
    await user.type(await screen.findByRole('combobox', { name: /Search roles/ }), 'astronaut');
    expect(await screen.findByText('No role matches “astronaut”.')).toBeInTheDocument();
  });
});
