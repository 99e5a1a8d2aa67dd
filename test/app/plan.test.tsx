// The plan page through the real router (memory history, the small graph): the
// default target, the groups, a status saved to this browser's storage and
// shown again after a remount, the URL untouched, the panel's way in.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp, panel } from './render-app';
import { buildPlan, isPlan } from '@/model/plan';
import { startRecord } from '@/model/plan-update';
import { savePlan } from '@/model/plan-storage';
import { graphSchema } from '@/model/schema';
import small from '../fixtures/graphs/small.json';

const SENIOR = 'customer-success-management/senior-csm';
const STAFF = 'customer-success-management/staff-csm';

afterEach(() => localStorage.clear());
// The plan route and the panel's plan entry are lazy chunks: load them once here, outside any test's 5 s.
beforeAll(async () => {
  await Promise.all([import('@/app/routes/plan-page'), import('@/features/plan/plan-entry')]);
}, 60_000);

describe('plan page', () => {
  it('defaults to the next step, groups the items and keeps a status in this browser only', async () => {
    const { history } = renderApp({ url: `/plan?from=${SENIOR}` });
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM to Staff CSM' })).toBeInTheDocument();
    expect(screen.getByText(/nothing is sent anywhere/)).toBeInTheDocument();
    const news = screen.getByRole('region', { name: /^New responsibilities/ });
    const first = within(news).getAllByRole('group')[0]!;
    fireEvent.click(within(first).getByRole('radio', { name: 'Working on it' }));
    expect(within(news).getByText(/0 of \d+ already doing · 1 working on it/)).toBeInTheDocument();
    expect(decodeURIComponent(history.location.search)).toBe(`?from=${SENIOR}`);
    expect(Object.keys(localStorage)).toEqual([`rungs:plan:${SENIOR} ${STAFF}`]);
  });

  it('shows a saved status again when the plan is opened', async () => {
    const plan = buildPlan(graphSchema.parse(small), SENIOR, STAFF);
    if (!isPlan(plan)) throw new Error('no plan');
    const record = startRecord(plan, new Date('2026-11-01T00:00:00Z'));
    record.entries[0] = { ...record.entries[0]!, status: 'working', note: 'Shadowing Dana' };
    savePlan(localStorage, record);
    renderApp({ url: `/plan?from=${SENIOR}&to=${STAFF}` });
    const first = within(await screen.findByRole('region', { name: /^New responsibilities/ })).getAllByRole('group')[0]!;
    expect(within(first).getByRole('radio', { name: 'Working on it' })).toBeChecked();
    expect(within(first).getByRole('textbox', { name: 'Note or evidence link' })).toHaveValue('Shadowing Dana');
  });

  it('the role panel links to "Plan my next step", and to a saved plan with its changes since the last visit', async () => {
    // A plan saved when one of Staff CSM's items read differently: today that item is added, the old one removed.
    const plan = buildPlan(graphSchema.parse(small), SENIOR, STAFF);
    if (!isPlan(plan)) throw new Error('no plan');
    const record = startRecord(plan, new Date('2026-11-01T00:00:00Z'));
    record.entries[0] = { ...record.entries[0]!, text: 'Something the page no longer says at all', key: 'something' };
    savePlan(localStorage, record);

    renderApp({ url: `/roles/${SENIOR}` });
    const link = await within(await panel()).findByRole('link', { name: 'Plan my next step' });
    expect(link).toHaveAttribute('href', `/plan?from=${encodeURIComponent(SENIOR)}`);
    const saved = await within(await panel()).findByRole('link', { name: 'Your plan for Staff CSM' });
    expect(saved.parentElement).toHaveTextContent('Your plan for Staff CSM · 2 changes since your last visit');
  });

  it('the path page offers a plan for a multi-step route, from its start to its end', async () => {
    const from = 'customer-success-management/associate-csm';
    renderApp({ url: `/path?from=${from}&to=${STAFF}` });
    const link = await screen.findByRole('link', { name: 'Make a plan' });
    expect(link).toHaveAttribute('href', `/plan?from=${encodeURIComponent(from)}&to=${encodeURIComponent(STAFF)}`);
  });

  it('says so when a role id is unknown', async () => {
    renderApp({ url: `/plan?from=nope` });
    expect(await screen.findByText('nope')).toBeInTheDocument();
    expect(screen.getByText(/Unknown role id/)).toBeInTheDocument();
  });
});
