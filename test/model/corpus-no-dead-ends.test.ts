// @vitest-environment node
// The first minute on a whole real handbook (RUNGS_CORPUS; skipped when unset):
// every link in page text leads to a role or family of the graph, the web or
// plain text, with most job-family links kept in the app; every title several
// roles share reads apart in search; every role's next steps are roles of the graph.
import { describe, expect, it } from 'vitest';
import { resolvePageLink } from '@/model/page-links';
import { nextSteps } from '@/model/next-steps';
import { searchRows } from '@/model/search-rows';
import type { Graph, Item, Role, Section, Text } from '@/model/schema';
import { corpusFolder } from '../corpus.ts';
import { compileFolder } from '../compiler/helpers.ts';

const CORPUS = corpusFolder();

function linksOf(graph: Graph): { href: string; text: string; familyId: string }[] {
  const out: { href: string; text: string; familyId: string }[] = [];
  const items = (xs: Item[], f: string) => xs.forEach((i) => (i.links.forEach((l) => out.push({ ...l, familyId: f })), items(i.children, f)));
  const texts = (xs: Text[], f: string) => xs.forEach((t) => t.links.forEach((l) => out.push({ ...l, familyId: f })));
  const sections = (xs: Section[], f: string) => xs.forEach((s) => (texts(s.paragraphs, f), items(s.items, f), sections(s.sections, f)));
  const own = (r: Role) => r.familyId !== null;
  for (const r of graph.roles.filter(own)) {
    [r.responsibilities, r.requirements, r.performanceIndicators].forEach((l) => items(l, r.familyId!));
    texts(r.intro, r.familyId!);
    sections(r.sections, r.familyId!);
  }
  return out;
}

describe.skipIf(CORPUS === null)('no dead ends on a real handbook (RUNGS_CORPUS)', () => {
  it('resolves every link, keeps job-family links in the app, tells look-alikes apart, and steps only to known roles', () => {
    const graph = compileFolder(CORPUS!);
    const roles = new Set(graph.roles.map((r) => r.id));
    const families = new Set(graph.families.map((f) => f.id));

    const links = linksOf(graph);
    let jobFamily = 0;
    let inApp = 0;
    for (const link of links) {
      const to = resolvePageLink(graph, link.href, link.text, { familyId: link.familyId, sourceUrl: 'https://handbook.gitlab.com' });
      if (to.kind === 'role') expect(roles.has(to.roleId)).toBe(true);
      if (to.kind === 'family') expect(families.has(to.familyId)).toBe(true);
      if (to.kind === 'web') expect(to.href).toMatch(/^(https?:\/\/|mailto:)/);
      if (/job-families\//.test(link.href) || link.href.startsWith('#')) {
        jobFamily++;
        if (to.kind === 'role' || to.kind === 'family') inApp++;
      }
    }
    expect(links.length).toBeGreaterThan(1000);
    expect(inApp / jobFamily).toBeGreaterThan(0.7);

    const byTitle = new Map<string, Role[]>();
    for (const r of graph.roles) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
    const shared = [...byTitle.values()].filter((rs) => rs.length > 1);
    expect(shared.length).toBeGreaterThan(5);
    for (const rs of shared) {
      const rows = searchRows(graph, rs.map((role) => ({ role, score: 1, field: 'title' as const, snippet: role.title })));
      expect(new Set(rows.map((r) => `${r.title}\n${r.detail}`)).size, rs[0]!.title).toBe(rows.length);
    }

    for (const r of graph.roles) for (const step of nextSteps(graph, r.id)) expect(roles.has(step.role.id)).toBe(true);
  }, 180_000);
});
