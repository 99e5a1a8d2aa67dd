// @vitest-environment node
// Reporting lines as real pages word them (issue 9 §2): typos of the wording,
// several managers in one sentence, trailing clauses, activity uses of "report"
// that are not reporting lines, bullets of a level, and the family intro.
import { describe, expect, it } from 'vitest';
import { readReporting, splitManagers } from '../../src/compiler/reporting.ts';
import { compilePages } from '../../src/compiler/compile.ts';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { readPage } from '../../src/compiler/page.ts';
import { parsePage } from '../../src/compiler/parse.ts';
import { compileText, roleByTitle as byTitle } from './helpers.ts';

const names = (text: string) => readReporting(text, []).map((r) => r.name);

function level(title: string, grade: number, extra = ''): string {
  return `### ${title}\n\n${extra}#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n#### Responsibilities\n\n- ${title} duty\n\n`;
}

describe('reading a reporting sentence', () => {
  it.each([
    // "intot", a typo of "into" that real pages carry
    ['The Widget Rep reports intot the Manager, Widgets.', ['Manager, Widgets']],
    // a list of managers, each a title with its own tail
    ['The Widget Rep reports to the Manager, Widget Sales, Senior Manager, Widget Sales or a Federal Widget Director.', ['Manager, Widget Sales', 'Senior Manager, Widget Sales', 'Federal Widget Director']],
    ['Reports to the Manager or Senior Manager, Widgets.', ['Manager, Widgets', 'Senior Manager, Widgets']],
    ['Reports to either the Director, Widget Sales or the Director, Widget Partners.', ['Director, Widget Sales', 'Director, Widget Partners']],
    // a condition after the names is not part of them
    ['The Senior Widget Rep reports to the Director, Widgets or Director of Gadgets if there is not a Director, Widgets.', ['Director, Widgets', 'Director of Gadgets']],
    // a comma inside one title is not a list: "Chief X, Head of Y"
    ['This position reports to the Chief Widget Officer, Head of Widget Affairs.', ['Chief Widget Officer, Head of Widget Affairs']],
    // the next clause names someone else's reporting line
    ['The Widget Manager reports to the VP of Widgets, and Widget Reps report to the Widget Manager.', ['VP of Widgets']],
    ['The VP reports to our CEO. The key focus of this role is widgets.', ['CEO']],
    ['The Manager, Sourcing reports to the a Widget Acquisition Leader.', ['Widget Acquisition Leader']],
    ['The Senior Director reports to the GitLab Chief Widget Officer.', ['Chief Widget Officer']],
    // two lines of one paragraph, the first without a full stop
    ['This position reports to Director of Widget Threats\nThis position is a job grade 8', ['Director of Widget Threats']],
    ['The VP reports directly to the chairman of the audit committee with a dotted line relationship with the CFO.', ['chairman of the audit committee']],
    ['Reports to the Director, Widget Territories for their region.{add the reporting position}', ['Director, Widget Territories']],
    ['The Director, IT Audit reports to the Vice-President, Internal Audit.', ['Vice-President, Internal Audit']],
    ['The Junior Widget Architect is a grade 5 and reports to the IT Manager, Widgets.', ['IT Manager, Widgets']],
    ['Widget Analysts all report to the Widget Manager.', ['Widget Manager']],
  ])('"%s" → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // activities, not reporting lines
    'The auditor will assist management with periodic reporting to the audit committee, development of the audit plan, and more.',
    'Compile quarterly metrics reports to measure our successes.',
    'Run weekly time reports to estimate revenue.',
    'The team has 3 levels reporting to you.',
    'Build and deliver ad hoc reporting to support projects.',
    'Issue regular status and ad hoc reports to senior management.',
    'The VP will regularly report to the Board of Directors to update the members on tax strategy.',
    'Reports to {add the reporting position and link to the job family}.',
  ])('"%s" names no manager', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('a linked manager is a link whose text is a title, not the grade link of the next line', () => {
    const text = 'This position reports to Director of Widget Threats This position is a job grade 8';
    expect(readReporting(text, [{ text: 'grade 8', href: '/grades' }]).map((r) => r.name)).toEqual(['Director of Widget Threats']);
    expect(readReporting('Reports to the [VP, Widgets].', [{ text: 'VP, Widgets', href: '/widgets/#vp' }])).toEqual([{ name: 'VP, Widgets', href: '/widgets/#vp' }]);
  });

  it('splits "A or B" only when every part is a title', () => {
    expect(splitManagers('Sales Operations Sr or Widget Ops')).toEqual(['Sales Operations Sr or Widget Ops']);
    expect(splitManagers('Area Widget Manager or Regional Director')).toEqual(['Area Widget Manager', 'Regional Director']);
  });
});

describe('reporting lines on a page', () => {
  it('a reporting line written as a bullet of a list is read, an activity bullet is not', () => {
    const page = `---\ntitle: Widget Accountant\n---\n## Responsibilities\n\n- Compile quarterly metrics reports to measure widget growth.\n- This position reports to the Widget Controller.\n\n## Requirements\n\n- Counting\n\n## Job Grade\n\nThe Widget Accountant is a grade 6.\n`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Widget Accountant').reportsTo).toEqual(['external/widget-controller']);
    // the bullet stays an item of its list: nothing is lost
    expect(byTitle(g, 'Widget Accountant').responsibilities.map((i) => i.text)).toContain('This position reports to the Widget Controller.');
  });

  it("the family intro's reporting line holds for the levels it names that state none of their own", () => {
    const page = `---\ntitle: Widget Designer\n---\nWidget Designers report to a Widget Design Manager.\n\n## Levels\n\n${level('Widget Designer', 6)}${level('Senior Widget Designer', 7)}${level('Widget Design Manager', 8, 'The Widget Design Manager reports to the Director of Widgets.\n\n')}`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Widget Designer').reportsTo).toEqual(['widget-designer/widget-design-manager']);
    expect(byTitle(g, 'Senior Widget Designer').reportsTo).toEqual(['widget-designer/widget-design-manager']);
    expect(byTitle(g, 'Widget Design Manager').reportsTo).toEqual(['external/director-of-widgets']);
  });

  it('"The <family role> reports to X" in the intro holds for every level of that role, rank aside', () => {
    const page = `---\ntitle: Widget Architect\n---\nThe Field Widget Architect reports to the Senior Manager, Widget Architects.\n\n## Levels\n\n${level('Widget Architect', 6)}${level('Staff Widget Architect', 8)}${level('Senior Manager, Widget Architects', 9, 'The Senior Manager, Widget Architects reports to the Director, Widgets.\n\n')}`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Staff Widget Architect').reportsTo).toEqual(['widget-architect/senior-manager-widget-architects']);
    expect(byTitle(g, 'Senior Manager, Widget Architects').reportsTo).toEqual(['external/director-widgets']);
  });

  it('"Sr. X Program Manager" is the level spelt in that order, not "Senior Manager, X Program" with the same words', () => {
    const page = `---\ntitle: Widgets\n---\n## Levels\n\n${level('Widget Program Manager', 6, 'The Widget Program Manager reports to the Sr. Widget Program Manager.\n\n')}${level('Senior Widget Program Manager', 7)}${level('Senior Manager, Widget Program', 9)}`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Widget Program Manager').reportsTo).toEqual(['widgets/senior-widget-program-manager']);
    expect(g.diagnostics.map((d) => d.code)).not.toContain('reports-to-ambiguous');
  });

  it('an intro under its own heading ("## Widget Design Roles at GitLab") speaks for the levels too; a hiring section does not', () => {
    const page = `---\ntitle: Widget Designer\n---\n## Widget Design Roles at GitLab\n\nWidget Designers at GitLab report to a Widget Design Manager.\n\n## Levels\n\n${level('Widget Designer', 6)}${level('Senior Widget Designer', 7)}## Hiring Process\n\nThe Widget Designer reports to the recruiter for scheduling.\n`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Senior Widget Designer').reportsTo).toEqual(['external/widget-design-manager']);
    const hiringOnly = compileText('p.md', `---\ntitle: Widget Designer\n---\n## Levels\n\n${level('Widget Designer', 6)}## Hiring Process\n\nThe Widget Designer reports to the Widget Interview Lead during the process.\n`);
    expect(byTitle(hiringOnly, 'Widget Designer').reportsTo).toEqual([]);
  });

  it('"Reporting to X, the Y …" speaks for the levels named Y', () => {
    const page = `---\ntitle: Widget Controller\n---\n## About the Position\n\nReporting to the Principal Widget Officer, the Widget Controller enhances controls.\n\n## Levels\n\n${level('Director, Widget Controller', 10)}${level('Senior Director, Widget Audit', 11)}`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Director, Widget Controller').reportsTo).toEqual(['external/principal-widget-officer']);
    expect(byTitle(g, 'Senior Director, Widget Audit').reportsTo).toEqual([]);
  });

  it('a manager named with an initialism another page defines ("VP, IT") is that page\'s role, and a title word is no initialism of itself', () => {
    const vp = `---\ntitle: VP, Widget Technology (WT)\n---\n## Levels\n\n${level('VP, WT', 12)}`;
    const it = `---\ntitle: Widget Directors\n---\n## Levels\n\n${level('Director, Widget Apps', 10, 'The Director, Widget Apps reports to the VP, WT.\n\n')}`;
    const ops = `---\ntitle: Widget People\n---\n## Levels\n\n${level('VP People Operations, Widgets & Analytics', 12)}${level('Director, People Operations', 10, 'The Director, People Operations reports to the VP, People Operations, Widgets and Analytics.\n\n')}`;
    const { graph } = compilePages([
      { file: 'vp.md', content: vp },
      { file: 'it.md', content: it },
      { file: 'ops.md', content: ops },
    ]);
    expect(byTitle(graph, 'Director, Widget Apps').reportsTo).toEqual(['vp-widget-technology-wt/vp-wt']);
    expect(byTitle(graph, 'Director, People Operations').reportsTo).toEqual(['widget-people/vp-people-operations-widgets-and-analytics']);
  });

  it('an initialism is not read as standing for itself plus the next word ("VP" in "VP People Operations" is not "VP People")', () => {
    const diagnostics = new Diagnostics();
    const page = `---\ntitle: Widget People\n---\n## Levels\n\n${level('VP People Operations, Widgets', 12)}`;
    const raw = readPage(parsePage({ file: 'ops.md', content: page }, diagnostics), diagnostics);
    expect(raw.abbreviations.get('vp')).toBeUndefined();
  });

  it('an intro naming one level in the singular ("The Widget Specialist will … report into X") speaks for that level only, beside its own line', () => {
    const page = `---\ntitle: Widget Specialist\n---\n## Overview\n\nThe Widget Specialist will work within the Widget organization and will report into the Regional Widget Leader.\n\n## Levels\n\n${level('Widget Specialist', 6, 'The Widget Specialist will report into the Manager of Widgets for which region they work in.\n\n')}${level('Senior Widget Specialist', 7)}`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Widget Specialist').reportsTo).toEqual(['external/manager-of-widgets', 'external/regional-widget-leader']);
    expect(byTitle(g, 'Senior Widget Specialist').reportsTo).toEqual([]);
  });

  it('"reports either to a X, a Y or the Z" names all three; "(CPO)" after a name is its initialism', () => {
    expect(names('This role manages 2-4 Widget Managers, and reports either to a Director of Widgets, a Senior Director of Widgets or the VP of Widgets.')).toEqual(['Director of Widgets', 'Senior Director of Widgets', 'VP of Widgets']);
    expect(names('The VP reports to the Chief Widget Officer (CWO), and Directors report to the VP.')).toEqual(['Chief Widget Officer']);
    expect(names('The VP reports to the CISO (Chief Information Security Officer).')).toEqual(['CISO (Chief Information Security Officer)']);
  });

  it('a title in brackets after a level\'s title is another name for it: "reports to the Head of Widgets" is "Director, Widgets (Head of Widgets)"', () => {
    const page = `---\ntitle: Widgets\n---\n## Levels\n\n${level('Widget Coordinator', 6, 'The Widget Coordinator reports to the Head of Widgets.\n\n')}${level('Director, Widgets (Head of Widgets)', 10)}${level('Manager, Widgets (Public Sector)', 8)}`;
    const g = compileText('p.md', page);
    expect(byTitle(g, 'Widget Coordinator').reportsTo).toEqual(['widgets/director-widgets-head-of-widgets']);
    expect(byTitle(g, 'Manager, Widgets (Public Sector)').aliases).not.toContain('Public Sector');
  });
});
