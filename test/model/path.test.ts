// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findPath, type NoRoute, type PromotionPath } from '@/model/path';
import { CSM, seeds } from '../compiler/helpers.ts';

const PROGRAMS = 'program-manager-customer-programs';
const OPS = 'customer-success-operations';
const STRATEGY = 'customer-success-strategy';

function route(from: string, to: string): PromotionPath {
  const result = findPath(seeds(), from, to);
  if (!result.found) throw new Error(`expected a route: ${result.noRoute.message}`);
  return result;
}
function none(from: string, to: string): NoRoute {
  const result = findPath(seeds(), from, to);
  if (result.found) throw new Error(`expected no route, got ${result.roleIds.join(' → ')}`);
  return result;
}

describe('findPath on the seeds', () => {
  // Compiled while collecting, outside any test's time limit (a busy machine takes seconds).
  seeds();

  it('climbs from Associate CSM to Director of Customer Success along promotions, crossing into management', () => {
    const path = route(`${CSM}/associate-csm`, `${CSM}/director-of-customer-success`);
    expect(path.roleIds).toEqual([
      `${CSM}/associate-csm`,
      `${CSM}/csm-intermediate`,
      `${CSM}/senior-csm`,
      `${CSM}/manager-csm`,
      `${CSM}/senior-manager-csm`,
      `${CSM}/director-of-customer-success`,
    ]);
    expect(path.steps.every((s) => s.via === 'promotion')).toBe(true);
    expect(path.steps.map((s) => s.gradeChange)).toEqual([1, 1, 2, 0, 1]);
    // The move into management is the step to Manager, CSM, and only that one.
    expect(path.steps.filter((s) => s.trackChange).map((s) => s.role.id)).toEqual([`${CSM}/manager-csm`]);
    expect(path.steps.at(-1)!.role.track).toBe('management');
    expect(path.edgeKeys[0]).toBe(`promotion:${CSM}/associate-csm->${CSM}/csm-intermediate`);
  });

  it("lists what each step adds: the next role's items the previous one did not have", () => {
    const path = route(`${CSM}/senior-csm`, `${CSM}/staff-csm`);
    expect(path.steps).toHaveLength(1);
    const [step] = path.steps;
    const staff = step!.role;
    expect(step!.adds.responsibilities).toEqual(staff.responsibilities.filter((i) => i.own));
    expect(step!.adds.requirements.map((i) => i.text)).toContain('Technical / DevOps domain expertise');
    expect(step!.adds.responsibilities.some((i) => i.text.startsWith('Strategize'))).toBe(false);
    expect(step!.gradeChange).toBe(2);
  });

  it('uses a reporting line only where no promotion leads on', () => {
    const path = route(`${CSM}/staff-csm`, `${CSM}/vice-president-of-customer-success`);
    expect(path.steps.map((s) => [s.via, s.role.id])).toEqual([
      ['reports-to', `${CSM}/director-of-customer-success`],
      ['promotion', `${CSM}/senior-director-of-customer-success`],
      ['promotion', `${CSM}/vice-president-of-customer-success`],
    ]);
    expect(path.edgeKeys[0]).toBe(`reports-to:${CSM}/staff-csm->${CSM}/director-of-customer-success`);
  });

  it('continues into another family where a flows-into edge connects them, at the lowest grade not below the current one', () => {
    const path = route(`${PROGRAMS}/program-manager-customer-programs-intermediate`, `${CSM}/staff-csm`);
    expect(path.steps.map((s) => [s.via, s.role.id])).toEqual([
      ['promotion', `${PROGRAMS}/senior-program-manager-customer-programs`],
      ['flows-into', `${CSM}/senior-csm`],
      ['promotion', `${CSM}/staff-csm`],
    ]);
    expect(path.steps[1]!.gradeChange).toBe(0);
    expect(path.edgeKeys[1]).toBe(`flows-into:${PROGRAMS}->${CSM}`);
  });

  it('returns an empty route from a role to itself', () => {
    expect(route(`${CSM}/senior-csm`, `${CSM}/senior-csm`)).toMatchObject({ steps: [], roleIds: [`${CSM}/senior-csm`] });
  });

  it('refuses a downward request and says why, offering the roles reachable from there', () => {
    const result = none(`${CSM}/director-of-customer-success`, `${CSM}/associate-csm`);
    expect(result.noRoute.code).toBe('downward');
    expect(result.noRoute.message).toMatch(/below Director of Customer Success .* on the ladder/);
    expect(result.nearest.map((r) => r.id)).toEqual([`${CSM}/senior-director-of-customer-success`, `${CSM}/vice-president-of-customer-success`]);
  });

  it('says when no connection leads into the target family, and offers the reachable roles closest in grade', () => {
    const result = none(`${CSM}/associate-csm`, `${OPS}/manager-customer-success-operations`);
    expect(result.noRoute.code).toBe('no-family-connection');
    expect(result.noRoute.message).toMatch(/Customer Success Operations/);
    const gaps = result.nearest.map((r) => Math.abs(r.grade! - 8));
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(result.nearest.every((r) => r.familyId === CSM)).toBe(true);
  });

  it('says when the target is on another branch of the same ladder', () => {
    const result = none(`${STRATEGY}/customer-success-strategy-manager`, `${STRATEGY}/senior-manager-customer-success-strategy`);
    expect(result.noRoute.code).toBe('not-connected');
  });

  it('answers an unknown id with the closest ids', () => {
    const result = none(`${CSM}/senior-cms`, `${CSM}/staff-csm`);
    expect(result.noRoute.code).toBe('unknown-role');
    expect(result.nearest[0]!.id).toBe(`${CSM}/senior-csm`);
  });
});
