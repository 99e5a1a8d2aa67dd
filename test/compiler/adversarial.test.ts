// @vitest-environment node
// The attack of issue 10, one case per row of its table: each pathological page is
// generated here (never committed) and compiled beside a good page. The compile
// finishes, the graph fits the schema, the good page is read exactly as it is
// alone, a diagnostic names the bad page, and the output stays proportional to
// the input. Speed is measured in `npm run bench` (adversarial section), not here.
import { describe, expect, it } from 'vitest';
import { compilePages, MAX_EXTENDS_CHAIN } from '../../src/compiler/compile.ts';
import { FOLD_AFTER } from '../../src/compiler/diagnostics.ts';
import { MAX_SLUG } from '../../src/compiler/text.ts';
import { graphSchema, type Graph } from '../../src/model/schema.ts';
import { adversarialCases, caseBytes, NEIGHBOUR } from './adversarial-pages.ts';

const KB = 1024;
const alone = compilePages([NEIGHBOUR]).graph;
const neighbourRoles = (g: Graph) => g.roles.filter((r) => r.familyId === 'neighbour-family');

/** The diagnostic code each case must raise on its page (beyond any other). */
const EXPECTED: Record<string, string> = {
  'dots-heading-1mb': 'page-too-large',
  'long-heading': 'text-cut-for-matching',
  'many-abbreviations': 'text-cut-for-matching',
  'long-level-title': 'text-cut-for-matching',
  'deep-blockquote': 'page-too-deep',
  'many-emphasis-openers': 'page-too-deep',
  'deep-list': 'page-too-large',
  'nested-list-100': 'page-too-deep',
  'nested-emphasis': 'page-too-deep',
  'nested-links': 'page-too-deep',
  'many-levels': 'extends-too-deep',
  'mojibake-2mb': 'page-too-large',
  'mojibake-400kb': 'mojibake-repaired',
  'same-grade-levels': 'promotions-bounded',
};

describe('one bad page never takes the others down (issue 10)', () => {
  for (const c of adversarialCases(64 * KB)) {
    it(`${c.name}: ${c.what}`, { timeout: 120_000 }, () => {
      const { graph } = compilePages([...c.pages, NEIGHBOUR]);
      expect(graphSchema.safeParse(graph).success).toBe(true);
      expect(graph.diagnostics.filter((d) => d.code === 'schema-invalid' || d.code === 'duplicate-id')).toEqual([]);
      // The good page is read exactly as when it is alone.
      expect(neighbourRoles(graph)).toEqual(neighbourRoles(alone));
      const named = graph.diagnostics.filter((d) => d.file === c.bad);
      expect(named.length).toBeGreaterThan(0);
      if (EXPECTED[c.name]) expect(named.map((d) => d.code)).toContain(EXPECTED[c.name]);
      // Output proportional to input: the graph is at most a few times the page's bytes (a chain of
      // "Extends" lines repeats each item down the chain, at most MAX_EXTENDS_CHAIN times), and few diagnostics.
      const json = JSON.stringify(graph).length;
      expect(json).toBeLessThan((c.name === 'many-levels' ? MAX_EXTENDS_CHAIN : 20) * caseBytes(c) + 200 * KB);
      expect(graph.diagnostics.length).toBeLessThan(20 * FOLD_AFTER);
      // Every id, and so every chunk name and roles/<id>/ folder, is short.
      for (const id of [...graph.families.map((f) => f.id), ...graph.roles.map((r) => r.id)]) for (const part of id.split('/')) expect(part.length).toBeLessThanOrEqual(MAX_SLUG + 12);
    });
  }

  it('a refused page keeps its title and its text, with the line to look at', () => {
    const c = adversarialCases(8 * KB).find((x) => x.name === 'nested-list-100')!;
    const { graph } = compilePages(c.pages);
    expect(graph.families[0]).toMatchObject({ title: 'Nested List' });
    expect(JSON.stringify(graph.families[0]!.sections)).toContain('item 99');
    expect(graph.diagnostics.find((d) => d.code === 'page-too-deep')).toMatchObject({ file: c.bad, severity: 'error', line: 39 });
  });

  it('repeated diagnostics of one code in one file are folded: "… and N more"', () => {
    const { graph } = compilePages(adversarialCases().find((x) => x.name === 'mojibake-400kb')!.pages);
    const repaired = graph.diagnostics.filter((d) => d.code === 'mojibake-repaired');
    expect(repaired).toHaveLength(FOLD_AFTER + 1);
    expect(repaired.map((d) => d.message)).toContain(`… and ${(100_000 - FOLD_AFTER).toLocaleString('en-US')} more "mojibake-repaired" in this file (only the first ${FOLD_AFTER} are listed).`);
  });

  it('promotion lines grow with the number of same-grade levels, not its square, and every level keeps a step', () => {
    const { graph } = compilePages(adversarialCases().find((x) => x.name === 'same-grade-levels')!.pages);
    const promotions = graph.edges.filter((e) => e.kind === 'promotion');
    expect(promotions.length).toBeLessThanOrEqual(2 * 1000);
    const touched = new Set(promotions.flatMap((e) => [e.source, e.target]));
    expect(graph.roles.filter((r) => !r.external).every((r) => touched.has(r.id))).toBe(true);
  });

  it('a family titled "External" and an unknown manager get different ids: neither hides the other', () => {
    const { graph } = compilePages(adversarialCases().find((x) => x.name === 'external-collision')!.pages);
    const ids = graph.roles.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const placeholder = graph.roles.find((r) => r.external)!;
    expect(placeholder).toMatchObject({ id: 'external/manager', title: 'Manager' });
    const family = graph.families.find((f) => f.title === 'External')!;
    expect(family.id).not.toBe('external');
    expect(graph.roles.find((r) => r.familyId === family.id)).toMatchObject({ title: 'Manager', external: false });
  });

  it('long titles give capped, stable ids with a readable prefix', () => {
    const c = adversarialCases().find((x) => x.name === 'long-family-title')!;
    const a = compilePages(c.pages).graph;
    const b = compilePages(c.pages).graph;
    expect(a.families[0]!.id).toBe(b.families[0]!.id);
    expect(a.families[0]!.id).toMatch(/^family-very-long-words-very-long-words[a-z-]*-[0-9a-f]{8}$/);
    expect(a.families[0]!.id.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(a.families[0]!.title).toBe(`Family ${'Very Long Words '.repeat(19)}`.trim());
  });
});
