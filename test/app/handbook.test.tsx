// A big handbook (more than twelve families): `/` is a family picker whose
// selection lives in the URL, and a split graph loads each family's text only
// when a view shows it, with a loading state and a clear error when it fails.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { splitGraph } from '@/model/chunks';
import type { ModuleLoader } from '@/model/graph-store';
import type { Graph } from '@/model/schema';
import { manyFamilies, smallGraph } from '../model/fixtures';
import { panel, renderApp } from './render-app';

const CSM = 'customer-success-management';
const SENIOR = `${CSM}/senior-csm`;

/** The small graph plus 14 generated families in two departments: 16 families in all. */
function handbook(): Graph {
  const more = manyFamilies(14);
  more.families.forEach((f, i) => (f.department = i % 2 ? 'engineering' : 'marketing'));
  return { ...smallGraph, families: [...smallGraph.families, ...more.families], roles: [...smallGraph.roles, ...more.roles], edges: [...smallGraph.edges, ...more.edges] };
}

const search = (history: { location: { search: string } }) => new URLSearchParams(history.location.search);

describe('family picker', () => {
  it('lists departments with counts, and keeps the selection in the URL', async () => {
    const user = userEvent.setup();
    const { history } = renderApp({ data: handbook() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Job families' })).toBeInTheDocument();
    expect(screen.getByText(/^16 families with \d+ roles in 3 departments/)).toBeInTheDocument();
    const sales = screen.getByRole('region', { name: /^Sales 2 families · 9 roles/ });
    expect(screen.getByRole('region', { name: /^Engineering 7 families/ })).toBeInTheDocument();

    await user.click(within(sales).getByRole('checkbox', { name: /Customer Success Management/ }));
    await waitFor(() => expect(search(history).get('select')).toBe(CSM));
    await user.click(screen.getByRole('checkbox', { name: 'Select department Engineering' }));
    await waitFor(() => expect(search(history).get('select')?.split(',')).toHaveLength(8));
    expect(screen.getByText(/^8 families selected, \d+ roles$/)).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Filter families' }), 'family 13');
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: /Family 13/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Show 8 ladders together' }));
    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(search(history).get('families')?.split(',')).toEqual([CSM, ...handbook().families.filter((f) => f.department === 'engineering').map((f) => f.id)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Career ladder of all families' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Choose families' }));
    expect(await screen.findByRole('checkbox', { name: /Customer Success Management/ })).toBeChecked();
  });

  it('opens from a link with the selection ticked and names unknown ids', async () => {
    renderApp({ data: handbook(), url: `/?select=${CSM},no-such-family` });
    expect(await screen.findByRole('checkbox', { name: /Customer Success Management/ })).toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent('no-such-family');
    expect(screen.getByText(/^1 family selected/)).toBeInTheDocument();
  });

  it('shows a role of a big handbook on its own family ladder', async () => {
    renderApp({ data: handbook(), url: `/roles/${SENIOR}?view=list` });
    expect(await panel()).toBeInTheDocument();
    const ladder = screen.getByRole('main', { name: 'Career ladder' });
    const columns = within(ladder).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(columns[0]).toBe('Customer Success Management');
    expect(columns.filter((t) => /Family \d|Operations/.test(t ?? ''))).toEqual([]); // not all 16 families
  });

  it('stays the ladder of all families with twelve or fewer', async () => {
    renderApp({ url: '/?view=list' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Career ladder of all families' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Job families' })).toBeNull();
  });
});

describe('family text on demand', () => {
  function sources(fail = false) {
    const { index, chunks, search } = splitGraph(smallGraph);
    let resolve!: () => void;
    const gate = new Promise<void>((r) => (resolve = r));
    const loaded: string[] = [];
    const families: Record<string, ModuleLoader> = Object.fromEntries(
      [...chunks].map(([id, chunk]) => [
        id,
        vi.fn(async () => {
          await gate;
          if (fail) throw new Error('offline');
          loaded.push(id);
          return { default: chunk };
        }),
      ]),
    );
    return { index, loaded, open: resolve, sources: { families, search: async () => ({ default: search }), diagnostics: async () => ({ default: smallGraph.diagnostics }) } };
  }

  it('loads nothing for the ladder, and the role family when a role opens, with a loading panel meanwhile', async () => {
    const split = sources();
    renderApp({ data: split.index, sources: split.sources, url: `/roles/${SENIOR}?view=list` });
    const aside = await panel();
    expect(within(aside).getByRole('heading', { level: 2, name: 'Senior CSM' })).toBeInTheDocument();
    expect(within(aside).getByRole('status', { name: 'Loading responsibilities' })).toBeInTheDocument();
    split.open();
    expect(await within(aside).findByText(/Strategize on the overall objectives/)).toBeInTheDocument();
    expect(split.loaded).toEqual([CSM]);
  });

  it('says so when a family cannot be loaded', async () => {
    const split = sources(true);
    split.open();
    renderApp({ data: split.index, sources: split.sources, url: `/roles/${SENIOR}?view=list` });
    const aside = await panel();
    expect(await within(aside).findByRole('alert')).toHaveTextContent('could not be loaded');
    expect(within(aside).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('finds a role by its text before its family is loaded (search text loads on focus)', async () => {
    const user = userEvent.setup();
    const split = sources();
    renderApp({ data: split.index, sources: split.sources, url: '/?view=list' });
    await user.type(await screen.findByRole('combobox', { name: /Search roles/ }), 'long-range goals');
    const [first] = await screen.findAllByRole('option');
    expect(first).toHaveTextContent('Senior CSM');
    expect(first).toHaveTextContent('Strategize on the overall objectives');
    expect(split.loaded).toEqual([]);
  });

  it('waits for the compared roles\u2019 families before showing the comparison', async () => {
    const split = sources();
    split.open();
    renderApp({ data: split.index, sources: split.sources, url: `/compare?roles=${SENIOR},${CSM}/staff-csm` });
    // a difference is shown (shared rows such as "Strategize on the overall objectives" are folded)
    expect(await screen.findAllByText(/Lead customer engagement model improvements/)).not.toHaveLength(0);
    expect(split.loaded).toEqual([CSM]);
  });

  it('loads the diagnostics for /diagnostics only', async () => {
    const split = sources();
    const diagnostics = [{ severity: 'warning', code: 'W1', message: 'Something odd', file: 'sales/csm.md', line: 3 }];
    const load = vi.fn(async () => ({ default: diagnostics }));
    renderApp({ data: split.index, sources: { ...split.sources, diagnostics: load }, url: '/?view=list' });
    await screen.findByRole('heading', { level: 1, name: 'Career ladder of all families' });
    expect(load).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Data quality' }));
    expect(await screen.findByText(/Something odd/)).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
