// @vitest-environment node
// A plan exported as Markdown reads back as the same plan: same roles, same
// statuses and notes, nothing flagged as changed; text that Markdown would
// read as markup survives the trip; what is not a plan is refused with a line.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown } from '@/model/markdown';
import { buildPlan, isPlan, type Plan } from '@/model/plan';
import { matchPlan } from '@/model/plan-match';
import { importPlanMarkdown, planMarkdown, unescapeMarkdown } from '@/model/plan-markdown';
import { startRecord, updateItem } from '@/model/plan-update';
import { CSM, seeds } from '../compiler/helpers.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const LATER = new Date('2026-12-01T10:00:00Z');

function plan(): Plan {
  const p = buildPlan(seeds(), `${CSM}/senior-csm`, `${CSM}/staff-csm`);
  if (!isPlan(p)) throw new Error('no plan');
  return p;
}

function ratedRecord(p: Plan) {
  let record = startRecord(p, NOW);
  const notes = ['Led the *Acme* renewal: https://example.com/a_b?x=1', '# not a heading <script>alert(1)</script>', '1. [link](javascript:x) \\ back|slash ~'];
  matchPlan(p.items, record.entries).items.forEach((m, i) => {
    if (i % 4 === 3) return; // some items stay unrated
    record = updateItem(record, m, { status: (['doing', 'working', 'not-yet'] as const)[i % 3], note: i < notes.length ? notes[i]! : '' }, NOW);
  });
  return record;
}

describe('plan Markdown', () => {
  seeds();

  it('says the roles, the date, the progress per group and each status with its note', () => {
    const p = plan();
    const md = planMarkdown(p, matchPlan(p.items, ratedRecord(p).entries), LATER);
    expect(md.startsWith('# Readiness plan: Senior CSM → Staff CSM\n\n- From: Senior CSM (`customer-success-management/senior-csm`)\n- To: Staff CSM (`customer-success-management/staff-csm`)\n- Date: 2026-12-01\n')).toBe(true);
    expect(md).toMatch(/\n## New responsibilities: \d+ of 14 already doing · \d+ working on it · \d+ not yet\n\n- \[x\] Owns the customer relationship/);
    expect(md).toContain('\n  - Note: Led the \\*Acme\\* renewal: https://example.com/a\\_b?x=1\n');
    expect(md).toContain('\n## Everything inherited (asked at both levels): ');
    expect(md).toContain('\n### Requirements\n');
    // Page text and notes cannot become markup.
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/^# not a heading/m);
  });

  it('round trip: export, import, and every status and note is back with nothing flagged', () => {
    const p = plan();
    const record = ratedRecord(p);
    const md = planMarkdown(p, matchPlan(p.items, record.entries), LATER);
    const read = importPlanMarkdown(md, LATER);
    if (!read.ok) throw new Error(`${read.line}: ${read.message}`);
    expect(read.record).toMatchObject({ from: p.from.id, to: p.to.id, fromTitle: 'Senior CSM', toTitle: 'Staff CSM', reviewedAt: '2026-12-01' });
    const back = matchPlan(p.items, read.record.entries);
    expect(back.changes).toBe(0);
    const original = matchPlan(p.items, record.entries);
    expect(back.items.map((m) => [m.item.key, m.entry!.status, m.entry!.note])).toEqual(original.items.map((m) => [m.item.key, m.entry!.status, m.entry!.note]));
    // And once more: the imported plan exports to the same text.
    expect(planMarkdown(p, back, LATER)).toBe(md);
  });

  it('escaping is undone exactly for any single-line text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        const line = s.replace(/\s+/g, ' ').trim();
        expect(unescapeMarkdown(escapeMarkdown(line))).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what is not an exported plan, saying where', () => {
    expect(importPlanMarkdown('# Shopping list\n\n- [x] milk\n', NOW)).toMatchObject({ ok: false, line: 1 });
    const p = plan();
    const md = planMarkdown(p, matchPlan(p.items, startRecord(p, NOW).entries), NOW);
    expect(importPlanMarkdown(md.replace(/- From: .*\n/, ''), NOW)).toMatchObject({ ok: false, message: expect.stringContaining('From') });
    const renamed = md.replace('## New requirements', '## Wishes');
    const bad = importPlanMarkdown(renamed, NOW);
    expect(bad).toMatchObject({ ok: false, line: renamed.split('\n').findIndex((l) => l.startsWith('## Wishes')) + 1 });
  });
});
