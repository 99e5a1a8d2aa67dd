// @vitest-environment node
// "What's next" on the real seeds: every next step on both tracks, with the grade
// change, the track change and how many items each adds.
import { describe, expect, it } from 'vitest';
import { nextSteps, stepSummary } from '@/model/next-steps';
import { splitGraph, withFamilyChunk } from '@/model/chunks';
import { CSM, seeds } from '../compiler/helpers.ts';

describe('nextSteps on the seeds', () => {
  const graph = seeds();

  it('offers Senior CSM both Staff CSM (same track) and Manager, CSM (management), own track first', () => {
    const steps = nextSteps(graph, `${CSM}/senior-csm`);
    expect(steps.map((s) => [s.role.title, s.via, s.trackChange])).toEqual([
      ['Staff CSM', 'promotion', false],
      ['Manager, CSM', 'promotion', true],
    ]);
    const staff = graph.roles.find((r) => r.id === `${CSM}/staff-csm`)!;
    // Staff CSM's own items are the new ones; what it inherits from Senior CSM is not
    expect(steps[0]!.newResponsibilities).toBe(staff.responsibilities.filter((i) => i.own).length);
    expect(steps[0]!.newResponsibilities).toBeGreaterThan(0);
    expect(steps[0]!.gradeChange).toEqual({ from: 7, to: 9 });
    expect(stepSummary(steps[1]!)).toMatch(/^Grade 7 → 9 · management track · \d+ new responsibilities · \d+ new requirements$/);
  });

  it('says a step adds nothing when the next level only extends this one', () => {
    const [step] = nextSteps(graph, 'program-manager-customer-programs/program-manager-customer-programs-intermediate');
    expect(step!.role.title).toBe('Senior Program Manager, Customer Programs');
    expect(stepSummary(step!)).toBe('Grade 6 → 7 · 0 new responsibilities · 0 new requirements');
  });

  it('continues at the top of a family into the family its career ladder flows into', () => {
    const steps = nextSteps(graph, 'program-manager-customer-programs/senior-program-manager-customer-programs');
    expect(steps.map((s) => [s.role.id, s.via])).toEqual([[`${CSM}/senior-csm`, 'flows-into']]);
    expect(stepSummary(steps[0]!, 'Customer Success Management')).toMatch(/^same grade \(7\) · continues in Customer Success Management · /);
  });

  it('has no step at the top of a ladder, nor for an unknown id', () => {
    expect(nextSteps(graph, `${CSM}/vice-president-of-customer-success`)).toEqual([]);
    expect(nextSteps(graph, 'no/such-role')).toEqual([]);
  });

  it("leaves the counts unknown while the next role's family text is not loaded", () => {
    const { index, chunks } = splitGraph(graph);
    const loaded = withFamilyChunk(index, chunks.get('program-manager-customer-programs')!);
    const [step] = nextSteps(loaded, 'program-manager-customer-programs/senior-program-manager-customer-programs');
    expect(step!.role.id).toBe(`${CSM}/senior-csm`);
    expect([step!.newResponsibilities, step!.newRequirements]).toEqual([null, null]);
    expect(stepSummary(step!)).toBe('same grade (7)');
  });
});
