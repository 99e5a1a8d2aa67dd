// @vitest-environment node
// Reading rules for where levels are, which headings are not levels, and where
// grades come from (issue 9 §2), each on a small made-up page.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/schema.ts';
import { compileText, roleByTitle as byTitle, roleTitles as titles, diagnosticCodes as codes } from './helpers.ts';

const grades = (g: Graph) => g.roles.filter((r) => !r.external).map((r) => [r.title, r.grade]);
const own = (items: { text: string; own: boolean }[]) => items.filter((i) => i.own).map((i) => i.text);

/** A level with lists and no grade of its own. */
function bare(title: string, depth: string): string {
  return `${depth} ${title}\n\n${depth}# Responsibilities\n\n- ${title} duty\n\n${depth}# Requirements\n\n- ${title} skill\n\n`;
}

describe('a levels table gives the grades', () => {
  const table =
    '| Level | Grade |\n| - | - |\n| [Intermediate Gadgeteer](#gadgeteer) | [Grade 6](/grades) |\n| [Senior Gadgeteer](#senior-gadgeteer) | [Grade 7](/grades) |\n| Manager, Gadgets | Grade 8 |\n';

  it('reads the level headings after a "#### Levels" table at a shallower depth (inverted depths) as levels, graded by the rows that link to them', () => {
    const page = `---\ntitle: Gadgeteer - Job Role\n---\nIntro.\n\n#### Levels\n\n${table}\n### Performance Indicator\n\n- Gadgets shipped\n\n${bare('Gadgeteer', '###')}${bare('Senior Gadgeteer', '###')}${bare('Manager, Gadgets', '###')}### Job Grades\n\nRead more about grades here.\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Gadgeteer', 6],
      ['Senior Gadgeteer', 7],
      ['Manager, Gadgets', 8],
    ]);
    expect(own(byTitle(g, 'Gadgeteer').responsibilities)).toEqual(['Gadgeteer duty']);
    expect(g.families[0]!.title).toBe('Gadgeteer');
    expect(g.families[0]!.performanceIndicators.map((i) => i.text)).toEqual(['Gadgets shipped']);
    expect(codes(g)).not.toContain('single-role-page');
  });

  it('reads a "### Job Grades" table naming several levels as their grades, not as the grade of one role', () => {
    const page = `---\ntitle: Gadgets\n---\n### Job Grades\n\n${table}\n${bare('Gadgeteer', '##')}${bare('Senior Gadgeteer', '##')}${bare('Manager, Gadgets', '##')}`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Gadgeteer', 6],
      ['Senior Gadgeteer', 7],
      ['Manager, Gadgets', 8],
    ]);
    expect(codes(g)).not.toContain('levels-as-specialties');
  });

  it('warns about a table row that names no level', () => {
    const page = `---\ntitle: Gadgets\n---\n## Levels\n\n${table}\n${bare('Gadgeteer', '##')}${bare('Senior Gadgeteer', '##')}`;
    const g = compileText('p.md', page);
    const warning = g.diagnostics.find((d) => d.code === 'levels-not-found');
    expect(warning?.message).toContain('"Manager, Gadgets" (grade 8)');
    expect(warning?.line).toBe(10);
  });
});

describe('a list of grade sentences naming several levels', () => {
  it('makes those levels exist when the page has no level headings, sharing the page-wide lists', () => {
    const page = `---\ntitle: Gizmo Engineers\n---\n### Job Grade\n\nThe Gizmo Engineer is a [grade 6](/g).\nThe Senior Gizmo Engineer is a [grade 7](/g).\n\n## Responsibilities\n\n- Build gizmos\n\n## Requirements\n\n- Gizmo skill\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Gizmo Engineer', 6],
      ['Senior Gizmo Engineer', 7],
    ]);
    expect(byTitle(g, 'Senior Gizmo Engineer').responsibilities.map((i) => i.text)).toEqual(['Build gizmos']);
    expect(g.diagnostics.filter((d) => d.code === 'level-heading-missing')).toHaveLength(2);
  });
});

describe('a heading of family-wide text is not a level', () => {
  it('reads "## X Roles at Company" with shared lists as the family\'s lists when the levels sit under "## Job Grades"', () => {
    const page = `---\ntitle: Gizmo Engineering\n---\n## Gizmo Engineering Roles at Acme\n\nAll roles share these.\n\n### Requirements\n\n- Gizmo skill\n\n### Responsibilities\n\n- Build gizmos\n\n### Gizmo Engineer Performance Indicators\n\n- Gizmos built\n\n## Job Grades\n\n### Associate Gizmo Engineer\n\nThe Associate level in the Engineering Division is a grade 5.\n\n### Intermediate Gizmo Engineer\n\n#### Job Grade\n\nThe Intermediate Gizmo Engineer is a grade 6.\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Associate Gizmo Engineer', 5],
      ['Intermediate Gizmo Engineer', 6],
    ]);
    expect(g.families[0]!.requirements.map((i) => i.text)).toEqual(['Gizmo skill']);
    // "The Associate level in …" names the level by its rank: no false alarm.
    expect(codes(g)).not.toContain('grade-name-mismatch');
    expect(codes(g)).not.toContain('levels-not-found');
  });
});

describe('levels under a family-wide list section', () => {
  it('reads "### X (Intermediate)" with its own Job Grade under "## Requirements" as a level, not as a group of requirements', () => {
    const page = `---\ntitle: Sprocket Coordinator\n---\n## Responsibilities\n\n- Coordinate sprockets\n\n## Requirements\n\n- Organised\n\n### Sprocket Coordinator (Intermediate)\n\n#### Job Grade\n\nThe Sprocket Coordinator (Intermediate) is a grade 6.\n\n#### Sprocket Coordinator (Intermediate) Responsibilities\n\n- Book rooms\n\n### Senior Sprocket Coordinator\n\n#### Senior Sprocket Coordinator Job Grade\n\nThe Sprocket Coordinator is a grade 7.\n\n#### Senior Sprocket Coordinator Responsibilities\n\n- Lead bookings\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Sprocket Coordinator (Intermediate)', 6],
      ['Senior Sprocket Coordinator', 7],
    ]);
    expect(g.families[0]!.requirements.map((i) => i.text)).toEqual(['Organised']);
  });
});

describe('a level nested among the sub-sections of the level above', () => {
  it('reads "### Managing Counsel" whose own grade sentence names it as a level, its "… Responsibilities" following at the same depth', () => {
    const page = `---\ntitle: Counsel\n---\n## Lead Counsel\n\n### Lead Counsel Job Grade\n\nThe Lead Counsel is a grade 8.\n\n### Lead Counsel Responsibilities\n\n- Advise\n\n### Managing Counsel\n\nThe Managing Counsel is a grade 8.\n\n### Managing Counsel Responsibilities\n\n- Manage counsel\n\n## Principal Counsel\n\n### Principal Counsel Job Grade\n\nThe Principal Counsel is a grade 9.\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Lead Counsel', 8],
      ['Managing Counsel', 8],
      ['Principal Counsel', 9],
    ]);
    expect(own(byTitle(g, 'Managing Counsel').responsibilities)).toEqual(['Manage counsel']);
    expect(codes(g)).not.toContain('level-heading-missing');
  });

  it('keeps "#### Sr. Director, X" holding the grade of "### Sr. Director, X" as that level, not a second one', () => {
    const page = `---\ntitle: Widgets\n---\n### Sr. Director, Widgets\n\nReports to the VP.\n\n#### Sr. Director, Widgets\n\nThe Sr. Director, Widgets is Job Grade 11.\n\n#### Sr. Director, Widgets Responsibilities\n\n- Lead\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([['Sr. Director, Widgets', 11]]);
  });

  it('reads a sub-section whose level name has a typo as that level\'s, not as a new level', () => {
    const page = `---\ntitle: Strategy\n---\n## Senior Workforce Strategy Manager\n\n### Job Grade\n\nThe Senior Workforce Strategy Manager is a grade 7.\n\n### Senior Workforce Strategy Manager Responsibilities\n\n- Plan\n\n### Senior Workforcce Strategy Manager Requirements\n\n- Experience\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Senior Workforce Strategy Manager']);
    expect(own(byTitle(g, 'Senior Workforce Strategy Manager').requirements)).toEqual(['Experience']);
  });
});

describe('titles', () => {
  it('names a level whose heading is only its rank ("### Senior") by its grade sentence, else rank and family', () => {
    const page = `---\ntitle: Doodad Researcher\n---\n## Levels\n\n### Intermediate\n\n#### Intermediate Job Grade\n\nThe Doodad Researcher (Intermediate) is a grade 6.\n\n#### Intermediate Responsibilities\n\n- Research\n\n### Senior\n\n#### Senior Responsibilities\n\n- Research more\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Doodad Researcher (Intermediate)', 'Senior Doodad Researcher']);
    expect(byTitle(g, 'Senior Doodad Researcher').aliases).toContain('Senior');
    expect(codes(g)).not.toContain('grade-name-mismatch');
  });

  it('drops " role" from a single-role page\'s grade sentence subject', () => {
    const page = `---\ntitle: VP of Widgets\n---\n#### Job Grade\n\nThe Vice President of Widgets role is a grade 12.\n\n## Responsibilities\n\n- Lead widgets\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Vice President of Widgets']);
  });
});

describe('specialties and ladders are not levels', () => {
  it('reads a "### Specialties" among the level headings, and the ungraded headings after it, as specialties', () => {
    const page = `---\ntitle: Paralegal\n---\n## Levels\n\n${'### Paralegal\n\n#### Paralegal Job Grade\n\nThe Paralegal is a grade 6.\n\n#### Paralegal Responsibilities\n\n- File\n\n'}### Specialties\n\n#### Paralegal (Employment)\n\n- Employment work\n\n### Paralegal (Corporate)\n\n#### Paralegal (Corporate) Responsibilities\n\n- Corporate work\n\n### Paralegal (Privacy)\n\n#### Paralegal (Privacy) Requirements\n\n- Privacy law\n\n## Hiring Process\n\n- Call\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Paralegal']);
    expect(g.families[0]!.specialties.map((s) => s.title)).toEqual(['Paralegal (Employment)', 'Paralegal (Corporate)', 'Paralegal (Privacy)']);
    expect(codes(g)).not.toContain('grade-missing');
  });

  it('reads "#### X Responsibilities" under a misspelt "### Specialities" as specialty X\'s list, and "### Y Specialty" as a specialty', () => {
    const page = `---\ntitle: Enablement\n---\n## Levels\n\n### Enablement Manager\n\n#### Enablement Manager Job Grade\n\nThe Enablement Manager is a grade 6.\n\n### Specialities\n\n#### Sales Enablement Responsibilities\n\n- Enable sales\n\n### Threat Intelligence Specialty\n\n#### Responsibilities\n\n- Hunt\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Enablement Manager']);
    const specialties = g.families[0]!.specialties;
    expect(specialties.map((s) => s.title)).toEqual(['Sales Enablement', 'Threat Intelligence Specialty']);
    expect(specialties[0]!.responsibilities.map((i) => i.text)).toEqual(['Enable sales']);
  });

  it('reads a heading with its own grade under "## Specializations" as a level', () => {
    const page = `---\ntitle: Brand\n---\n## Levels\n\n### Brand Manager\n\n#### Brand Manager Job Grade\n\nThe Brand Manager is a grade 7.\n\n## Specializations\n\n### Brand Strategy\n\n#### Responsibilities\n\n- Strategise\n\n### Director, Certification Brand\n\n#### Director, Certification Brand Job Grade\n\nThe Director, Certification Brand is a grade 10.\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Brand Manager', 7],
      ['Director, Certification Brand', 10],
    ]);
    expect(g.families[0]!.specialties.map((s) => s.title)).toEqual(['Brand Strategy']);
  });

  it('reads "## Benefits" with shared requirements above graded level headings as a ladder, not a level', () => {
    const page = `---\ntitle: Rewards\n---\n## Benefits\n\n### Benefits Requirements\n\n- Benefits knowledge\n\n### Benefits Analyst\n\n#### Job Grade\n\nThe Benefits Analyst is a grade 6.\n\n### Manager, Benefits\n\n#### Job Grade\n\nThe Manager, Benefits is a grade 8.\n\n## Compensation\n\n### Compensation Requirements\n\n- Pay knowledge\n\n### Compensation Analyst\n\n#### Job Grade\n\nThe Compensation Analyst is a grade 6.\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Benefits Analyst', 6],
      ['Manager, Benefits', 8],
      ['Compensation Analyst', 6],
    ]);
    expect(byTitle(g, 'Benefits Analyst').ladder).toBe('Benefits');
    expect(byTitle(g, 'Compensation Analyst').ladder).toBe('Compensation');
  });

  it('keeps a graded level under "## Hiring Process" on the page\'s one ladder (a family section is no ladder)', () => {
    const page = `---\ntitle: Accounting\n---\n## Levels\n\n### Manager, Accounting\n\n#### Job Grade\n\nThe Manager, Accounting is a grade 8.\n\n## Hiring Process\n\n- Call\n\n### Director, Accounting\n\n#### Job Grade\n\nThe Director, Accounting is a grade 10.\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Manager, Accounting', 'Director, Accounting']);
    expect(byTitle(g, 'Director, Accounting').ladder).toBeUndefined();
  });
});

describe('grade sentences that name the page\'s role', () => {
  it('reads "### Compensation" whose paragraph ends "The Widget Intern is a grade 4" as text, and the grade as the one role\'s', () => {
    const page = `---\ntitle: Widget Intern\n---\nAn internship.\n\n## Criteria\n\n- Student\n\n### Compensation\n\nInterns are paid. Depending on the country, laws apply.\nThe Widget Intern is a grade 4 (/grades).\n\n## Responsibilities\n\n- Help\n\n## Requirements\n\n- Curious\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([['Widget Intern', 4]]);
  });
});

describe('a level named two ways', () => {
  it('reads "#### Lead Billing Analyst Job Grade" right under "### Lead Subscription Analyst" as that level\'s, with a warning, not as a second level', () => {
    const page = `---\ntitle: Billing\n---\n## Levels\n\n### Billing Operations Analyst\n\n#### Billing Operations Analyst Job Grade\n\nThe Billing Operations Analyst is a grade 6.\n\n### Lead Subscription Operations Analyst\n\nReports to the manager.\n\n#### Lead Billing Operations Analyst Job Grade\n\nThe Lead Billing Operations Analyst is a grade 7.\n\n#### Lead Billing Operations Analyst Responsibilities\n\n- Lead billing\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Billing Operations Analyst', 6],
      ['Lead Subscription Operations Analyst', 7],
    ]);
    expect(own(byTitle(g, 'Lead Subscription Operations Analyst').responsibilities)).toEqual(['Lead billing']);
    expect(codes(g)).toContain('level-name-differs');
  });
});

describe('sub-sections naming a level without a heading', () => {
  it('starts the level a "### Lead Analyst Job Grade" beside the level headings names, instead of giving it to the level before', () => {
    const page = `---\ntitle: Billing\n---\n## Levels\n\n### Senior Billing Analyst\n\n#### Senior Billing Analyst Job Grade\n\nThe Senior Billing Analyst is a grade 7.\n\n#### Senior Billing Analyst Responsibilities\n\n- Bill\n\n### Lead Billing Analyst Job Grade\n\nThe Lead Billing Analyst is a grade 8.\n\n### Lead Billing Analyst Responsibilities\n\n- Lead billing\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Senior Billing Analyst', 7],
      ['Lead Billing Analyst', 8],
    ]);
    expect(own(byTitle(g, 'Senior Billing Analyst').responsibilities)).toEqual(['Bill']);
    expect(codes(g)).not.toContain('grade-conflict');
  });

  it('reads "#### Senior Manager, X Job Grade" inside "### Manager, X" as the next level (a rank more), but "#### X Analyst Responsibilities" inside "### Senior X Analyst" as its own', () => {
    const page = `---\ntitle: Renewals\n---\n## Levels\n\n### Senior Renewals Analyst\n\n#### Senior Renewals Analyst Job Grade\n\nThe Senior Renewals Analyst is a grade 7.\n\n#### Renewals Analyst Responsibilities\n\n- Renew\n\n### Manager, Renewals\n\n#### Manager, Renewals Job Grade\n\nThe Manager, Renewals is a grade 8.\n\n#### Senior Manager, Renewals Job Grade\n\nThe Senior Manager, Renewals is a grade 9.\n\n#### Senior Manager, Renewals Responsibilities\n\n- Lead renewals\n`;
    const g = compileText('p.md', page);
    expect(grades(g)).toEqual([
      ['Senior Renewals Analyst', 7],
      ['Manager, Renewals', 8],
      ['Senior Manager, Renewals', 9],
    ]);
    expect(own(byTitle(g, 'Senior Renewals Analyst').responsibilities)).toEqual(['Renew']);
  });

  it('reads "is a grade [8]." as grade 8', () => {
    const g = compileText('p.md', `---\ntitle: Accounting\n---\n## Manager, Accounting\n\n### Job Grade\n\nManager, Accounting is a grade [8].\n\n### Responsibilities\n\n- Account\n`);
    expect(grades(g)).toEqual([['Manager, Accounting', 8]]);
  });
});

describe('grades in other wordings and places', () => {
  it('reads "is a level 11" under a Job Grade heading as grade 11', () => {
    const g = compileText('p.md', `---\ntitle: Ops\n---\n## Levels\n\n### Senior Director, Ops\n\n#### Senior Director, Ops Job Grade\n\nThe Senior Director, Ops is a [level 11](/grades).\n\n#### Senior Director, Ops Responsibilities\n\n- Run ops\n`);
    expect(grades(g)).toEqual([['Senior Director, Ops', 11]]);
  });

  it('reads a "### Job Grade" under "## Requirements" on a one-role page as the role\'s grade, not as a requirement', () => {
    const g = compileText('p.md', `---\ntitle: Chief of Staff\n---\n## Responsibilities\n\n- Plan\n\n## Requirements\n\n- Organised\n\n### Job Grade\n\nThe Chief of Staff is a grade 10.\n`);
    expect(grades(g)).toEqual([['Chief of Staff', 10]]);
    expect(own(byTitle(g, 'Chief of Staff').requirements)).toEqual(['Organised']);
  });
});

describe('levels under a "… Roles" heading', () => {
  it('reads the graded and the "extends"-with-a-list sub-headings of "## Support Management Roles" as levels, the rest as family text', () => {
    const page = `---\ntitle: Support Management\n---\n## Support Management Roles\n\n### Manager, Support\n\n#### Job Grade\n\nThe Manager, Support is a grade 8.\n\n#### What you can expect in a Manager, Support role at Acme\n\n- Lead support\n\n#### You should apply if\n\n- You led support\n\n### Director of Support\n\nThe Director of Support role extends the Manager, Support role\n\n- Lead managers\n- Plan support\n\n### Span of control\n\n- Eight people\n`;
    const g = compileText('p.md', page);
    expect(titles(g)).toEqual(['Manager, Support', 'Director of Support']);
    expect(own(byTitle(g, 'Manager, Support').responsibilities)).toEqual(['Lead support']);
    expect(own(byTitle(g, 'Manager, Support').requirements)).toEqual(['You led support']);
    expect(own(byTitle(g, 'Director of Support').responsibilities)).toEqual(['Lead managers', 'Plan support']);
    expect(g.families[0]!.sections.map((s) => s.title)).toContain('Span of control');
  });
});

describe('lists a level keeps in other places', () => {
  it('reads "An intern must:" and a list right under the level heading as its requirements', () => {
    const page = `---\ntitle: Data\n---\n## Levels\n\n### Data Intern\n\nAn intern is not required to meet the base lists.\nAn intern must:\n\n- Ask hard questions\n- Be curious\n\n#### What you'll do\n\n- Query data\n`;
    const g = compileText('p.md', page);
    expect(own(byTitle(g, 'Data Intern').requirements)).toEqual(['Ask hard questions', 'Be curious']);
    expect(own(byTitle(g, 'Data Intern').responsibilities)).toEqual(['Query data']);
  });

  it('reads "… Desirable Skills, Knowledge, and Experience" as the level\'s requirements', () => {
    const page = `---\ntitle: Globalization\n---\n## Director, Globalization\n\n### Job Grade\n\nThe Director, Globalization is a grade 10.\n\n### Director, Globalization Desirable Skills, Knowledge, and Experience\n\n- Fluent English\n`;
    expect(own(byTitle(compileText('p.md', page), 'Director, Globalization').requirements)).toEqual(['Fluent English']);
  });

  it('gives a "## Requirements" after a page\'s one level heading, at its depth, to that level', () => {
    const page = `---\ntitle: Accounting Operations\n---\nIntro.\n\n## Manager, Accounting Operations\n\n### Job Grade\n\nThe Manager, Accounting Operations is a grade 8.\n\n### Responsibilities\n\n- Close the books\n\n## Requirements\n\n- CPA\n\n## Hiring Process\n\n- Call\n`;
    const g = compileText('p.md', page);
    expect(own(byTitle(g, 'Manager, Accounting Operations').requirements)).toEqual(['CPA']);
    expect(codes(g)).toContain('section-beside-level');
  });
});

describe('bullets under a Job Grade heading', () => {
  it('reads bullets right after the grade sentence, on a level with no Responsibilities list, as its responsibilities', () => {
    const page = `---\ntitle: Social\n---\n## Levels\n\n### Director, Social\n\n#### Job Grade\n\nThe Director, Social is a grade 10 role.\n\n- Own the social strategy\n- Lead the social team\n\n#### Requirements\n\n- Social experience\n`;
    expect(own(byTitle(compileText('p.md', page), 'Director, Social').responsibilities)).toEqual(['Own the social strategy', 'Lead the social team']);
  });

  it('leaves bullets with a lead-in of their own ("For this role we expect:") out of the responsibilities', () => {
    const page = `---\ntitle: Support\n---\n## Support Representative\n\n### Job Grade\n\nThe Support Representative is a grade 5.\n\nFor a Support Representative role we expect:\n\n- Customer-facing experience\n`;
    expect(own(byTitle(compileText('p.md', page), 'Support Representative').responsibilities)).toEqual([]);
  });
});

describe('section words', () => {
  it('reads "Responsbilities" / "Responsibiliites" (with a warning), "Performance Indicators (PI)" and "Bonus", and keeps a level\'s "Hiring Process" list as text without a warning', () => {
    const page = `---\ntitle: Desk\n---\n## Levels\n\n### Desk Analyst\n\n#### Job Grade\n\nThe Desk Analyst is a grade 6.\n\n#### Desk Analyst Responsbilities\n\n- Answer tickets\n\n#### Performance Indicators (PI)\n\n- Tickets closed\n\n#### Bonus\n\n- Speaks Japanese\n\n#### Hiring Process\n\n- Call\n\n### Desk Manager\n\n#### Job Grade\n\nThe Desk Manager is a grade 8.\n\n#### Desk Manager Responsibiliites\n\n- Manage the desk\n`;
    const g = compileText('p.md', page);
    const analyst = byTitle(g, 'Desk Analyst');
    expect(own(analyst.responsibilities)).toEqual(['Answer tickets']);
    expect(own(analyst.performanceIndicators)).toEqual(['Tickets closed']);
    expect(analyst.niceToHave?.map((i) => i.text)).toEqual(['Speaks Japanese']);
    expect(own(byTitle(g, 'Desk Manager').responsibilities)).toEqual(['Manage the desk']);
    expect(codes(g).filter((c) => c === 'section-word-misspelt')).toHaveLength(2);
    expect(codes(g)).not.toContain('unknown-list-section');
  });
});
