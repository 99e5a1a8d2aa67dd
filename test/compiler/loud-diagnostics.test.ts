// @vitest-environment node
// Loud when unsure (issue 9 §3): pages that were probably misread say so at
// warning level with a hint; the false alarms real pages raised are gone.
import { describe, expect, it } from 'vitest';
import { isHarmlessHtml } from '../../src/compiler/harmless-html.ts';
import { compileText } from './helpers.ts';

const codes = (text: string) => compileText('p.md', text).diagnostics.map((d) => d.code);

describe('probably misread pages say so', () => {
  it('grade sentences naming levels that were not found', () => {
    const g = compileText('p.md', '---\ntitle: Widgets\n---\nThe Widget Analyst is a grade 6. The Senior Widget Analyst is a grade 7.\n\n## Responsibilities\n\n- Count\n');
    const d = g.diagnostics.find((x) => x.code === 'levels-not-found');
    expect(d).toMatchObject({ severity: 'warning', line: 4 });
    expect(d!.message).toMatch(/2 grade sentences .* only one level was found/);
    expect(d!.hint).toMatch(/rungs:/);
  });

  it('a grade sentence naming a level the page has no heading for', () => {
    const page = '---\ntitle: Widgets\n---\n## Widget Analyst\n\n### Job Grade\n\nThe Widget Analyst is a grade 6.\n\n### Responsibilities\n\n- Count\n\n## Career Ladder\n\n- The Principal Widget Analyst is a grade 9.\n';
    expect(compileText('p.md', page).diagnostics.find((x) => x.code === 'levels-not-found')?.message).toMatch(/"Principal Widget Analyst"/);
  });

  it('lists inside a level under a heading that is not a section word', () => {
    const d = compileText('p.md', '---\ntitle: Widgets\n---\n## Widget Analyst\n\n### Job Grade\n\nThe Widget Analyst is a grade 6.\n\n### What success looks like\n\n- Count\n').diagnostics.find((x) => x.code === 'unknown-list-section');
    expect(d).toMatchObject({ severity: 'warning', line: 10 });
  });
});

describe('false alarms', () => {
  it('no grade-conflict for a list of grade sentences naming different levels', () => {
    const page = '---\ntitle: Widgets\n---\n## Senior Widget Analyst\n\n### Job Grade\n\n- The Widget Analyst is a grade 6.\n- The Senior Widget Analyst is a grade 7.\n\n### Responsibilities\n\n- Count\n';
    const g = compileText('p.md', page);
    expect(g.roles.find((r) => r.title === 'Senior Widget Analyst')?.grade).toBe(7);
    expect(g.diagnostics.map((d) => d.code)).not.toContain('grade-conflict');
  });

  it('no grade-name-mismatch for "The role is a grade N" or "The X role is a grade N"', () => {
    for (const sentence of ['The role is a grade 7.', 'The Senior Widget Analyst role is a grade 7.'])
      expect(codes(`---\ntitle: Widgets\n---\n## Senior Widget Analyst\n\n### Job Grade\n\n${sentence}\n\n### Responsibilities\n\n- Count\n`)).not.toContain('grade-name-mismatch');
  });

  it('levels-as-specialties says what the page has, not "one grade"', () => {
    const page = '---\ntitle: Widget Engineer\n---\n## Job Grade\n\nThe Widget Engineer is a grade 7.\n\n## Responsibilities\n\n- Build\n\n## Levels\n\n### Backend\n\n#### Responsibilities\n\n- Ruby\n';
    const d = compileText('p.md', page).diagnostics.find((x) => x.code === 'levels-as-specialties');
    expect(d?.message).toMatch(/grade 7/);
    expect(d?.message).not.toMatch(/one grade/);
  });

  it('a Job Grade heading with no number above real levels is not read as a role of its own', () => {
    const page = '---\ntitle: Widgets\n---\n## Job Grade\n\nSee the grades page.\n\n## Levels\n\n### Widget Analyst\n\n#### Job Grade\n\nThe Widget Analyst is a grade 6.\n\n#### Responsibilities\n\n- Count\n';
    const g = compileText('p.md', page);
    expect(g.roles.map((r) => r.title)).toEqual(['Widget Analyst']);
    expect(g.diagnostics.map((x) => x.code)).not.toContain('levels-as-specialties');
  });

  it('raw-html is not raised for anchors, line breaks and empty figures', () => {
    for (const html of ['<a id="associate"></a>', '<a name="x">', '</a>', '<br>', '<br/>', '<figure class="video_container">\n</figure>', '<!-- note -->']) expect(isHarmlessHtml(html)).toBe(true);
    expect(isHarmlessHtml('<iframe src="https://x"></iframe>')).toBe(false);
    expect(codes('---\ntitle: W\n---\n<a id="analyst"></a>\n\n## Widget Analyst\n\nThe Widget Analyst is a grade 6.<br>\n\n### Responsibilities\n\n- Count\n')).not.toContain('raw-html');
    expect(codes('---\ntitle: W\n---\n<iframe src="https://x"></iframe>\n')).toContain('raw-html');
  });
});
