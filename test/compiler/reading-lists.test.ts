// @vitest-environment node
// Reading rules for the structure of a level's lists (issue 9 §2): sub-headings that
// group the bullets of a list, and sub-headings that are lists of another kind.
import { describe, expect, it } from 'vitest';
import { compileText, roleByTitle as byTitle } from './helpers.ts';

const own = (items: { text: string; own: boolean }[] | undefined) => (items ?? []).filter((i) => i.own).map((i) => i.text);

describe('a sub-heading inside a list groups its bullets', () => {
  const level = (title: string, grade: number) =>
    `### ${title}\n\n#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n#### Responsibilities\n\nThe work is of two kinds.\n\n##### Directed Work\n\n- Write the minutes\n- Prepare the reviews\n\n##### Leadership Work\n\n- Run the planning\n- Coach the team\n- Act for the chief\n\n#### Requirements\n\n- Leadership experience\n\n`;
  const page = `---\ntitle: Chief of Staff\n---\n## Levels\n\n${level('Chief of Staff', 11)}${level('Senior Chief of Staff', 12)}`;

  it('counts the bullets under "##### Directed Work" and "##### Leadership Work" as the level\'s responsibilities, the headings as no items', () => {
    const g = compileText('p.md', page);
    const chief = byTitle(g, 'Chief of Staff');
    expect(own(chief.responsibilities)).toEqual(['Write the minutes', 'Prepare the reviews', 'Run the planning', 'Coach the team', 'Act for the chief']);
    expect(own(chief.requirements)).toEqual(['Leadership experience']);
    expect(own(byTitle(g, 'Senior Chief of Staff').responsibilities)).toHaveLength(5);
  });

  it('keeps the text under a group heading, after its title, as a section of the level', () => {
    const g = compileText('p.md', page.replace('##### Directed Work\n\n', '##### Directed Work\n\nWork the chief asks for.\n\n'));
    const section = byTitle(g, 'Chief of Staff').sections.find((s) => s.title === 'Directed Work');
    expect(section?.paragraphs.map((p) => p.text)).toEqual(['Work the chief asks for.']);
  });

  it('does the same for the family\'s own lists: "### General" and "### Technical" under "## Requirements" group its requirements', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widget Engineer\n---\n## Job Grade\n\nThe Widget Engineer is a grade 7.\n\n## Responsibilities\n\n- Build widgets\n\n## Requirements\n\n### General\n\n- Five years of widgets\n- Curiosity\n\n### Technical\n\n- Widget languages\n`,
    );
    expect(own(byTitle(g, 'Widget Engineer').requirements)).toEqual(['Five years of widgets', 'Curiosity', 'Widget languages']);
  });

  it('keeps a sub-heading that has lists of its own ("### Security" with "#### Requirements") as one item holding them', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widget Engineer\n---\n## Job Grade\n\nThe Widget Engineer is a grade 7.\n\n## Responsibilities\n\n- Build widgets\n\n### Security\n\n#### Requirements\n\n- Threat models\n\n## Requirements\n\n- Widgets\n`,
    );
    const responsibilities = byTitle(g, 'Widget Engineer').responsibilities;
    expect(responsibilities.map((i) => i.text)).toEqual(['Build widgets', 'Security']);
  });
});

describe('a sub-heading of another list kind inside a list section', () => {
  it('reads "### Preferred Requirements" under the page\'s "## Requirements" as nice-to-haves, not requirements', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widget Engineer\n---\n## Job Grade\n\nThe Widget Engineer is a grade 7.\n\n## Responsibilities\n\n- Build widgets\n\n## Requirements\n\n- Widgets\n- Gadgets\n\n### Preferred Requirements\n\n- Knows git\n`,
    );
    const engineer = byTitle(g, 'Widget Engineer');
    expect(own(engineer.requirements)).toEqual(['Widgets', 'Gadgets']);
    expect(own(engineer.niceToHave)).toEqual(['Knows git']);
  });

  it('reads "#### Desired Skills" under a level\'s Requirements as nice-to-haves', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widget Specialist\n---\n## Widget Specialist\n\n### Job Grade\n\nThe Widget Specialist is a grade 6.\n\n### Responsibilities\n\n- Build widgets\n\n### Requirements\n\n#### Required Skills/Experience\n\n- Two years of widgets\n- Good writing\n\n#### Desired Skills\n\n- Zendesk\n`,
    );
    const specialist = byTitle(g, 'Widget Specialist');
    expect(own(specialist.requirements)).toEqual(['Two years of widgets', 'Good writing']);
    expect(own(specialist.niceToHave)).toEqual(['Zendesk']);
  });
});

describe('a sub-heading whose list opens with an inheritance line naming its list', () => {
  it('reads "#### Distinguished Widget Architect" opening "Extends the Principal Widget Analyst requirements plus:" as the requirements', () => {
    const level = (title: string, grade: number) => `### ${title}\n\n#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n#### ${title} Responsibilities\n\n- ${title} duty\n\n#### ${title} Requirements\n\n- ${title} skill\n\n`;
    const page = `---\ntitle: Widget Analyst\n---\n## Levels\n\n${level('Principal Widget Analyst', 9)}### Distinguished Widgets\n\n#### Job Grade\n\nThe Distinguished Widgets is a grade 10.\n\n#### Distinguished Widgets Responsibilities\n\nExtends the Principal Widget Analyst responsibilities plus:\n\n- Advise the board\n\n#### Distinguished Widget Architect\n\nExtends the Principal Widget Analyst requirements plus:\n\n- 12 years of widgets\n- Thought leadership\n`;
    const g = compileText('p.md', page);
    const top = byTitle(g, 'Distinguished Widgets');
    expect(own(top.requirements)).toEqual(['12 years of widgets', 'Thought leadership']);
    expect(top.extends.requirements).toBe(byTitle(g, 'Principal Widget Analyst').id);
    expect(g.diagnostics.filter((d) => d.code === 'heading-kind-inferred').map((d) => d.line)).toEqual([page.split('\n').indexOf('#### Distinguished Widget Architect') + 1]);
  });

  it('leaves a sub-heading whose text only mentions requirements further down as an extra section', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widget Analyst\n---\n## Widget Analyst\n\n### Job Grade\n\nThe Widget Analyst is a grade 6.\n\n### Responsibilities\n\n- Duty\n\n### Tools we use\n\n- Widgetron\n- Gizmo (meets the requirements of the Senior Widget Analyst)\n`,
    );
    const analyst = byTitle(g, 'Widget Analyst');
    expect(own(analyst.requirements)).toEqual([]);
    expect(analyst.sections.map((s) => s.title)).toContain('Tools we use');
  });
});

describe('labels over a level\'s bullets', () => {
  const page = `---\ntitle: Deals\n---\n## Levels\n\n### Deals Manager\n\nYou will own the deal pipeline.\n\n#### Job Grade\n\nThe Deals Manager is a grade 8.\n\nProspecting:\n\n- Meet founders\n- Validate targets\n\nDeal execution:\n\n- Run diligence\n\n#### Requirements\n\n- Four years of deals\n- Valuation models\n- Preferred requirements:\n  - Open source familiarity\n  - DevOps familiarity\n- You share our values\n`;

  it('reads bullets under "Prospecting:" / "Deal execution:" labels right after the grade sentence as the level\'s responsibilities', () => {
    const manager = byTitle(compileText('p.md', page), 'Deals Manager');
    expect(own(manager.responsibilities)).toEqual(['Meet founders', 'Validate targets', 'Run diligence']);
  });

  it('reads the sub-bullets of a "Preferred requirements:" bullet as nice-to-haves, the label kept as text', () => {
    const manager = byTitle(compileText('p.md', page), 'Deals Manager');
    expect(own(manager.requirements)).toEqual(['Four years of deals', 'Valuation models', 'You share our values']);
    expect(own(manager.niceToHave)).toEqual(['Open source familiarity', 'DevOps familiarity']);
    expect(manager.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toContain('Preferred requirements:');
  });

  it('leaves bullets after a lead-in of their own ("For this role we expect:") in the grade section alone', () => {
    const manager = byTitle(compileText('p.md', page.replace('Prospecting:', 'For this role we expect the following of you, always:')), 'Deals Manager');
    expect(own(manager.responsibilities)).toEqual([]);
  });
});
