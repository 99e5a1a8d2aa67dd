import { describe, expect, it } from 'vitest';
import { layoutLadder, NODE_WIDTH } from '@/model/layout';
import { BUNDLE_FROM, ladderEdges } from '@/model/ladder-edges';
import type { Graph } from '@/model/schema';
import { smallGraph } from './fixtures';

const CSM = 'customer-success-management';
const layout = layoutLadder(smallGraph);
const kinds = (edges: ReturnType<typeof ladderEdges>) => [...new Set(edges.map((e) => e.kind))].sort();

describe('ladderEdges', () => {
  it('draws promotion and flows-into by default, no reporting lines', () => {
    const edges = ladderEdges(smallGraph, layout, { shown: ['promotion', 'flows-into'] });
    expect(kinds(edges)).toEqual(['flows-into', 'promotion']);
    expect(edges.filter((e) => e.kind === 'promotion')).toHaveLength(5);
  });

  it("adds the selected role's reporting lines, up to its manager and down from its reports", () => {
    const manager = `${CSM}/manager-csm`;
    const edges = ladderEdges(smallGraph, layout, { shown: ['promotion'], selectedId: manager });
    const reporting = edges.filter((e) => e.kind === 'reports-to');
    expect(reporting.map((e) => [e.source, e.target].includes(manager))).toEqual(reporting.map(() => true));
    expect(reporting.some((e) => e.source === manager)).toBe(true); // up
    expect(reporting.filter((e) => e.target === manager)).toHaveLength(4); // down
  });

  it('draws every reporting line when asked', () => {
    const edges = ladderEdges(smallGraph, layout, { shown: ['reports-to'] });
    expect(edges).toHaveLength(smallGraph.edges.filter((e) => e.kind === 'reports-to').length);
  });

  it('leaves lines converging on one role (a manager\'s reports) unbundled: they meet at its handle', () => {
    const manager = `${CSM}/manager-csm`;
    const edges = ladderEdges(smallGraph, layout, { shown: ['reports-to'] });
    const intoManager = edges.filter((e) => e.target === manager);
    expect(intoManager.length).toBeGreaterThanOrEqual(BUNDLE_FROM);
    expect(intoManager.every((e) => e.route.kind === 'curve')).toBe(true);
  });

  it(`bundles ${BUNDLE_FROM} or more edges leaving one role into one trunk (many promotions from one level)`, () => {
    const base = smallGraph.roles.find((r) => r.id === `${CSM}/associate-csm`)!;
    const extra = [1, 2, 3].map((i) => ({ ...base, id: `${CSM}/next-${i}`, title: `Next ${i}`, grade: 6 }));
    const graph: Graph = {
      ...smallGraph,
      roles: [...smallGraph.roles, ...extra],
      families: smallGraph.families.map((f) => (f.id === CSM ? { ...f, roles: [...f.roles, ...extra.map((r) => r.id)] } : f)),
      edges: [...smallGraph.edges, ...extra.map((r) => ({ kind: 'promotion' as const, source: base.id, target: r.id }))],
    };
    const edges = ladderEdges(graph, layoutLadder(graph), { shown: ['promotion'] });
    const fan = edges.filter((e) => e.source === base.id);
    expect(fan).toHaveLength(4);
    expect(new Set(fan.map((e) => e.route.kind))).toEqual(new Set(['trunk']));
    // one shared trunk, in the gap just above the role they leave
    const ys = new Set(fan.map((e) => (e.route.kind === 'trunk' ? e.route.trunkY : NaN)));
    expect(ys.size).toBe(1);
    const from = layoutLadder(graph).roles.find((p) => p.id === base.id)!;
    expect([...ys][0]).toBeLessThan(from.y);
  });

  it('routes flows-into above the rows and down the gap before the target family', () => {
    const [flow] = ladderEdges(smallGraph, layout, { shown: ['flows-into'] });
    const route = flow!.route;
    expect(route.kind).toBe('channel');
    if (route.kind !== 'channel') return;
    expect(route.y).toBeLessThan(layout.rows[0]!.y);
    const target = layout.columns.find((c) => c.familyId === CSM)!;
    expect(route.x).toBeLessThan(target.x);
    // the gap is free of roles: no role box spans that x
    expect(layout.roles.some((p) => p.x <= route.x && route.x <= p.x + NODE_WIDTH)).toBe(false);
  });
});
