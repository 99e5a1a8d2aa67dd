// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareRoles, onlyDifferences } from '@/model/compare';
import { comparisonMarkdown, escapeMarkdown, inlineMarkdown, roleMarkdown, safeHref } from '@/model/markdown';
import type { Item, Role } from '@/model/schema';
import { CSM, role, seeds } from '../compiler/helpers.ts';

const item = (text: string, extra: Partial<Item> = {}): Item => ({ text, links: [], children: [], from: `${CSM}/staff-csm`, own: true, line: 1, ...extra });

describe('roleMarkdown on the seeds', () => {
  const graph = seeds();

  it('writes the title, the facts and the merged items with their origin', () => {
    const md = roleMarkdown(graph, role(graph, `${CSM}/staff-csm`));
    expect(md.startsWith('# Staff CSM\n\n- **Family:** Customer Success Management\n- **Grade:** 9\n- **Track:** Individual contributor\n')).toBe(true);
    expect(md).toContain('- **Reports to:** Manager, CSM; Senior Manager, CSM; Director of Customer Success');
    expect(md).toMatch(/## Responsibilities\n\n- Provide immediate onboarding activities _\(from Associate Customer Success Manager \(CSM\)\)_\n/);
    // Own items carry no mark; family-wide items name the family.
    expect(md).toContain('\n- Coaches peers on strategic approaches\n');
    expect(md).toContain('- net ARR (i.e., retention and expansion) _(from Customer Success Management)_');
    expect(md).toContain('[CSM-related metrics](/handbook/customer-success/csm/).');
    // A value that Markdown would read as a block quote is escaped.
    expect(md).toContain('- \\>5m ARR book of business maintained');
  });

  it('nests sub-items under their item', () => {
    const director = role(graph, `${CSM}/director-of-customer-success`);
    const parent = director.responsibilities.find((i) => i.children.length > 0)!;
    const md = roleMarkdown(graph, director);
    const at = md.indexOf(inlineMarkdown(parent.text, parent.links));
    const next = md.indexOf('\n', at);
    expect(md.slice(next + 1).startsWith(`  - ${inlineMarkdown(parent.children[0]!.text, parent.children[0]!.links)}`)).toBe(true);
  });

  it('keeps page text as text: no HTML, headings or unsafe links survive', () => {
    const hostile: Role = {
      ...role(graph, `${CSM}/staff-csm`),
      title: '<script>alert("x")</script> Boss',
      responsibilities: [
        item('# Not a heading | with a pipe and *stars*'),
        item('Read the guide and the other one', {
          links: [
            { text: 'the guide', href: 'javascript:alert(1)' },
            { text: 'the other one', href: 'https://example.com/a b(c)' },
          ],
        }),
        item('1. not a numbered list'),
      ],
      requirements: [],
      performanceIndicators: [],
    };
    const md = roleMarkdown(graph, hostile);
    expect(md).not.toContain('<script>');
    expect(md).toContain('# \\<script\\>alert("x")\\</script\\> Boss');
    expect(md).toContain('- \\# Not a heading \\| with a pipe and \\*stars\\*');
    expect(md).toContain('- Read the guide and [the other one](https://example.com/a%20b%28c%29)');
    expect(md).not.toContain('javascript');
    expect(md).toContain('- 1\\. not a numbered list');
  });
});

describe('link and text escaping', () => {
  it('keeps http(s), mailto and relative targets only', () => {
    expect(safeHref('https://handbook.example/x')).toBe('https://handbook.example/x');
    expect(safeHref('mailto:people@example.com')).toBe('mailto:people@example.com');
    expect(safeHref('/handbook/csm/')).toBe('/handbook/csm/');
    expect(safeHref('../other#part')).toBe('../other#part');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' java\tscript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('')).toBeNull();
  });

  it('appends a link whose text no longer appears in the item', () => {
    expect(inlineMarkdown('See the docs', [{ text: 'handbook', href: '/hb' }])).toBe('See the docs ([handbook](/hb))');
  });

  it('escapes each special character once', () => {
    expect(escapeMarkdown('a_b [c] `d` ~e~ \\ f\nnext')).toBe('a\\_b \\[c\\] \\`d\\` \\~e\\~ \\\\ f next');
  });
});

describe('comparisonMarkdown on the seeds', () => {
  const graph = seeds();

  it('writes the facts and one aligned table per section with new and shared items marked', () => {
    const md = comparisonMarkdown(graph, compareRoles(graph, [`${CSM}/senior-csm`, `${CSM}/staff-csm`]));
    expect(md.startsWith('# Comparison: Senior CSM, Staff CSM\n')).toBe(true);
    expect(md).toContain('| **Grade** | 7 | 9 |');
    expect(md).toContain('## Responsibilities\n\n| In | Senior CSM | Staff CSM |\n| --- | --- | --- |\n');
    expect(md).toContain('| all | Strategize on the overall objectives and long-range goals of the team | Strategize on the overall objectives and long-range goals of the team _(from Senior CSM)_ |');
    expect(md).toContain('| some | — | **New:** Coaches peers on strategic approaches |');
  });

  it('shows a reworded item as a word-level difference and leaves out what is shared when asked', () => {
    const STRATEGY = 'customer-success-strategy';
    const comparison = compareRoles(graph, [`${STRATEGY}/customer-success-strategy-analyst`, `${STRATEGY}/senior-customer-success-strategy-analyst`]);
    const md = comparisonMarkdown(graph, onlyDifferences(comparison));
    expect(md).toContain('_Reworded:_ ~~Understanding~~**Deep understanding** of customer success principles');
    // Every table row left is a difference (no plain "all" rows).
    expect(md.split('\n').filter((l) => l.startsWith('| all |'))).toEqual([]);
  });

  it('lists the ids it could not compare', () => {
    const md = comparisonMarkdown(graph, compareRoles(graph, [`${CSM}/senior-csm`, `${CSM}/staff-csm`, 'nope/none']));
    expect(md.trimEnd().endsWith('Not compared: nope/none (unknown)')).toBe(true);
  });
});
