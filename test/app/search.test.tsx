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

  it('shows each result with its family and grade, and opening one keeps the families on screen', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ url: '/?families=customer-success-operations&view=list' });
    const box = await screen.findByRole('combobox', { name: /Search roles/ });
    await user.type(box, 'senior');
    const options = await screen.findAllByRole('option');
    const texts = options.map((o) => o.textContent);
    expect(new Set(texts).size).toBe(texts.length);
    const senior = screen.getByRole('option', { name: /^Senior CSM/ });
    expect(senior).toHaveTextContent('Customer Success Management · Grade 7');
    await user.click(senior);
    await waitFor(() => expect(history.location.pathname).toBe('/roles/customer-success-management/senior-csm'));
    // the selection stays, with the role's family added so the role is on the ladder
    expect(new URLSearchParams(history.location.search).get('families')).toBe('customer-success-operations,customer-success-management');
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=list' });
    await user.type(await screen.findByRole('combobox', { name: /Search roles/ }), 'astronaut');
    expect(await screen.findByText('No role matches “astronaut”.')).toBeInTheDocument();
  });
});
