// Promotion steps as a page owner would draw them (issue 9 §2 "Promotions"): the step
// from the individual-contributor ladder into management only where the page links
// the tracks, and explicit next-step statements as edges. Small made-up pages.
import { describe, expect, it } from 'vitest';
import { readNextSteps } from '../../src/compiler/next-steps.ts';
import { compileText } from './helpers.ts';
import { ladderPage as page, level, promotions } from './ladder-page.ts';


describe('the step into management', () => {
  it('is drawn when the IC levels report to the entry management level', () => {
    const analyst = (t: string, g: number) => level(t, g, `The ${t} reports to the Manager, Widgets.\n\n`);
    const g = page(analyst('Widget Analyst', 6), analyst('Senior Widget Analyst', 7), level('Staff Widget Analyst', 8), level('Manager, Widgets', 8), level('Senior Manager, Widgets', 9));
    // Staff sits beside the Manager; the step comes from the highest IC grade below the Manager's.
    expect(promotions(g)).toContain('senior-widget-analyst → manager-widgets');
    expect(promotions(g)).not.toContain('staff-widget-analyst → manager-widgets');
  });

  it('is not drawn when IC levels reach the manager grade and only one intro line says whom every level reports to', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widgets\n---\nThe Widget Architect reports to the Senior Manager, Widgets.\n\n## Levels\n\n${level('Widget Architect', 6)}${level('Senior Widget Architect', 7)}${level('Staff Widget Architect', 9)}${level('Senior Manager, Widgets', 9)}`,
    );
    expect(promotions(g).filter((p) => p.endsWith('senior-manager-widgets'))).toEqual([]);
  });

  it('is not drawn when everyone reports to a higher manager only (the Director), and IC levels reach the Manager grade', () => {
    const analyst = (t: string, g: number) => level(t, g, `The ${t} reports to the Director, Widgets.\n\n`);
    const g = page(analyst('Widget Analyst', 6), analyst('Senior Widget Analyst', 7), analyst('Lead Widget Analyst', 8), level('Manager, Widgets', 8), level('Director, Widgets', 10));
    expect(promotions(g)).toEqual(['manager-widgets → director-widgets', 'senior-widget-analyst → lead-widget-analyst', 'widget-analyst → senior-widget-analyst']);
  });

  it('is not drawn from shared wording alone', () => {
    const shared = '#### Requirements\n\n- Strong analytical skills\n- Excellent written communication\n\n';
    const g = page(level('Widget Analyst', 6), level('Senior Widget Analyst', 7), level('Widget Strategy Lead', 8) + shared, level('Manager, Widgets', 8) + shared);
    expect(promotions(g).filter((p) => p.endsWith('manager-widgets'))).toEqual([]);
  });

  it('is drawn when the ladder simply continues on the page: IC grades, then the management grades above them', () => {
    const g = page(level('Widget Analyst', 6), level('Senior Widget Analyst', 7), level('Manager, Widgets', 8));
    expect(promotions(g)).toEqual(['senior-widget-analyst → manager-widgets', 'widget-analyst → senior-widget-analyst']);
  });

  it('is not drawn across a grade left out (Senior 7, Director 10) when nothing else links them', () => {
    const g = page(level('Widget Analyst', 6), level('Senior Widget Analyst', 7), level('Director, Widgets', 10));
    expect(promotions(g)).toEqual(['widget-analyst → senior-widget-analyst']);
  });

  it('is not drawn for IC levels listed after the management levels (a separate role on the page)', () => {
    const g = page(level('Manager, Widgets', 8), level('Senior Manager, Widgets', 9), level('Widget Partner Manager', 6), level('Senior Widget Partner Manager', 7));
    expect(promotions(g)).toEqual(['manager-widgets → senior-manager-widgets', 'widget-partner-manager → senior-widget-partner-manager']);
  });

  it('comes from the level right before an ungraded manager, never skipping one', () => {
    const g = page(level('Widget Administrator', 6), level('Senior Widget Administrator', 7), level('Staff Widget Administrator', 8), level('Manager, Widget Systems', null));
    expect(promotions(g)).toContain('staff-widget-administrator → manager-widget-systems');
    expect(promotions(g)).not.toContain('senior-widget-administrator → manager-widget-systems');
  });

  it('is drawn when a management level builds on a lower IC level', () => {
    const manager = level('Manager, Widgets', 8).replace('- Manager, Widgets duty', '- Extends the Senior Widget Analyst responsibilities\n- Manage a team');
    const g = page(level('Widget Analyst', 6), level('Senior Widget Analyst', 7), level('Principal Widget Analyst', 9), manager);
    expect(promotions(g)).toContain('senior-widget-analyst → manager-widgets');
  });
});

describe('levels side by side on one grade', () => {
  it('a level that says what it builds on gets its step from that level only; a level beside it that builds on nothing below is a separate role', () => {
    const senior = level('Senior Widget Analyst, Operations', 7).replace('- Senior Widget Analyst, Operations duty', '- Extends that of the Widget Analyst, Operations responsibilities\n- Senior duty');
    const g = page(level('Senior Widget Analyst, Product GTM', 7), level('Widget Analyst, Operations', 6), senior);
    expect(promotions(g)).toEqual(['widget-analyst-operations → senior-widget-analyst-operations']);
  });

  it('…but a level whose title carries on a level below still gets its step from it', () => {
    const seniorInstructor = level('Senior Widget Instructor', 7).replace('- Senior Widget Instructor duty', '- Extends the Widget Instructor responsibilities\n- Teach more');
    const g = page(level('Widget Lab Engineer', 6), level('Widget Instructor', 6), level('Senior Widget Lab Engineer', 7), seniorInstructor);
    expect(promotions(g)).toEqual(['widget-instructor → senior-widget-instructor', 'widget-lab-engineer → senior-widget-lab-engineer']);
  });

  it('where nobody says what they build on, every level of a grade steps to every level of the next', () => {
    const g = page(level('Widget Lab Engineer', 6), level('Widget Instructor', 6), level('Senior Widget Designer', 7));
    expect(promotions(g)).toEqual(['widget-instructor → senior-widget-designer', 'widget-lab-engineer → senior-widget-designer']);
  });
});

describe('next steps the page states', () => {
  const ladder = (careerLadder: string) =>
    compileText(
      'p.md',
      `---\ntitle: Widgets\n---\n## Levels\n\n${level('Associate Widget Manager', 5)}${level('Widget Manager', 6)}${level('Senior Widget Manager', 7)}${level('Manager, Widgets', 8)}${level('Director, Widgets', 10)}## Career Ladder\n\n${careerLadder}\n`,
    );

  it('"progresses from A to B, then to C, followed by D": a chain of steps, which beats the step the grades suggest', () => {
    const g = ladder('The Widget career ladder progresses from Associate Widget Manager to Widget Manager, then to Senior Widget Manager, followed by Director, Widgets.');
    expect(promotions(g)).toContain('senior-widget-manager → director-widgets');
    expect(promotions(g)).not.toContain('senior-widget-manager → manager-widgets');
    expect(promotions(g)).toContain('manager-widgets → director-widgets');
  });

  it('"The next step for X is to move to Y or Z": one step to each; "not yet defined": no step up', () => {
    const g = ladder(
      'The next step for the Associate Widget Manager is not yet defined.\n\nThe next step for the Senior Widget Manager is to move to the Manager, Widgets or Director, Widgets.',
    );
    expect(promotions(g)).toEqual(['manager-widgets → director-widgets', 'senior-widget-manager → director-widgets', 'senior-widget-manager → manager-widgets', 'widget-manager → senior-widget-manager']);
  });

  it('names a level by a near spelling (one word more, in order) but never another rank, and ignores other job families', () => {
    const g = ladder('The ladder progresses from Senior Widget Customer Manager to Director, Widgets. The next step for the Manager, Widgets is to move to the Widget Leadership job family.');
    expect(promotions(g)).toContain('senior-widget-manager → director-widgets');
    expect(promotions(g)).not.toContain('senior-widget-manager → manager-widgets');
    expect(promotions(g)).toContain('manager-widgets → director-widgets');
    const h = ladder('The next step for the Widget Manager is Senior Director, Widgets.');
    // "Senior Director, Widgets" is not a level here: the statement names nothing, the grades decide.
    expect(promotions(h)).toContain('widget-manager → senior-widget-manager');
  });

  it('"move to the X job family" is a step where X is a level of this page, and nothing where it is not', () => {
    const g = ladder('The next step for the Senior Widget Manager is to move to the Director, Widgets job family. The next step for the Widget Manager is to move to the Widget Leadership job family.');
    expect(promotions(g)).toContain('senior-widget-manager → director-widgets');
    expect(promotions(g)).not.toContain('senior-widget-manager → manager-widgets');
    expect(promotions(g)).toContain('widget-manager → senior-widget-manager');
  });

  it('says so (info) when a stated next step is no level of this page', () => {
    const g = ladder('The next step for the Director, Widgets is Senior Director, Widgets.');
    expect(g.diagnostics.find((d) => d.code === 'next-step-unresolved')).toMatchObject({ severity: 'info', message: expect.stringContaining('"Senior Director, Widgets" as the next step of Director, Widgets') });
  });

  it('a level\'s own Career Ladder speaks for that level, whatever family name its sentence uses', () => {
    const own = (title: string, grade: number, text: string) => `## ${title}\n\n### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n### Responsibilities\n\n- duty\n\n### Career Ladder\n\n${text}\n\n`;
    const g = compileText(
      'p.md',
      `---\ntitle: Widgets\n---\n${own('Senior Widget Enablement Manager', 7, 'The next step in the Widget Enablement job family is not yet defined at GitLab.')}${own('Senior Manager, Widgets', 9, 'The next step in the Widget Technology job family is Director, Widgets.')}${own('Director, Widgets', 10, 'The next step is not yet defined.')}`,
    );
    expect(promotions(g)).toEqual(['senior-manager-widgets → director-widgets']);
  });

  it('reads a mermaid diagram in the Career Ladder: labelled nodes, arrows, ids reused', () => {
    const lines = ['## Career Ladder', '', '```mermaid', 'graph LR;', '  w:se(Widget Engineer)-->w:sse(Senior Widget Engineer);', '  w:sse-->w:m[Widget Manager];', '```'];
    expect(readNextSteps(lines, []).map((s) => [s.from, s.to])).toEqual([
      ['Widget Engineer', ['Senior Widget Engineer']],
      ['Senior Widget Engineer', ['Widget Manager']],
    ]);
  });

  it('keeps "Sr." inside a name and drops a target\'s trailing clause', () => {
    const lines = ['### Widget Lead Career Ladder', '', 'The next step is to move to Sr. Director, Widgets. Another sentence.', '', 'The next step for the Widget Analyst would be a senior widget analyst taking on larger accounts.'];
    expect(readNextSteps(lines, []).map((s) => [s.owner, s.to])).toEqual([
      ['Widget Lead', ['Sr. Director, Widgets']],
      ['Widget Lead', ['senior widget analyst']],
    ]);
  });
});
