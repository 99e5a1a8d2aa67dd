// @vitest-environment node
// List text as real pages write it (issue 9 §2): a line that lost its bullet is
// its own item ("-Create…" with no space after the dash too), a line that wraps
// a phrase the line above left open stays in its item, and a placeholder bullet
// ("[more detail required]", "TBD") is kept as text rather than counted.
import { describe, expect, it } from 'vitest';
import { compileText, roleByTitle as byTitle } from './helpers.ts';


/** A one-level page whose Responsibilities list is `list` (Markdown lines). */
function page(list: string): string {
  return `---\ntitle: Widgets\n---\n## Levels\n\n### Widget Rep\n\n#### Job Grade\n\nThe Widget Rep is a grade 6.\n\n#### Responsibilities\n\n${list}\n\n#### Requirements\n\n- Counting\n`;
}

describe('lines inside a list', () => {
  it('"-Create…" (no space after the dash) is a lost bullet: its own item, without the dash, with a warning', () => {
    const g = compileText('p.md', page('- Run weekly reports.\n-Create new widget requests\n-Create new partner requests\n- Suggest improvements.'));
    expect(byTitle(g, 'Widget Rep').responsibilities.map((i) => i.text)).toEqual(['Run weekly reports.', 'Create new widget requests', 'Create new partner requests', 'Suggest improvements.']);
    expect(g.diagnostics.filter((d) => d.code === 'lost-bullet').map((d) => [d.line, d.severity])).toEqual([
      [15, 'warning'],
      [16, 'warning'],
    ]);
  });

  it('a capitalised line carrying on a phrase the line above left open stays in its item', () => {
    const g = compileText('p.md', page('- Share insights with your counterparts in\nSupport Readiness and keep managers informed\n- Improve learning content with our\nChannel and Learning teams'));
    expect(byTitle(g, 'Widget Rep').responsibilities.map((i) => i.text)).toEqual([
      'Share insights with your counterparts in Support Readiness and keep managers informed',
      'Improve learning content with our Channel and Learning teams',
    ]);
    expect(g.diagnostics.map((d) => d.code)).not.toContain('lost-bullet');
  });

  it('a capitalised line after a finished item is still a lost bullet', () => {
    const g = compileText('p.md', page('- Develop tools for each segment: enterprise and SMB\nCreate and coordinate key reporting\n- Curate content'));
    expect(byTitle(g, 'Widget Rep').responsibilities.map((i) => i.text)).toEqual(['Develop tools for each segment: enterprise and SMB', 'Create and coordinate key reporting', 'Curate content']);
  });

  it('a placeholder bullet is not counted as an item, but its text is kept and reported', () => {
    const g = compileText('p.md', page('- [more detail required]'));
    const rep = byTitle(g, 'Widget Rep');
    expect(rep.responsibilities).toEqual([]);
    expect(JSON.stringify(rep.sections)).toContain('[more detail required]');
    expect(g.diagnostics.find((d) => d.code === 'placeholder-item')).toMatchObject({ line: 14, severity: 'info' });
    const tbd = byTitle(compileText('p.md', page('- TBD')), 'Widget Rep');
    expect(tbd.responsibilities).toEqual([]);
  });

  it('a bullet that merely mentions "TBD" is an item', () => {
    const g = compileText('p.md', page('- Decide the TBD items with the team'));
    expect(byTitle(g, 'Widget Rep').responsibilities.map((i) => i.text)).toEqual(['Decide the TBD items with the team']);
  });

  it('a line opening with a number after a finished item is a lost bullet; after "at least" it carries the phrase on', () => {
    const g = compileText('p.md', page('- B.S. in Widget Science or related discipline\n5+ years of widget experience\n- Have at least\n3 years of gadget experience'));
    expect(byTitle(g, 'Widget Rep').responsibilities.map((i) => i.text)).toEqual(['B.S. in Widget Science or related discipline', '5+ years of widget experience', 'Have at least 3 years of gadget experience']);
  });

  it('a requirement marked "Nice to have:", "BONUS:" or "Desirable:" is a nice-to-have, its text unchanged', () => {
    const page = `---\ntitle: Widgets\n---\n## Levels\n\n### Widget Rep\n\n#### Job Grade\n\nThe Widget Rep is a grade 6.\n\n#### Requirements\n\n- Counting widgets\n- Nice to have: Widget certification\n- BONUS: A passion for widgets\n- Desirable: Gadget experience\n- Experience that is desirable for the role\n`;
    const rep = byTitle(compileText('p.md', page), 'Widget Rep');
    expect(rep.requirements.map((i) => i.text)).toEqual(['Counting widgets', 'Experience that is desirable for the role']);
    expect((rep.niceToHave ?? []).map((i) => i.text)).toEqual(['Nice to have: Widget certification', 'BONUS: A passion for widgets', 'Desirable: Gadget experience']);
  });

  it('a bold or colon-ended label between bullets is kept as text of the section, not counted as an item', () => {
    const g = compileText('p.md', page('- Lead widget sales\n**Partner Management**\n- Manage partners\nTechnical Solutions:\n- Design widgets'));
    const rep = byTitle(g, 'Widget Rep');
    expect(rep.responsibilities.map((i) => i.text)).toEqual(['Lead widget sales', 'Manage partners', 'Design widgets']);
    expect(JSON.stringify(rep.sections)).toContain('Partner Management');
    expect(JSON.stringify(rep.sections)).toContain('Technical Solutions:');
    expect(g.diagnostics.filter((d) => d.code === 'list-label').map((d) => [d.line, d.severity])).toEqual([
      [15, 'info'],
      [17, 'info'],
    ]);
  });
});
