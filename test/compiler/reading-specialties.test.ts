// @vitest-environment node
// Reading rules for levels filed where a page keeps its specialties (issue 9 §2:
// a level heading under an unrelated section is still a level), sub-headings that
// name a level another way, a one-role page's own heading, and bare grade numbers.
import { describe, expect, it } from 'vitest';
import { compileText, roleTitles as titles } from './helpers.ts';

const own = (items: { text: string; own: boolean }[] | undefined) => (items ?? []).filter((i) => i.own).map((i) => i.text);

const level = (title: string, grade: number) => `### ${title}\n\n#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n#### Responsibilities\n\n- ${title} duty\n\n#### Requirements\n\n- ${title} skill\n\n`;

describe('a role filed among the specialties', () => {
  const page = (specialties: string) => `---\ntitle: Widget Support Management\n---\n## Widget Support Roles\n\n${level('Manager, Widget Support', 8)}${level('Senior Manager, Widget Support', 9)}### Director of Widget Support\n\nThe Director of Widget Support role extends the Senior Manager, Widget Support role.\n\n- Lead the managers\n- Own the budget\n\n## Specialties\n\n${specialties}## Hiring Process\n\n- Screening call\n`;

  it('reads "### Director of Widget Readiness" under "## Specialties", with its own text and list, as a level (said), its "Additional Responsibilities for …" as its responsibilities', () => {
    const g = compileText(
      'p.md',
      page(`### US Federal Widget Manager\n\nWidget managers with US citizenship may join.\n\n#### Requirements\n\n- US citizenship\n\n### Director of Widget Readiness\n\nThis role leads a team of readiness managers.\n\n#### Additional Responsibilities for Director of Widget Readiness\n\n- Manage several teams\n- Own readiness\n\n`),
    );
    expect(titles(g)).toEqual(['Manager, Widget Support', 'Senior Manager, Widget Support', 'Director of Widget Support', 'Director of Widget Readiness']);
    const readiness = g.roles.find((r) => r.title === 'Director of Widget Readiness')!;
    expect(own(readiness.responsibilities)).toEqual(['Manage several teams', 'Own readiness']);
    expect(g.families[0]!.specialties.map((s) => s.title)).toEqual(['US Federal Widget Manager']);
    expect(g.diagnostics.filter((d) => d.code === 'specialty-read-as-level').map((d) => d.message)).toEqual([
      '"Director of Widget Readiness" sits among the specialties but its title names a role of its own; read as a level.',
    ]);
  });

  it('keeps "### Manager, Widget Support (Federal)" among the specialties: a level named with its specialisation in brackets', () => {
    const g = compileText('p.md', page(`### Manager, Widget Support (Federal)\n\n- Federal duty\n\n### Security\n\n- Security duty\n\n`));
    expect(g.families[0]!.specialties.map((s) => s.title)).toEqual(['Manager, Widget Support (Federal)', 'Security']);
    expect(titles(g)).toHaveLength(3);
  });

  it('reads "### Director, Widget Events Job Grade" right after "### Director, Widget Events" among the specialties as that level\'s grade', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widget Events\n---\n## Levels\n\n${level('Widget Events Manager', 7)}## Specialties\n\n### Event Content Widget Manager\n\n- Content duty\n\n### Director, Widget Events\n\nLeads the events team.\n\n### Director, Widget Events Job Grade\n\nThe Director, Widget Events is a grade 10.\n\n#### Director, Widget Events Responsibilities\n\n- Run the team\n`,
    );
    const director = g.roles.find((r) => r.title === 'Director, Widget Events');
    expect(director?.grade).toBe(10);
    expect(own(director?.responsibilities)).toEqual(['Run the team']);
    expect(g.families[0]!.specialties.map((s) => s.title)).toEqual(['Event Content Widget Manager']);
  });
});

describe('a list sub-heading that names its level another way', () => {
  it('reads "#### Gizmo Widget Manager Requirements" under "### Widget Program Manager", graded and with responsibilities but no requirements, as its requirements (another name, said), not a level of its own', () => {
    const page = `---\ntitle: Widget Programs\n---\n## Levels\n\n${level('Widget Programs Associate', 5)}### Widget Program Manager\n\n#### Widget Program Manager Job Grade\n\nThe Widget Program Manager is a grade 6.\n\n#### Widget Program Manager Responsibilities\n\n- Run programs\n\n#### Gizmo Widget Manager Requirements\n\n- Program skills\n- Writing\n\n${level('Senior Widget Program Manager', 7)}`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Widget Programs Associate', 'Widget Program Manager', 'Senior Widget Program Manager']);
    const manager = g.roles.find((r) => r.title === 'Widget Program Manager')!;
    expect(own(manager.requirements)).toEqual(['Program skills', 'Writing']);
    expect(manager.aliases).toContain('Gizmo Widget Manager');
    expect(g.diagnostics.map((d) => d.code)).toContain('level-name-differs');
    expect(g.diagnostics.map((d) => d.code)).not.toContain('level-heading-missing');
  });

  it('still starts a level at "#### Gizmo Widget Manager Requirements" when the level above has its requirements already', () => {
    const page = `---\ntitle: Widget Programs\n---\n## Levels\n\n${level('Widget Programs Associate', 5)}### Widget Program Manager\n\n#### Widget Program Manager Job Grade\n\nThe Widget Program Manager is a grade 6.\n\n#### Widget Program Manager Requirements\n\n- Run programs\n\n#### Gizmo Widget Manager Requirements\n\n- Program skills\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Widget Programs Associate', 'Widget Program Manager', 'Gizmo Widget Manager']);
    expect(g.diagnostics.map((d) => d.code)).toContain('level-heading-missing');
  });
});

describe('a one-role page whose role has its own heading among specialties', () => {
  const page = `---\ntitle: Staff Widget Engineer\n---\nWidget Engineers build widgets.\n\n## Job Grade\n\nThe Staff Widget Engineer is a grade 8.\n\n## Responsibilities\n\n- Build widgets\n- Review widgets\n\n## Requirements\n\n- Widget experience\n\n## Levels\n\n- [Senior](/senior/)\n- Staff\n\n### Staff\n\n#### Staff Responsibilities\n\n- Lead widget design\n\n#### Staff Requirements\n\n- TBD\n\n### Distribution\n\n#### Requirements\n\n- Packaging\n\n#### Responsibilities\n\n- Ship packages\n`;

  it('reads "### Staff" under "## Levels" as the page\'s role, graded by the page\'s Job Grade, with its own lists; the page\'s lists stay the family\'s and the other headings are specialties', () => {
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Staff Widget Engineer']);
    const staff = g.roles[0]!;
    expect(staff.grade).toBe(8);
    expect(own(staff.responsibilities)).toEqual(['Lead widget design']);
    expect(own(staff.requirements)).toEqual([]);
    expect(g.families[0]!.responsibilities.map((i) => i.text)).toEqual(['Build widgets', 'Review widgets']);
    expect(g.families[0]!.specialties.map((s) => s.title)).toEqual(['Distribution']);
  });

  it('keeps reading the page\'s lists as its one role\'s when no heading names that role', () => {
    const g = compileText('p.md', page.replace('### Staff\n\n#### Staff Responsibilities\n\n- Lead widget design\n\n#### Staff Requirements\n\n- TBD\n\n', ''));
    expect(titles(g)).toEqual(['Staff Widget Engineer']);
    expect(own(g.roles[0]!.responsibilities)).toEqual(['Build widgets', 'Review widgets']);
    expect(g.families[0]!.specialties.map((s) => s.title)).toEqual(['Distribution']);
  });
});

describe('a grade written as a number alone', () => {
  it('reads "The Widget Manager is a [6](…#gitlab-job-grades)." under a Job Grade heading as grade 6, and not a number elsewhere', () => {
    const page = `---\ntitle: Widgets\n---\n## Levels\n\n### Widget Manager\n\nThe team is a 6.\n\n#### Job Grade\n\nThe Widget Manager is a [6](/handbook/compensation/#gitlab-job-grades).\n\n#### Responsibilities\n\n- Widgets\n\n### Senior Widget Manager\n\nThe Senior Widget Manager is a 7.\n\n#### Responsibilities\n\n- More widgets\n`;
    const g = compileText('p.md', page);
    expect(g.roles.filter((r) => !r.external).map((r) => [r.title, r.grade])).toEqual([
      ['Widget Manager', 6],
      ['Senior Widget Manager', null],
    ]);
  });
});
