// @vitest-environment node
// `rungs:` front matter (issue 9 §5): stated beats inferred; invalid or unmatched
// entries are reported and ignored.
import { describe, expect, it } from 'vitest';
import { compileText } from './helpers.ts';

const body = `## Widget Analyst

### Job Grade

The Widget Analyst is a grade 6.

### Responsibilities

- Count widgets

## Widget Lead

### Job Grade

The Widget Lead is a grade 7.

### Responsibilities

- All of these are new
- Plan widgets
`;

const page = (rungs: string) => `---\ntitle: Widgets\n${rungs}---\n${body}`;

describe('rungs: front matter', () => {
  it('states grade, track, extends and reporting lines the prose does not say', () => {
    const g = compileText('p.md', page('rungs:\n  levels:\n    Widget Lead:\n      grade: 8\n      track: management\n      extends: Widget Analyst\n      reportsTo: "Director, Widgets"\n'));
    const lead = g.roles.find((r) => r.title === 'Widget Lead')!;
    expect(lead).toMatchObject({ grade: 8, track: 'management', trackReason: 'The page states it in its front matter.', extends: { responsibilities: 'widgets/widget-analyst', requirements: 'widgets/widget-analyst' } });
    expect(lead.responsibilities.map((i) => [i.text, i.own])).toEqual([
      ['Count widgets', false],
      ['All of these are new', true],
      ['Plan widgets', true],
    ]);
    expect(g.roles.find((r) => r.id === lead.reportsTo[0])?.title).toBe('Director, Widgets');
  });

  it('stated beats inferred: a grade in front matter wins over the grade sentence', () => {
    const g = compileText('p.md', page('rungs:\n  levels:\n    widget analyst:\n      grade: 5\n      track: ic\n'));
    expect(g.roles.find((r) => r.title === 'Widget Analyst')).toMatchObject({ grade: 5, track: 'individual-contributor' });
  });

  it('reports an invalid entry and a level that is not on the page, and ignores them', () => {
    const invalid = compileText('p.md', page('rungs:\n  levels:\n    Widget Lead:\n      grade: seven\n'));
    expect(invalid.diagnostics.find((d) => d.code === 'rungs-front-matter-invalid')).toMatchObject({ severity: 'warning', line: 3 });
    expect(invalid.roles.find((r) => r.title === 'Widget Lead')?.grade).toBe(7);
    const unmatched = compileText('p.md', page('rungs:\n  levels:\n    Widget Wizard:\n      grade: 9\n'));
    expect(unmatched.diagnostics.find((d) => d.code === 'rungs-front-matter-unmatched')?.message).toMatch(/"Widget Wizard"/);
  });
});
