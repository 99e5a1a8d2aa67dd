import { describe, expect, it } from 'vitest';
import { screen, within, fireEvent, waitFor } from '@testing-library/react';
import { renderApp } from './render-app';

const node = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);

describe('ladder canvas', () => {
  it('draws every role with its grade and track, external roles marked', async () => {
    const { container } = renderApp({ url: '/' });
    await screen.findByRole('group', { name: 'Career ladder graph' }, { timeout: 5000 }); // the canvas chunk loads cold here
    await waitFor(() => expect(node(container, 'customer-success-management/senior-csm')).not.toBeNull());
    expect(node(container, 'customer-success-management/senior-csm')).toHaveTextContent('Grade 7 · IC');
    expect(node(container, 'customer-success-management/director-of-customer-success')).toHaveTextContent('Grade unknown');
    expect(node(container, 'external/director-of-technical-account-managers')).toHaveTextContent('External');
  });

  it('opens a role when its node is clicked, and dims roles off its path', async () => {
    const { container, history } = renderApp({ url: '/' });
    await waitFor(() => expect(node(container, 'customer-success-management/staff-csm')).not.toBeNull());
    fireEvent.click(node(container, 'customer-success-management/staff-csm')!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Staff CSM' })).toBeInTheDocument();
    // the panel first, its address right after (src/app/use-panel-first.ts)
    await waitFor(() => expect(history.location.pathname).toBe('/roles/customer-success-management/staff-csm'));
    await waitFor(() => expect(node(container, 'customer-success-operations/analyst')!.firstElementChild).toHaveClass('opacity-30'));
    expect(node(container, 'customer-success-management/associate-csm')!.firstElementChild).not.toHaveClass('opacity-30');
  });

  it('moves along promotion edges with arrow keys and opens with Enter', async () => {
    const { container, history } = renderApp({ url: '/roles/customer-success-management/csm-intermediate' });
    await waitFor(() => expect(node(container, 'customer-success-management/csm-intermediate')).not.toBeNull());
    const start = node(container, 'customer-success-management/csm-intermediate')!;
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(node(container, 'customer-success-management/senior-csm'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(history.location.pathname).toBe('/roles/customer-success-management/senior-csm'));
  });

  it('has a legend that toggles edge kinds, with extends hidden by default', async () => {
    const { container, history } = renderApp({ url: '/' });
    const legend = await screen.findByRole('group', { name: 'Edges shown on the ladder' });
    const extendsBox = within(legend).getByRole('checkbox', { name: /Extends/ });
    expect(extendsBox).not.toBeChecked();
    expect(within(legend).getByRole('checkbox', { name: /Promotion/ })).toBeChecked();
    await waitFor(() => expect(container.querySelector('.react-flow__edge')).not.toBeNull());
    const promotionEdge = () => container.querySelector('[data-id="promotion:customer-success-management/associate-csm->customer-success-management/csm-intermediate"]');
    expect(promotionEdge()).not.toBeNull();
    fireEvent.click(within(legend).getByRole('checkbox', { name: /Promotion/ }));
    await waitFor(() => expect(history.location.search).toContain('edges=flows-into'));
    await waitFor(() => expect(promotionEdge()).toBeNull());
    fireEvent.click(extendsBox);
    await waitFor(() => expect(container.querySelector('[data-id^="extends:"]')).not.toBeNull());
  });

  it('switches to the list view, a text alternative with every role as a link', async () => {
    const { history } = renderApp({ url: '/' });
    fireEvent.click(await screen.findByRole('button', { name: 'List' }));
    await waitFor(() => expect(history.location.search).toContain('view=list'));
    expect(await screen.findByRole('link', { name: /Director of Customer Success, Grade unknown/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Outside these pages' })).toBeInTheDocument();
  });
});
