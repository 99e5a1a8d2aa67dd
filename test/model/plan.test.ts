// @vitest-environment node
// The plan of a step on the real seeds, and how it follows page edits: items
// reworded a little keep their status and show a word diff, moved items keep
// theirs silently, removed and added items are flagged for review.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan, isPlan, planKeys, type Plan } from '@/model/plan';
import { matchPlan } from '@/model/plan-match';
import { markReviewed, progress, startRecord, updateItem } from '@/model/plan-update';
import type { Graph } from '@/model/schema';
import { CSM, compileFolder, seeds } from '../compiler/helpers.ts';
import { EDITS, editedSeeds } from '../plan-edits.ts';

const SENIOR = `${CSM}/senior-csm`;
const STAFF = `${CSM}/staff-csm`;
const NOW = new Date('2026-11-24T10:00:00Z');

function plan(graph: Graph, from = SENIOR, to = STAFF): Plan {
  const result = buildPlan(graph, from, to);
  if (!isPlan(result)) throw new Error(`no plan: ${JSON.stringify(result)}`);
  return result;
}
const texts = (p: Plan, group: string) => p.items.filter((i) => i.group === group).map((i) => i.text);

describe('buildPlan on the seeds', () => {
  seeds();

  it('lists what Staff CSM asks beyond Senior CSM, grouped like the panel', () => {
    const p = plan(seeds());
    const staff = p.to;
    expect(texts(p, 'new-responsibilities')).toEqual(staff.responsibilities.filter((i) => i.own).map((i) => i.text));
    expect(texts(p, 'new-requirements')).toEqual(staff.requirements.filter((i) => i.own).map((i) => i.text));
    expect(texts(p, 'new-requirements')).toContain('Technical / DevOps domain expertise');
    // Everything Senior CSM already asks is there too, collapsed in its own group.
    expect(texts(p, 'inherited')).toContain('Strategize on the overall objectives and long-range goals of the team');
    expect(texts(p, 'inherited')).toHaveLength(staff.responsibilities.length + staff.requirements.length - p.groups[0]!.items.length - p.groups[1]!.items.length);
    expect(p.items.every((i) => i.key === i.key.toLowerCase())).toBe(true);
  });

  it('counts an item the target rewords as new, with the diff from the current wording', () => {
    // The senior analyst's "Understanding of customer success principles…" becomes "Deep understanding…".
    const p = plan(seeds(), 'customer-success-strategy/customer-success-strategy-analyst', 'customer-success-strategy/senior-customer-success-strategy-analyst');
    const deep = p.items.find((i) => i.text.startsWith('Deep understanding of customer success principles'))!;
    expect(deep.group).toBe('new-requirements');
    expect(deep.rewordedFrom!.filter((d) => d.kind === 'added').map((d) => d.text.trim())).toEqual(['Deep understanding']);
  });

  it('says why there is no plan: unknown role, same role', () => {
    expect(buildPlan(seeds(), SENIOR, 'nope')).toEqual({ code: 'unknown-role', id: 'nope' });
    expect(buildPlan(seeds(), SENIOR, SENIOR)).toEqual({ code: 'same-role' });
  });
});

describe('planKeys', () => {
  it('is the normalised text, numbered when the same item repeats', () => {
    expect(planKeys(['Own the roadmap.', 'Own  the ROADMAP', 'Mentor others'])).toEqual(['own the roadmap', 'own the roadmap #2', 'mentor others']);
  });
});

describe('matching a plan after the pages were edited (real seeds, edited copy)', () => {
  const before = plan(seeds());
  const edited = plan(compileFolder(editedSeeds(mkdtempSync(join(tmpdir(), 'rungs-plan-')))));
  // A plan made before the edit, every item rated, a note on the reworded one.
  let record = startRecord(before, NOW);
  const first = matchPlan(before.items, record.entries);
  first.items.forEach((m, i) => {
    record = updateItem(record, m, { status: (['doing', 'working', 'not-yet'] as const)[i % 3] }, NOW);
  });
  const statusOf = (text: string) => record.entries.find((e) => e.text === text)!.status;
  const reworded = first.items.find((m) => m.item.text === EDITS.reworded.before)!;
  record = updateItem(record, reworded, { note: 'Ran two strategy workshops' }, NOW);

  const after = matchPlan(edited.items, record.entries);
  const find = (text: string) => after.items.find((m) => m.item.text === text)!;

  it('before any edit, nothing is flagged', () => {
    expect(matchPlan(before.items, record.entries).changes).toBe(0);
  });

  it('keeps the status and note of an item reworded a little, and shows the word diff', () => {
    const m = find(EDITS.reworded.after);
    expect(m.change).toBe('reworded');
    expect(m.entry).toMatchObject({ status: statusOf(EDITS.reworded.before), note: 'Ran two strategy workshops' });
    expect(m.diff!.filter((d) => d.kind === 'added').map((d) => d.text).join('')).toContain('new team members');
  });

  it('keeps the status of an item moved to the other list, without flagging it', () => {
    const m = find(EDITS.moved);
    expect(m.item.section).toBe('responsibilities');
    expect(m).toMatchObject({ change: 'same', moved: true });
    expect(m.entry!.status).toBe(statusOf(EDITS.moved));
  });

  it('flags the removed item (with its status) and the added one', () => {
    expect(after.removed.map((e) => [e.text, e.status])).toEqual([[EDITS.removed, statusOf(EDITS.removed)]]);
    expect(find(EDITS.added)).toMatchObject({ change: 'added', entry: null });
    expect(after.changes).toBe(3);
    // Everything else kept its status.
    const unchanged = after.items.filter((m) => m.change === 'same');
    expect(unchanged).toHaveLength(edited.items.length - 2);
    expect(unchanged.every((m) => m.entry!.status === statusOf(m.entry!.text))).toBe(true);
  });

  it('rating an added item keeps it flagged until the changes are reviewed; reviewing clears every flag', () => {
    const rated = updateItem(record, find(EDITS.added), { status: 'working' }, NOW);
    const again = matchPlan(edited.items, rated.entries);
    expect(again.items.find((m) => m.item.text === EDITS.added)).toMatchObject({ change: 'added', entry: { status: 'working' } });
    expect(again.changes).toBe(3);
    const reviewed = markReviewed(rated, again, new Date('2026-11-25T09:00:00Z'));
    const clean = matchPlan(edited.items, reviewed.entries);
    expect(clean.changes).toBe(0);
    expect(reviewed.reviewedAt).toBe('2026-11-25T09:00:00.000Z');
    expect(clean.items.find((m) => m.item.text === EDITS.reworded.after)!.entry).toMatchObject({ text: EDITS.reworded.after, note: 'Ran two strategy workshops' });
    expect(progress(clean.items)).toMatchObject({ total: edited.items.length, working: progress(again.items).working });
  });

  it('does not take an item that merely shares a topic for a reworded one', () => {
    const entries = [{ key: 'x', text: 'Understanding of Git and typical branching strategies', section: 'requirements' as const, status: 'doing' as const, note: '' }];
    const items = before.items.filter((i) => i.text.startsWith('Understanding of continuous integration'));
    const m = matchPlan(items, entries);
    expect(m.items[0]!.change).toBe('added');
    expect(m.removed).toHaveLength(1);
  });
});
