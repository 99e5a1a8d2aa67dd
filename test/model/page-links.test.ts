// @vitest-environment node
// Where links in page text lead, on the real seeds' links: job-family pages and
// level anchors in the graph become roles and families; other site-relative links
// go to the source site or stay text; nothing becomes an app URL that is not a
// role or family.
import { describe, expect, it } from 'vitest';
import { headingAnchor, normalizeSourceUrl, resolvePageLink, type PageLinkDestination } from '@/model/page-links';
import type { Graph, Item, Link, Section, Text } from '@/model/schema';
import { CSM, seeds } from '../compiler/helpers.ts';

const OPS = 'customer-success-operations';
const SOURCE = 'https://handbook.gitlab.com';

/** Every link written in the graph's text, with the family whose page it is on. */
function allLinks(graph: Graph): { link: Link; familyId: string }[] {
  const out: { link: Link; familyId: string }[] = [];
  const items = (xs: Item[], f: string) => xs.forEach((i) => (i.links.forEach((link) => out.push({ link, familyId: f })), items(i.children, f)));
  const texts = (xs: Text[], f: string) => xs.forEach((t) => t.links.forEach((link) => out.push({ link, familyId: f })));
  const sections = (xs: Section[], f: string) => xs.forEach((s) => (texts(s.paragraphs, f), items(s.items, f), sections(s.sections, f)));
  for (const r of graph.roles) {
    if (!r.familyId) continue;
    [r.responsibilities, r.requirements, r.performanceIndicators].forEach((l) => items(l, r.familyId!));
    texts(r.intro, r.familyId);
    sections(r.sections, r.familyId);
  }
  for (const f of graph.families) {
    [f.responsibilities, f.requirements, f.performanceIndicators].forEach((l) => items(l, f.id));
    texts(f.intro, f.id);
    sections(f.sections, f.id);
  }
  return out;
}

describe('resolvePageLink on the seeds', () => {
  const graph = seeds();
  const find = (text: string) => {
    const hit = allLinks(graph).find((l) => l.link.text === text);
    if (!hit) throw new Error(`no link "${text}" in the seeds`);
    return hit;
  };
  const resolve = (text: string, sourceUrl?: string) => {
    const { link, familyId } = find(text);
    return resolvePageLink(graph, link.href, link.text, { familyId, sourceUrl });
  };

  it('turns "level 7" (a site-relative handbook page) into the source site, or text with its path without one', () => {
    expect(resolve('level 7', SOURCE)).toEqual({ kind: 'web', href: `${SOURCE}/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades`, external: true });
    expect(resolve('level 7')).toEqual({ kind: 'text', title: '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades' });
    expect(resolve('level 7', `${SOURCE}/`)).toMatchObject({ href: `${SOURCE}/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades` });
  });

  it('leads "Manager/Senior Manager, CSM" to the CSM family (its anchor names no level), and a level anchor to the role', () => {
    expect(resolve('Manager/Senior Manager, CSM')).toEqual({ kind: 'family', familyId: CSM });
    // "/handbook.gitlab.com/job-families/sales/customer-success-management/#manager-csm": the "Manager, CSM" heading
    expect(resolve('Manager/Senior Manager/Director, CSM')).toEqual({ kind: 'role', roleId: `${CSM}/manager-csm` });
    // an anchor that matches no heading, but the link text names a level of that family
    expect(resolve('Senior Director of Customer Success')).toEqual({ kind: 'role', roleId: `${CSM}/senior-director-of-customer-success` });
  });

  it('resolves "#anchor" links on the page they were written on', () => {
    expect(resolve('Manager, Customer Success Operations')).toEqual({ kind: 'role', roleId: `${OPS}/manager-customer-success-operations` });
    // a section of the same page (Hiring Process): the family
    expect(resolve('recruiter screening interview')).toEqual({ kind: 'family', familyId: CSM });
    // a level the page only names as a reporting line: the external role the graph keeps for it
    expect(resolve('Director Customer Success Operations')).toEqual({ kind: 'role', roleId: 'external/director-customer-success-operations' });
    expect(resolve('Director of Technical Account Managers')).toEqual({ kind: 'role', roleId: 'external/director-of-technical-account-managers' });
    expect(resolvePageLink(graph, '#recruiter-screening', 'x', {})).toEqual({ kind: 'text', title: '#recruiter-screening' });
  });

  it('keeps absolute links to pages not in the graph as web links, and job-family pages not here go to the source site', () => {
    expect(resolve('Leadership at GitLab', SOURCE)).toEqual({ kind: 'web', href: 'https://about.gitlab.com/handbook/leadership/#management-group', external: true });
    expect(resolvePageLink(graph, '/job-families/sales/vp-of-customer-success/', 'VP of Customer Success', { sourceUrl: SOURCE })).toEqual({
      kind: 'web',
      href: `${SOURCE}/job-families/sales/vp-of-customer-success/`,
      external: true,
    });
    // an absolute address of a family that is in the graph opens it in the app
    expect(resolvePageLink(graph, 'https://handbook.gitlab.com/job-families/sales/customer-success-management/#performance-indicators', 'here')).toEqual({
      kind: 'family',
      familyId: CSM,
    });
  });

  it('never sends a link of the seeds to an app URL that is not a role or family of the graph', () => {
    const links = allLinks(graph);
    expect(links.length).toBeGreaterThan(40);
    const kinds = new Map<PageLinkDestination['kind'], number>();
    for (const { link, familyId } of links) {
      for (const sourceUrl of [undefined, SOURCE]) {
        const to = resolvePageLink(graph, link.href, link.text, { familyId, sourceUrl });
        kinds.set(to.kind, (kinds.get(to.kind) ?? 0) + 1);
        if (to.kind === 'role') expect(graph.roles.some((r) => r.id === to.roleId)).toBe(true);
        if (to.kind === 'family') expect(graph.families.some((f) => f.id === to.familyId)).toBe(true);
        if (to.kind === 'web') expect(to.href).toMatch(/^(https?:\/\/|mailto:)/);
      }
    }
    expect([...kinds.keys()].sort()).toEqual(['family', 'role', 'text', 'web']);
  });
});

describe('resolvePageLink rules', () => {
  const graph = seeds();
  it('matches a family by its source path, file name or id', () => {
    const corpusLike: Graph = { ...graph, families: graph.families.map((f) => (f.id === CSM ? { ...f, source: { ...f.source, file: 'sales/csm-page.md' } } : f)) };
    expect(resolvePageLink(corpusLike, '/job-families/sales/csm-page/', 'CSMs')).toEqual({ kind: 'family', familyId: CSM });
    expect(resolvePageLink(corpusLike, 'https://about.gitlab.com/job-families/sales/csm-page.html#staff-csm', 'x')).toEqual({ kind: 'role', roleId: `${CSM}/staff-csm` });
    expect(resolvePageLink(graph, '/job-families/customer-success-management', 'x')).toEqual({ kind: 'family', familyId: CSM });
  });

  it('reads "//job-families/…" (one slash too many) as a path of the site, "//host.example/…" as another site', () => {
    expect(resolvePageLink(graph, '//job-families/sales/customer-success-management/', 'x')).toEqual({ kind: 'family', familyId: CSM });
    // as the compiler writes it since it spells out protocol-relative links
    expect(resolvePageLink(graph, 'https://job-families/sales/customer-success-management/#staff-csm', 'x')).toEqual({ kind: 'role', roleId: `${CSM}/staff-csm` });
    expect(resolvePageLink(graph, 'https://handbook/values/#x', 'x', { sourceUrl: SOURCE })).toEqual({ kind: 'web', href: `${SOURCE}/handbook/values/#x`, external: true });
    expect(resolvePageLink(graph, '//handbook/values/', 'x', { sourceUrl: SOURCE })).toEqual({ kind: 'web', href: `${SOURCE}/handbook/values/`, external: true });
    expect(resolvePageLink(graph, '//example.com/job-families/sales/customer-success-management/', 'x')).toEqual({ kind: 'family', familyId: CSM });
    expect(resolvePageLink(graph, '//example.com/a', 'x')).toEqual({ kind: 'web', href: '//example.com/a', external: true });
  });

  it('keeps unsafe and relative targets as text', () => {
    expect(resolvePageLink(graph, 'javascript:alert(1)', 'x', { sourceUrl: SOURCE })).toEqual({ kind: 'text', title: 'javascript:alert(1)' });
    expect(resolvePageLink(graph, ' java\tscript:alert(1)', 'x').kind).toBe('text');
    expect(resolvePageLink(graph, '../other#part', 'x', { sourceUrl: SOURCE })).toEqual({ kind: 'text', title: '../other#part' });
    expect(resolvePageLink(graph, 'mailto:people@example.com', 'x')).toEqual({ kind: 'web', href: 'mailto:people@example.com', external: true });
  });

  it('accepts only an http(s) source site', () => {
    expect(normalizeSourceUrl(' https://handbook.gitlab.com/ ')).toBe(SOURCE);
    expect(normalizeSourceUrl('javascript:alert(1)')).toBe('');
    expect(normalizeSourceUrl(undefined)).toBe('');
  });

  it('anchors headings as handbook renderers do', () => {
    expect(headingAnchor('Manager, CSM')).toBe('manager-csm');
    expect(headingAnchor('Customer Success Operations Analyst (Senior)')).toBe('customer-success-operations-analyst-senior');
  });
});
