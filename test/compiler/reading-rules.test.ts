// @vitest-environment node
// Reading rules for layouts real pages use (issue 9 §2), each on a small inline
// page: where levels are kept, sub-sections that are never levels, inheritance
// wordings, reporting lines, nice-to-haves, tracks.
import { describe, expect, it } from 'vitest';
import { readInheritance } from '../../src/compiler/inheritance.ts';
import { readReporting } from '../../src/compiler/reporting.ts';
import { readHeading } from '../../src/compiler/section-words.ts';
import type { Graph } from '../../src/model/schema.ts';
import { compileText, roleByTitle as byTitle, roleTitles as titles, diagnosticCodes as codes } from './helpers.ts';

const ownTexts = (items: { text: string; own: boolean }[]) => items.filter((i) => i.own).map((i) => i.text);

function level(title: string, grade: number, extra = '', depth = '###'): string {
  const sub = `${depth}#`;
  return `${depth} ${title}\n\n${sub} Job Grade\n\nThe ${title} is a grade ${grade}.\n\n${sub} Responsibilities\n\n- ${title} duty\n\n${extra}`;
}

describe('where levels are kept', () => {
  it('reads levels under "## Job Grades" instead of taking the page for a single role', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n## Responsibilities\n\n- Shared duty\n\n## Job Grades\n\n${level('Widget Specialist', 6)}${level('Senior Widget Specialist', 7)}`);
    expect(titles(g)).toEqual(['Widget Specialist', 'Senior Widget Specialist']);
    expect(codes(g)).not.toContain('single-role-page');
  });

  it('reads level headings that follow a "## Levels" heading at its own depth', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n## Levels\n\n- Widget Specialist\n\n${level('Widget Specialist', 6, '', '##')}${level('Senior Widget Specialist', 7, '', '##')}## Hiring Process\n\n- Call\n`);
    expect(titles(g)).toEqual(['Widget Specialist', 'Senior Widget Specialist']);
  });

  it('reads a level nested in the level above when it has a grade of its own', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Widget Analyst', 6)}${level('Senior Widget Analyst', 7, '', '####')}`);
    expect(titles(g)).toEqual(['Widget Analyst', 'Senior Widget Analyst']);
    expect(ownTexts(byTitle(g, 'Widget Analyst').responsibilities)).toEqual(['Widget Analyst duty']);
  });

  it('reads a level with its own grade and lists that sits under an unrelated section', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n## Levels\n\n${level('Widget Manager', 8)}## Hiring Process\n\n- Call\n\n${level('Widget Director', 10)}`);
    expect(titles(g)).toEqual(['Widget Manager', 'Widget Director']);
    expect(g.families[0]!.sections.find((s) => s.title === 'Hiring Process')!.items.map((i) => i.text)).toEqual(['Call']);
  });
});

describe('sub-sections are never levels', () => {
  it('gives "… Job Grade / Responsibilities" headings at the depth of the level headings to the level they name, with a warning', () => {
    const page = `---\ntitle: Widgets\n---\n## Levels\n\n${level('Widget Manager', 8)}### Senior Widget Manager\n\n### Senior Widget Manager Job Grade\n\nThe Senior Widget Manager is a grade 9.\n\n### Senior Widget Manager Responsibilities\n\n- Lead widgets\n- Plan widgets\n\n${level('Widget Director', 10)}`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Widget Manager', 'Senior Widget Manager', 'Widget Director']);
    const senior = byTitle(g, 'Senior Widget Manager');
    expect(senior.grade).toBe(9);
    expect(ownTexts(senior.responsibilities)).toEqual(['Lead widgets', 'Plan widgets']);
    expect(codes(g)).toContain('section-beside-level');
  });

  it('recognises misspelt section words, with a warning', () => {
    expect(readHeading('Senior Analyst Responsibilites')).toEqual({ kind: 'responsibilities', prefix: 'Senior Analyst', misspelt: 'responsibilites' });
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n### Widget Analyst\n\n#### Job Grade\n\nThe Widget Analyst is a grade 6.\n\n#### Requirments\n\n- Counts well\n`);
    expect(ownTexts(byTitle(g, 'Widget Analyst').requirements)).toEqual(['Counts well']);
    expect(codes(g)).toContain('section-word-misspelt');
  });
});

describe('inheritance in any common wording', () => {
  it.each([
    ['Extends the Senior Widget Analyst responsibilities', 'named', 'Senior Widget Analyst'],
    ['Extends that of the Manager, Widgets requirements plus:', 'named', 'Manager, Widgets'],
    ['In addition to the responsibilities of a Widget Analyst:', 'named', 'Widget Analyst'],
    ['In addition to meeting all of the requirements of a Manager, Regional Widgets:', 'named', 'Manager, Regional Widgets'],
    ['All responsibilities of previous roles plus:', 'previous', null],
    ['This role includes all of the requirements of the previous level, plus:', 'previous', null],
    ['All responsibilities listed above (applicable to all roles) plus:', 'family', null],
    ['The Widget Analyst (Intermediate) share the same responsibilities outlined above.', 'family', null],
    ['All of the above requirements, plus', 'above', null],
    ['In addition to the same requirements, responsibilities, and performance indicators defined above', 'above', null],
    ['The responsibilities of the Senior Data Analyst extend the Data Analyst role and include:', 'named', 'Data Analyst'],
    ['The Staff Widget Engineer role extends the Senior Widget Engineer role.', 'named', 'Senior Widget Engineer'],
    ['All of the responsibilities listed for Widget Team Manager.', 'named', 'Widget Team Manager'],
    ['All requirements of the Manager, Program Management role apply', 'named', 'Manager, Program Management'],
    ['The engineer must meet the requirements for an Incubation Engineer (or above).', 'named', 'Incubation Engineer'],
    ['Includes all responsibilities of the Intermediate Widget Architect role and expands on that in the following ways:', 'named', 'Intermediate Widget Architect'],
    ['The Senior Recruiter shares the same requirements as the Intermediate Recruiter listed above but also focuses on', 'named', 'Intermediate Recruiter'],
  ])('"%s" → %s %s', (line, target, name) => {
    expect(readInheritance(line)).toEqual({ target, name });
  });

  it('is not fooled by prose that starts like it', () => {
    expect(readInheritance('In addition to Talent Program execution, this role focuses on structure')).toBeNull();
    expect(readInheritance('Develop and expand upon the job family')).toBeNull();
  });

  const ladder = (senior: string) =>
    `---\ntitle: Widgets\n---\n## Responsibilities\n\n- Family duty\n\n## Levels\n\n${level('Widget Analyst', 6)}### Senior Widget Analyst\n\n#### Job Grade\n\nThe Senior Widget Analyst is a grade 7.\n\n#### Responsibilities\n\n${senior}\n\n- Senior duty\n`;

  it('"All responsibilities of previous roles plus:" builds on the level before', () => {
    const senior = byTitle(compileText('p.md', ladder('All responsibilities of previous roles plus:')), 'Senior Widget Analyst');
    expect(senior.responsibilities.map((i) => [i.text, i.own])).toEqual([
      ['Widget Analyst duty', false],
      ['Senior duty', true],
    ]);
  });

  it('"share the same responsibilities outlined above" builds on the family\'s own list', () => {
    const g = compileText('p.md', ladder('The Senior Widget Analyst shares the same responsibilities outlined above.'));
    const senior = byTitle(g, 'Senior Widget Analyst');
    expect(senior.inheritance.map((i) => i.target)).toEqual([g.families[0]!.id]);
    expect(senior.responsibilities.map((i) => i.text)).toEqual(['Family duty', 'Senior duty']);
  });

  it('a level\'s own sentence "The X role extends the Y role" applies to both lists', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Widget Engineer', 6)}### Senior Widget Engineer\n\nThe Senior Widget Engineer role extends the [Widget Engineer](#widget-engineer) role.\n\n#### Job Grade\n\nThe Senior Widget Engineer is a grade 7.\n\n#### Responsibilities\n\n- Senior duty\n`);
    expect(byTitle(g, 'Senior Widget Engineer').inheritance.map((i) => [i.section, i.target])).toEqual([
      ['responsibilities', 'widgets/widget-engineer'],
      ['requirements', 'widgets/widget-engineer'],
    ]);
  });

  it('two targets ("either X or Y") inherit both, each item keeping its origin', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Widget Analyst', 6)}${level('Widget Engineer', 6)}### Senior Widget Lead\n\n#### Job Grade\n\nThe Senior Widget Lead is a grade 7.\n\n#### Responsibilities\n\n- Extends either the Widget Analyst or Widget Engineer responsibilities\n- Lead duty\n`);
    const lead = byTitle(g, 'Senior Widget Lead');
    expect(lead.responsibilities.map((i) => [i.text, i.from])).toEqual([
      ['Widget Analyst duty', 'widgets/widget-analyst'],
      ['Widget Engineer duty', 'widgets/widget-engineer'],
      ['Lead duty', 'widgets/senior-widget-lead'],
    ]);
  });

  it('an exact title beats a word-bag match ("Manager, Widgets" is not ambiguous against "Widgets Manager")', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Widgets Manager', 7)}${level('Manager, Widgets', 8)}### Senior Manager, Widgets\n\n#### Job Grade\n\nThe Senior Manager, Widgets is a grade 9.\n\n#### Responsibilities\n\n- Extends the Manager, Widgets responsibilities\n`);
    expect(byTitle(g, 'Senior Manager, Widgets').extends.responsibilities).toBe('widgets/manager-widgets');
    expect(codes(g)).not.toContain('extends-ambiguous');
  });

  it('a level named by its rank and role noun alone ("the Analyst requirements") is the one level that fits, reported as approximate', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Analyst, Widget Operations', 6)}${level('Senior Analyst, Widget Operations', 7, '#### Requirements\n\n- Extends that of the Analyst requirements\n- Senior skill\n')}`);
    expect(byTitle(g, 'Senior Analyst, Widget Operations').extends.requirements).toBe('widgets/analyst-widget-operations');
    expect(codes(g)).toContain('reference-approximate');
  });

  it('"inherits the responsibilities of X as well as the following" builds on X', () => {
    expect(readInheritance('The Senior Manager, Widgets inherits the responsibilities of the Manager, Widgets as well as the following:')).toEqual({ target: 'named', name: 'Manager, Widgets' });
  });

  it("a level with no list of a kind and no inheritance line takes the family's list above the levels", () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n## Responsibilities\n\n- Family duty\n\n## Levels\n\n### Widget Engineer\n\n#### Job Grade\n\nThe Widget Engineer is a grade 6.\n`);
    const engineer = byTitle(g, 'Widget Engineer');
    expect(engineer.responsibilities.map((i) => [i.text, i.own])).toEqual([['Family duty', false]]);
    expect(engineer.inheritance).toEqual([{ section: 'responsibilities', text: '', target: 'widgets', line: 10 }]);
  });

  it('a line that looks like inheritance but is not understood says so', () => {
    const g = compileText('p.md', ladder('Same as the previous level plus a few more:'));
    expect(g.diagnostics.find((d) => d.code === 'inheritance-not-understood')).toMatchObject({ severity: 'warning', line: 28 });
  });
});

describe('reporting lines', () => {
  it.each([
    ['Reports to the Director, Widgets.', ['Director, Widgets']],
    ['Reporting to the CMO, this role leads our brand.', ['CMO']],
    ['The Widget Rep reports to the Manager, Widgets and is focused on inbound leads.', ['Manager, Widgets']],
    ['This role reports into the VP of Widgets at GitLab.', ['VP of Widgets']],
  ])('"%s" → %j', (text, names) => {
    expect(readReporting(text, []).map((r) => r.name)).toEqual(names);
  });

  it('reads a reporting line written as a bullet of the level', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Widget Manager', 8)}### Widget Rep\n\n#### Job Grade\n\n- The Widget Rep is a grade 6.\n- Reports to the Widget Manager.\n`);
    expect(byTitle(g, 'Widget Rep').reportsTo).toEqual(['widgets/widget-manager']);
  });
});

describe('grades and reporting lines in odd places', () => {
  it('a heading that is itself the grade sentence ("… Job Grade is a grade 8") gives the grade', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n### Manager, Widgets\n\n#### Manager, Widgets Job Grade is a [grade 8](/grades)\n\n#### Responsibilities\n\n- Lead\n`);
    expect(byTitle(g, 'Manager, Widgets').grade).toBe(8);
  });

  it('"Director or VP, Widgets" outside the pages is two external roles, each a title', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Widget Manager', 8, 'Reports to the Director or VP, Widgets.\n\n')}`);
    expect(byTitle(g, 'Widget Manager').reportsTo).toEqual(['external/director-widgets', 'external/vp-widgets']);
  });
});

describe('family headings that are not levels', () => {
  it('an empty "### Job Grades" heading above the levels is not a role, and "extends the <family> role" builds on the family lists', () => {
    const page = `---\ntitle: Widget Administrator\n---\n### Responsibilities\n\n- Administer widgets\n\n### Job Grades\n\n### Senior Widget Administrator\n\nThe Senior Widget Administrator role extends the Widget Administrator role.\n\n#### Job Grade\n\nThe Senior Widget Administrator is a grade 7.\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Senior Widget Administrator']);
    expect(byTitle(g, 'Senior Widget Administrator').responsibilities.map((i) => i.text)).toEqual(['Administer widgets']);
  });

  it('"extends the <family> role" builds on the family lists even when an "(Intermediate)" level shares the name', () => {
    const page = `---\ntitle: Widget Administrator\n---\n## Responsibilities\n\n- Administer widgets\n\n## Levels\n\n${level('Widget Administrator (Intermediate)', 6)}### Senior Widget Administrator\n\nThe Senior Widget Administrator role extends the Widget Administrator role.\n\n#### Job Grade\n\nThe Senior Widget Administrator is a grade 7.\n`;
    expect(byTitle(compileText('p.md', page), 'Senior Widget Administrator').extends.responsibilities).toBeNull();
    expect(byTitle(compileText('p.md', page), 'Senior Widget Administrator').inheritance[0]!.target).toBe('widget-administrator');
  });

  it('an initialism the page never defines ("BT" for "Business Technology") still names the level', () => {
    const g = compileText('p.md', `---\ntitle: Business Technology Desk\n---\n${level('Business Technology Desk Analyst', 6)}${level('Senior BT Desk Analyst', 7, '#### Requirements\n\n- Extends that of the BT Desk Analyst requirements\n- More\n')}`);
    expect(byTitle(g, 'Senior BT Desk Analyst').extends.requirements).toBe('business-technology-desk/business-technology-desk-analyst');
  });
});

describe('nice-to-have lists', () => {
  it('are their own list on the role, never requirements', () => {
    const g = compileText('p.md', `---\ntitle: Widget Engineer\n---\n## Job Grade\n\nThe Widget Engineer is a grade 6.\n\n## Requirements\n\n- Ruby\n\n## Nice-to-haves\n\n- Go\n- Rust\n`);
    const role = g.roles[0]!;
    expect(ownTexts(role.requirements)).toEqual(['Ruby']);
    expect(role.niceToHave?.map((i) => i.text)).toEqual(['Go', 'Rust']);
  });
});

describe('tracks from strong signals only', () => {
  const single = (title: string, duty: string) => compileText('p.md', `---\ntitle: ${title}\n---\n## Job Grade\n\nThe ${title} is a grade 7.\n\n## Responsibilities\n\n- ${duty}\n`).roles[0]!;

  it('never from a loose phrase', () => {
    expect(single('Senior Widget Engineer', 'Building trust across the organization while the team member shadows').track).toBe('individual-contributor');
  });

  it('from an explicit statement', () => {
    expect(single('Widget Lead', 'This role may be an individual contributor or lead a small team').track).toBe('individual-contributor');
    expect(single('Widget Lead', 'Has 3-5 direct reports').track).toBe('management');
  });

  it('a domain followed by a manager rank leads people; a thing managed does not', () => {
    expect(single('Business Analytics and Insights Manager', 'Own the dashboards').track).toBe('management');
    expect(single('Senior Partner Program Manager', 'Own the partner program').track).toBe('individual-contributor');
    expect(single('Managing Legal Counsel', 'Advise the business').track).toBe('management');
    expect(single('Engineering Manager, Monitoring', 'Own the roadmap').track).toBe('management');
    expect(single('Strategic Account Executive', 'Close deals').track).toBe('individual-contributor');
  });

  it('says unknown rather than guess', () => {
    const role = single('Widget Lead', 'Own the widget roadmap');
    expect(role.track).toBe('unknown');
    expect(role.trackReason).toMatch(/does not say|neither/);
  });
});

describe('promotions', () => {
  const promotions = (g: Graph) => g.edges.filter((e) => e.kind === 'promotion').map((e) => `${e.source.split('/')[1]} → ${e.target.split('/')[1]}`);

  it('a ladder that goes on into management steps from the top IC level to the first manager', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Widget Analyst', 6)}${level('Senior Widget Analyst', 7)}${level('Manager, Widgets', 8)}`);
    expect(promotions(g)).toEqual(['senior-widget-analyst → manager-widgets', 'widget-analyst → senior-widget-analyst']);
  });

  it('IC levels beside the management grades draw no step across unless the page links them (inherited items do not count)', () => {
    const staff = level('Staff Widget Analyst', 8);
    const manager = '### Manager, Widgets\n\n#### Job Grade\n\nThe Manager, Widgets is a grade 8.\n\n#### Responsibilities\n\n- Extends the Staff Widget Analyst responsibilities\n- Manage a team of widget analysts\n\n';
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n${level('Senior Widget Analyst', 7)}${staff}${manager}${level('Senior Manager, Widgets', 9)}`);
    expect(promotions(g)).toEqual(['manager-widgets → senior-manager-widgets', 'senior-widget-analyst → staff-widget-analyst']);
  });

  it('levels under separate wrapper headings are separate ladders: no promotion crosses between them', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n## Widget Technology\n\n${level('Widget Analyst, Technology', 6)}${level('Senior Widget Analyst, Technology', 7)}## Widget Analytics\n\n${level('Senior Analyst, Widget Analytics', 7)}${level('Staff Analyst, Widget Analytics', 8)}`);
    expect(promotions(g)).toEqual(['senior-analyst-widget-analytics → staff-analyst-widget-analytics', 'widget-analyst-technology → senior-widget-analyst-technology']);
    expect(g.roles.find((r) => r.title === 'Staff Analyst, Widget Analytics')?.ladder).toBe('Widget Analytics');
  });
});
