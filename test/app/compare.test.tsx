// The compare page through the real router: aligned rows with marks, shared rows
// folded until opened (the URL keeping the view), labelled column actions, add /
// remove / reorder in the page with the URL following, and mangled links that still
// show the roles they name.
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render-app';
import { seedGraph as seeds } from './seed-graph';

const SENIOR = 'customer-success-management/senior-csm';
const STAFF = 'customer-success-management/staff-csm';
const url = (...ids: string[]) => `/compare?roles=${ids.join(',')}`;
const rolesParam = (search: string) => new URLSearchParams(search).get('roles');
const columnTitles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('compare page', () => {
  // compile the real seeds once, outside the tests' own time
  beforeAll(() => void seeds(), 60_000);

  it('lines the same item up across columns and marks what is new, shared and missing', async () => {
    renderApp({ url: url(SENIOR, STAFF) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
    expect(columnTitles()).toEqual(['Senior CSM', 'Staff CSM']);
    expect(screen.getByRole('rowheader', { name: 'Grade' }).closest('tr')).toHaveTextContent('Grade78');

    const responsibilities = screen.getByRole('rowgroup', { name: 'Responsibilities' });
    fireEvent.click(within(responsibilities).getByRole('button', { name: /shared items/ }));
    const shared = await within(responsibilities).findByRole('row', { name: /Strategize on the overall objectives/ });
    expect(within(shared).getByRole('rowheader')).toHaveTextContent('In all');
    expect(within(shared).getAllByText('Strategize on the overall objectives and long-range goals of the team')).toHaveLength(2);

    const staffOnly = within(responsibilities).getByRole('row', { name: /Lead customer engagement model improvements/ });
    expect(within(staffOnly).getByRole('rowheader')).toHaveTextContent('In 1 of 2');
    const [senior, staff] = within(staffOnly).getAllByRole('cell');
    expect(senior).toHaveTextContent('Not in this role');
    expect(staff).toHaveTextContent('new vs left');
    expect(staff).toHaveTextContent('new at this level');

    // inherited items keep their origin
    const inherited = within(responsibilities).getByRole('row', { name: /Run onboarding calls/ });
    expect(within(inherited).getAllByRole('cell')[0]).toHaveTextContent('from Associate CSM');
    await waitFor(() => expect(document.title).toBe('Compare Senior CSM and Staff CSM · Rungs'));
  });

  it('opens on the differences (real seeds): shared rows fold into one line that expands, and the URL keeps the view', async () => {
    const { history } = renderApp({ url: url(SENIOR, STAFF), data: seeds() });
    await screen.findByRole('heading', { level: 2, name: 'Senior CSM' });
    const responsibilities = screen.getByRole('rowgroup', { name: 'Responsibilities' });
    expect(within(responsibilities).queryByRole('row', { name: /Strategize on the overall objectives/ })).toBeNull();
    expect(within(responsibilities).getByRole('row', { name: /Coaches peers on strategic approaches/ })).toBeInTheDocument();
    const fold = within(responsibilities).getByRole('button', { name: /^\d+ shared items? — / });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    const folded = Number(/(\d+) shared/.exec(fold.textContent!)![1]);
    const rowsBefore = within(responsibilities).getAllByRole('row').length;

    fireEvent.click(fold);
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('shared')).toBe('responsibilities'));
    // the pressed line is gone: focus is on the button that folds the rows again, not lost to the page
    await waitFor(() => expect(within(responsibilities).getByRole('button', { name: `Fold the ${folded} shared items` })).toHaveFocus());
    expect(within(responsibilities).getByRole('row', { name: /Strategize on the overall objectives/ })).toBeInTheDocument();
    // the fold line gave way to its rows
    expect(within(responsibilities).getAllByRole('row')).toHaveLength(rowsBefore - 1 + folded);
    // other sections stay folded
    expect(within(screen.getByRole('rowgroup', { name: 'Requirements' })).getByRole('button', { name: /shared item/ })).toBeInTheDocument();

    fireEvent.click(within(responsibilities).getByRole('button', { name: `Fold the ${folded} shared items` }));
    await waitFor(() => expect(new URLSearchParams(history.location.search).get('shared')).toBeNull());
    await waitFor(() => expect(within(responsibilities).getByRole('button', { name: /^\d+ shared items? — / })).toHaveFocus());
    expect(within(responsibilities).queryByRole('row', { name: /Strategize on the overall objectives/ })).toBeNull();
  }, 20_000);

  it('reopens a copied link on the same view, and "Show shared items" opens every section', async () => {
    const { history } = renderApp({ url: `${url(SENIOR, STAFF)}&shared=requirements`, data: seeds() });
    await screen.findByRole('heading', { level: 2, name: 'Senior CSM' });
    const requirements = screen.getByRole('rowgroup', { name: 'Requirements' });
    expect(within(requirements).queryByRole('button', { name: /^\d+ shared item/ })).toBeNull();
    expect(within(requirements).getByRole('button', { name: 'Fold the 9 shared items' })).toBeInTheDocument();
    expect(within(screen.getByRole('rowgroup', { name: 'Responsibilities' })).getByRole('button', { name: /^18 shared items/ })).toBeInTheDocument();
    const showAll = screen.getByRole('checkbox', { name: 'Show shared items' });
    expect(showAll).not.toBeChecked();
    fireEvent.click(showAll);
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^\d+ shared item/ })).toEqual([]));
    expect(new URLSearchParams(history.location.search).get('shared')).toContain('responsibilities');
    expect(screen.getByRole('checkbox', { name: 'Show shared items' })).toBeChecked();
  }, 20_000);

  it('labels the column actions in words, not only arrows', async () => {
    renderApp({ url: url(SENIOR, STAFF) });
    const header = (await screen.findByRole('heading', { level: 2, name: 'Staff CSM' })).closest('th')!;
    expect(within(header).getByRole('button', { name: 'Move Staff CSM left' })).toHaveTextContent('Move');
    expect(within(header).getByRole('button', { name: 'Remove Staff CSM' })).toHaveTextContent('Remove');
  });

  it('reorders, removes and adds roles in the page, the URL following each change', async () => {
    const { history } = renderApp({ url: url(SENIOR, STAFF) });
    fireEvent.click(await screen.findByRole('button', { name: 'Move Staff CSM left' }));
    await waitFor(() => expect(columnTitles()).toEqual(['Staff CSM', 'Senior CSM']));
    expect(rolesParam(history.location.search)).toBe(`${STAFF},${SENIOR}`);

    const add = screen.getByRole('combobox', { name: 'Add a role to the comparison' });
    fireEvent.change(add, { target: { value: 'Associate' } });
    fireEvent.click(await screen.findByRole('option', { name: /Associate CSM/ }));
    await waitFor(() => expect(columnTitles()).toEqual(['Staff CSM', 'Senior CSM', 'Associate CSM']));
    expect(rolesParam(history.location.search)).toBe(`${STAFF},${SENIOR},customer-success-management/associate-csm`);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Senior CSM' }));
    await waitFor(() => expect(columnTitles()).toEqual(['Staff CSM', 'Associate CSM']));
    history.back();
    await waitFor(() => expect(columnTitles()).toEqual(['Staff CSM', 'Senior CSM', 'Associate CSM']));
  });

  it('names unknown, repeated and surplus ids, shows the valid roles, and offers the closest match', async () => {
    const { history } = renderApp({ url: url(SENIOR, 'customer-success-management/staf-csm', SENIOR) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unknown role id customer-success-management/staf-csm');
    expect(alert).toHaveTextContent('listed twice');
    expect(columnTitles()).toEqual(['Senior CSM']);
    fireEvent.click(within(alert).getByRole('button', { name: 'Staff CSM' }));
    await waitFor(() => expect(columnTitles()).toEqual(['Senior CSM', 'Staff CSM']));
    expect(rolesParam(history.location.search)).toBe(`${SENIOR},${STAFF}`);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers copy link, print and Markdown export', async () => {
    renderApp({ url: url(SENIOR, STAFF) });
    const share = await screen.findByRole('group', { name: 'Share and take away' });
    for (const name of ['Copy link', 'Print comparison', 'Download Markdown', 'Copy Markdown']) {
      expect(within(share).getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('with no roles, explains how to start instead of an empty page', async () => {
    renderApp({ url: '/compare' });
    expect(await screen.findByText(/shift-click/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Add a role to the comparison' })).toBeEnabled();
  });
});
