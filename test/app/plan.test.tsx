// The plan page through the real router (memory history, the small graph): the
// default target, the groups, a status saved to this browser's storage and
// shown again after a remount, the URL untouched, the panel's way in.
import { afterEach, describe, expect, it } from 'vitest';
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

describe('plan page', () => {
  it('defaults to the next step, groups the items and keeps a status in this browser only', async () => {
    const { history, unmount } = renderApp({ url: `/plan?from=${SENIOR}` });
    expect(await screen.findByRole('heading', { level: 2, name: 'Senior CSM to Staff CSM' })).toBeInTheDocument();
    expect(screen.getByText(/nothing is sent anywhere/)).toBeInTheDocument();
    const news = screen.getByRole('region', { name: /^New responsibilities/ });
    const first = within(news).getAllByRole('group')[0]!;
    fireEvent.click(within(first).getByRole('radio', { name: 'Working on it' }));
    expect(within(news).getByText(/0 of \d+ already doing · 1 working on it/)).toBeInTheDocument();
    expect(decodeURIComponent(history.location.search)).toBe(`?from=${SENIOR}`);
    expect(Object.keys(localStorage)).toEqual([`rungs:plan:${SENIOR} ${STAFF}`]);
    unmount();

    renderApp({ url: `/plan?from=${SENIOR}&to=${STAFF}` });
    const again = within(await screen.findByRole('region', { name: /^New responsibilities/ })).getAllByRole('group')[0]!;
    expect(within(again).getByRole('radio', { name: 'Working on it' })).toBeChecked();
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

  it('says so when a role id is unknown', async () => {
    renderApp({ url: `/plan?from=nope` });
    expect(await screen.findByText('nope')).toBeInTheDocument();
    expect(screen.getByText(/Unknown role id/)).toBeInTheDocument();
  });
});
