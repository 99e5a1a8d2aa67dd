// @vitest-environment node
// Inheritance as real pages word it (issue 9 §2), each rule on a small made-up
// page: which level (or the family's own lists) each list builds on, and how the
// level a line names is found when the page spells it loosely.
import { describe, expect, it } from 'vitest';
import { kindsNamedIn, readInheritance } from '../../src/compiler/inheritance.ts';
import { sameWord } from '../../src/compiler/resolve.ts';
import type { Graph } from '../../src/model/schema.ts';
import { compilePages } from '../../src/compiler/compile.ts';
import { compileText, roleByTitle as byTitle } from './helpers.ts';

/** What each list of a role builds on, as titles ("@family" for the family's own lists). */
const builds = (g: Graph, title: string) => {
  const role = byTitle(g, title);
  const name = (id: string) => (g.families.some((f) => f.id === id) ? '@family' : (g.roles.find((r) => r.id === id)?.title ?? id));
  const of = (kind: string) => [...new Set(role.inheritance.filter((i) => i.section === kind && i.target !== null).map((i) => name(i.target!)))];
  return { responsibilities: of('responsibilities'), requirements: of('requirements') };
};
const diagnostics = (g: Graph, code: string) => g.diagnostics.filter((d) => d.code === code);

/** A level with a grade and one duty and one skill, plus whatever its lists start with. */
function level(title: string, grade: number, opts: { intro?: string; resp?: string; req?: string } = {}): string {
  return [
    `### ${title}`,
    opts.intro ?? '',
    `#### ${title} Job Grade`,
    `The ${title} is a grade ${grade}.`,
    `#### ${title} Responsibilities`,
    `${opts.resp ?? ''}\n- ${title} duty`,
    `#### ${title} Requirements`,
    `${opts.req ?? ''}\n- ${title} skill`,
    '',
  ].join('\n\n');
}
const page = (body: string, intro = '') => `---\ntitle: Widgets\n---\n${intro}\n\n${body}`;
const familyLists = '## Responsibilities\n\n- Family duty\n\n## Requirements\n\n- Family skill\n\n';

describe('wordings', () => {
  it.each([
    ['The Senior Data Scientist has all of the responsibilities of an Intermediate Data Scientist, plus:', 'named', 'Intermediate Data Scientist'],
    ['The Senior Data Scientist meets all of the requirements of an Intermediate Data Scientist, plus:', 'named', 'Intermediate Data Scientist'],
    ['This role includes all of the elements of the Widget Program Manager plus:', 'named', 'Widget Program Manager'],
    ['Meets the requirements of the Intermediate Widget Architect (WA) role and the following requirements:', 'named', 'Intermediate Widget Architect (WA)'],
    ['Fulfill the requirements of Corporate Secretary.', 'named', 'Corporate Secretary'],
    ['This role extends the Widget Response Team Manager role by adding vision and strategy.', 'named', 'Widget Response Team Manager'],
    ['Extends to the responsibilities of a Major Widget Executive', 'named', 'Major Widget Executive'],
    ['The Senior Widget Engineer has all the same responsibilities as the intermediate position plus the following:', 'named', 'intermediate'],
    ['The Senior Widget Engineer has all the same requirements as the ones outlined above plus the following:', 'above', null],
    ['The Junior Widget Analyst Requirements extend the Requirements section above and include:', 'above', null],
    ['All responsibilities listed below (applicable to all roles) plus:', 'family', null],
    ['Beyond the Senior Widget Engineer requirements:', 'named', 'Senior Widget Engineer'],
    ['Expands on the Widget Analyst role:', 'named', 'Widget Analyst'],
    ['This role builds on the Senior Widget Analyst role, plus:', 'named', 'Senior Widget Analyst'],
    ['The Principal Widget Manager role builds upon the Senior Widget Manager role by bringing expertise', 'named', 'Senior Widget Manager'],
    ['Everything in the Senior Widget Designer role, plus:', 'named', 'Senior Widget Designer'],
    ['A Widget Engineer is expected to meet the base requirements and execute their responsibilities with care.', 'family', null],
    ['The responsibilities of the Junior Widget Analyst are listed in the Responsibilities section above.', 'above', null],
    ['Perform all non-IC responsibilities of a Group Manager of Widgets', 'named', 'Group Manager of Widgets'],
    ['Extends the Intermediate Widget Specialist with the addition of the following:', 'named', 'Intermediate Widget Specialist'],
    ['Extends that of the Widget Project Coordinator,plus the following', 'named', 'Widget Project Coordinator'],
    ['Extends the Senior Widget Manager while also leading the Widget Team', 'named', 'Senior Widget Manager'],
    ['Everything under Senior Widget Administrator" plus the following items:', 'named', 'Senior Widget Administrator'],
  ])('"%s" → %s %s', (line, target, name) => {
    expect(readInheritance(line)).toEqual({ target, name });
  });

  it('a list named after "but without" is an exception, not what the line inherits', () => {
    expect(kindsNamedIn('The Junior X role extends the X role but without the specific experience requirement.')).toEqual([]);
    expect(kindsNamedIn('Extends the X requirements, but with a focus on Y responsibilities')).toEqual(['requirements']);
  });

  it('a whole-role sentence with a "but without … requirement" clause builds both lists on its target', () => {
    const g = page(
      `${familyLists}## Levels\n\n${level('Widget Administrator', 6)}${level('Senior Widget Administrator', 7, {
        intro: 'The Senior Widget Administrator role extends the Widget Administrator role but without the specific experience requirement.',
      })}`,
    );
    expect(builds(compileText('p.md', g), 'Senior Widget Administrator')).toEqual({ responsibilities: ['Widget Administrator'], requirements: ['Widget Administrator'] });
  });
});

describe('"all roles share the following" above the levels', () => {
  const intro = 'Unless otherwise specified, all Widget Engineering roles at GitLab share the following responsibilities and requirements:';
  const body = `${familyLists}## Levels\n\n${level('Widget Engineer', 6)}${level('Senior Widget Engineer', 7, { resp: '- Extends the Widget Engineer responsibilities', req: '- Extends the Widget Engineer requirements' })}`;

  it('makes a level with lists of its own and no inheritance line build on the family\'s lists too', () => {
    const g = compileText('p.md', page(body, intro));
    expect(builds(g, 'Widget Engineer')).toEqual({ responsibilities: ['@family'], requirements: ['@family'] });
    expect(byTitle(g, 'Widget Engineer').responsibilities.map((i) => [i.text, i.own])).toEqual([
      ['Family duty', false],
      ['Widget Engineer duty', true],
    ]);
    // A level that names what it builds on keeps that (and gets the family's items through it).
    expect(builds(g, 'Senior Widget Engineer')).toEqual({ responsibilities: ['Widget Engineer'], requirements: ['Widget Engineer'] });
    expect(byTitle(g, 'Senior Widget Engineer').responsibilities.map((i) => i.text)).toEqual(['Family duty', 'Widget Engineer duty', 'Senior Widget Engineer duty']);
  });

  it('is found at the end of a long intro paragraph too', () => {
    const long = `${'Widget engineers collaborate with designers, product managers and the wider community on widgets of every size. '.repeat(4)}${intro}`;
    expect(builds(compileText('p.md', page(body, long)), 'Widget Engineer')).toEqual({ responsibilities: ['@family'], requirements: ['@family'] });
  });

  it('without that sentence, a level with its own lists builds on nothing', () => {
    const g = compileText('p.md', page(body));
    expect(builds(g, 'Widget Engineer')).toEqual({ responsibilities: [], requirements: [] });
  });

  it('without that sentence, the family\'s list is the base of a level with no section of that kind, unless the level says it need not meet it', () => {
    const levels = [
      '### Widget Lead\n\n#### Job Grade\n\nThe Widget Lead is a grade 7.\n\n#### Responsibilities\n\n- Lead duty\n',
      '### Widget Head\n\n#### Job Grade\n\nThe Widget Head is a grade 8.\n\n#### Responsibilities\n\n- Head duty\n\n#### Requirements\n\nSee the competency framework.\n',
      '### Widget Intern\n\nAn intern is not required to meet the base Widget requirements, but is keen to grow towards them.\n\n#### Responsibilities\n\n- Learn widgets\n',
    ];
    const g = compileText('p.md', page(`${familyLists}## Levels\n\n${levels.join('\n')}`));
    expect(builds(g, 'Widget Lead')).toEqual({ responsibilities: [], requirements: ['@family'] });
    expect(builds(g, 'Widget Head')).toEqual({ responsibilities: [], requirements: [] });
    expect(builds(g, 'Widget Intern')).toEqual({ responsibilities: [], requirements: [] });
  });
});

describe('finding the level a line names', () => {
  it('a name made of the family title\'s words ("AVP" on the "Area Vice President, Widget Sales" page) is the family\'s own list', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Area Vice President, Widget Sales\n---\n${familyLists}## Segment\n\n### Area Vice President (Public Sector)\n\n#### Area Vice President (Public Sector) Responsibilities\n\n- Extends that of the AVP Responsibilities\n- Sells to agencies\n`,
    );
    expect(builds(g, 'Area Vice President (Public Sector)').responsibilities).toEqual(['@family']);
  });

  it('a level named by its rank alone ("the intermediate position") is the one level of that rank', () => {
    const g = compileText(
      'p.md',
      page(
        `${level('Widget Engineer (Intermediate)', 6)}${level('Senior Widget Engineer', 7, {
          resp: 'The Senior Widget Engineer has all the same responsibilities as the intermediate position plus the following:',
        })}`,
      ),
    );
    expect(builds(g, 'Senior Widget Engineer').responsibilities).toEqual(['Widget Engineer (Intermediate)']);
  });

  it('"the ones outlined above" on a page without a family list of that kind is the level before', () => {
    const g = compileText(
      'p.md',
      page(`${level('Widget Engineer (Intermediate)', 6)}${level('Senior Widget Engineer', 7, { req: 'The Senior Widget Engineer has all the same requirements as the ones outlined above plus the following:' })}`),
    );
    expect(builds(g, 'Senior Widget Engineer').requirements).toEqual(['Widget Engineer (Intermediate)']);
  });

  it('"Junior" names the "Associate" level, resolved with a warning', () => {
    const g = compileText('p.md', page(`${level('Associate Widget Partner Manager', 5)}${level('Widget Partner Manager (Intermediate)', 6, { resp: '- Extends that of the Junior Widget Partner Manager responsibilities' })}`));
    expect(builds(g, 'Widget Partner Manager (Intermediate)').responsibilities).toEqual(['Associate Widget Partner Manager']);
    expect(diagnostics(g, 'reference-approximate')[0]).toMatchObject({ severity: 'warning', line: expect.any(Number) });
  });

  it('a misspelt word ("Parnter") still names the level spelt in the same word order, with a warning', () => {
    const g = compileText(
      'p.md',
      page(`${level('Widget Partner Manager (Intermediate)', 6)}${level('Manager, Widget Partner Managers', 8)}${level('Senior Manager, Widget Partner Managers', 9, { resp: '- Extends that of the Manager, Widget Parnter Managers responsibilities' })}`),
    );
    expect(builds(g, 'Senior Manager, Widget Partner Managers').responsibilities).toEqual(['Manager, Widget Partner Managers']);
    expect(diagnostics(g, 'reference-approximate').map((d) => [d.severity, d.message])).toEqual([['warning', '"Manager, Widget Parnter Managers" was read as "Manager, Widget Partner Managers".']]);
  });

  it('one typo apart is the same word; two, or short words, are not', () => {
    expect(sameWord('parnter', 'partner')).toBe(true);
    expect(sameWord('secratary', 'secretary')).toBe(true);
    expect(sameWord('adminstrator', 'administrator')).toBe(true);
    expect(sameWord('analyst', 'analysis')).toBe(false);
    expect(sameWord('lead', 'load')).toBe(false);
  });

  it('a level that "extends" itself in the line opening its list means the level before, with a warning', () => {
    const g = compileText('p.md', page(`${level('Associate Widget Manager', 5)}${level('Widget Manager (Intermediate)', 6, { req: '- Extends that of the Widget Manager (Intermediate) Requirements' })}`));
    expect(builds(g, 'Widget Manager (Intermediate)').requirements).toEqual(['Associate Widget Manager']);
    expect(diagnostics(g, 'extends-self')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('read as the level before, Associate Widget Manager') });
  });

  it('a level extending itself after items of its own (a level heading probably lost) is not followed', () => {
    const g = compileText('p.md', page(`${level('Associate Widget Manager', 5)}${level('Widget Manager', 6, { req: '- Own skill\n- Extends that of the Widget Manager requirements' })}`));
    expect(builds(g, 'Widget Manager').requirements).toEqual([]);
    expect(diagnostics(g, 'extends-self')[0]?.message).toContain('nothing was inherited');
  });
});

describe('a level on another page', () => {
  const other = (file: string, title: string) => ({ file, content: `---\ntitle: ${title}\n---\n## Levels\n\n${level('Manager, Widget Success', 8)}` });
  const mine = {
    file: 'sales/widget-engineer.md',
    content: `---\ntitle: Widget Engineering\n---\n## Levels\n\n${level('Manager, Widget Engineering', 8, {
      resp: '- Extends the responsibilities of [Manager, WS](/job-families/sales/widget-success/#manager-widget-success) by:',
      req: '- Extends the requirements of [Manager, Widget Success](/job-families/sales/widget-success/)',
    })}`,
  };

  it('is found through the line\'s link: by its anchor, else by name on the linked page', () => {
    const g = compilePages([mine, other('sales/widget-success.md', 'Widget Success'), other('marketing/widget-success-copy.md', 'Widget Success Copy')]).graph;
    const manager = byTitle(g, 'Manager, Widget Engineering');
    expect(manager.extends).toEqual({ responsibilities: 'widget-success/manager-widget-success', requirements: 'widget-success/manager-widget-success' });
    expect(manager.responsibilities.map((i) => [i.text, i.own])).toEqual([
      ['Manager, Widget Success duty', false],
      ['Manager, Widget Engineering duty', true],
    ]);
  });

  it('a name using another page\'s abbreviation ("Manager, WSM") is found on the page that defines it, reported as approximate', () => {
    const definer = { file: 'sales/widget-success-management.md', content: `---\ntitle: Widget Success Management\n---\n## Levels\n\n${level('Widget Success Manager (WSM)', 6)}${level('Manager, Widget Success Managers', 8)}` };
    const leader = { file: 'sales/widget-success-leadership.md', content: `---\ntitle: Widget Success Leadership\n---\n## Levels\n\n${level('Director of Widget Success', 10, { resp: '- Extends the Manager, WSM responsibilities' })}` };
    const g = compilePages([definer, leader]).graph;
    expect(byTitle(g, 'Director of Widget Success').extends.responsibilities).toBe('widget-success-management/manager-widget-success-managers');
    expect(diagnostics(g, 'reference-approximate').map((d) => d.message)).toEqual(['"Manager, WSM" was read as "Manager, Widget Success Managers" (Widget Success Management).']);
  });

  it('a page of the same name in another folder is not the linked page', () => {
    const g = compilePages([mine, other('marketing/widget-success.md', 'Widget Success')]).graph;
    const manager = byTitle(g, 'Manager, Widget Engineering');
    // The requirements line names the level exactly, so it is still found by name (any page); the abbreviation "WS" is not.
    expect(manager.extends.responsibilities).toBeNull();
    expect(diagnostics(g, 'extends-unresolved').map((d) => d.message)).toEqual([expect.stringContaining('"Manager, WS"')]);
    expect(manager.extends.requirements).toBe('widget-success/manager-widget-success');
  });
});

describe('loud when an inheritance line is not followed', () => {
  it('a line that reads like inheritance outside any level\'s lists (a section not read as a level) is a warning at its line', () => {
    const text = page(`${level('Widget Analyst', 6)}## Territories\n\nThe public sector team:\n\n- Extends that of the Widget Analyst responsibilities\n- Holds a clearance\n`);
    const warned = diagnostics(compileText('p.md', text), 'inheritance-not-understood');
    expect(warned.map((d) => [d.severity, d.line])).toEqual([['warning', text.split('\n').findIndex((l) => l.startsWith('- Extends that of')) + 1]]);
    expect(warned[0]!.message).toContain('not in a level\'s Responsibilities or Requirements list');
  });

  it('new wordings that are still not understood inside a level\'s list are reported too', () => {
    const g = compileText('p.md', page(`${level('Widget Analyst', 6)}${level('Senior Widget Analyst', 7, { resp: '- The Senior Widget Analyst role extends' })}`));
    expect(diagnostics(g, 'inheritance-not-understood').map((d) => d.line)).toHaveLength(1);
  });

  it('the verb "Extend" in an ordinary bullet, and a sentence read from a later line of a paragraph, raise nothing', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: VP of Widgets\n---\n## Responsibilities\n\n- Extend and translate creative concepts into widgets\n\n## Job Grade\n\nThe VP of Widgets is a grade 12.\nThis role extends the Senior Director, Widgets role.  It expands the role to cover\nall widgets.\n`,
    );
    expect(diagnostics(g, 'inheritance-not-understood')).toEqual([]);
  });

  it('understood lines and "the corresponding level" overlays of a specialty raise nothing', () => {
    const g = compileText(
      'p.md',
      page(`## Levels\n\n${level('Widget Analyst', 6)}${level('Senior Widget Analyst', 7, { resp: '- Extends the Widget Analyst responsibilities' })}## Specialties\n\n### Public Sector\n\n#### Requirements\n\nIn addition to the corresponding Widget Analyst level requirements:\n\n- Holds a clearance\n`),
    );
    expect(diagnostics(g, 'inheritance-not-understood')).toEqual([]);
  });
});

describe('a list right under a level heading', () => {
  it('introduced by "This role includes all of the elements of X plus:" is the level\'s own responsibilities, built on X', () => {
    const manager = `### Manager, Widget Program\n\nAs the Manager, Widget Program, you build the function.\n\nThis role includes all of the elements of the Widget Program Manager plus:\n\n- Define the widget vision\n- Grow the team\n\n#### Job Grade\n\nThe Manager, Widget Program is a grade 8.\n\n#### Manager, Widget Program Requirements\n\n- Led a team\n`;
    const g = compileText('p.md', page(`${level('Widget Program Manager', 7)}${manager}`));
    expect(builds(g, 'Manager, Widget Program')).toEqual({ responsibilities: ['Widget Program Manager'], requirements: ['Widget Program Manager'] });
    expect(byTitle(g, 'Manager, Widget Program').responsibilities.map((i) => [i.text, i.own])).toEqual([
      ['Widget Program Manager duty', false],
      ['Define the widget vision', true],
      ['Grow the team', true],
    ]);
  });

  it('after ordinary prose, on a level with a Responsibilities section of its own, is not counted as responsibilities', () => {
    const g = compileText('p.md', page(`### Widget Lead\n\nThe Widget Lead works with:\n\n- Sales\n- Support\n\n#### Job Grade\n\nThe Widget Lead is a grade 7.\n\n#### Responsibilities\n\n- Lead widgets\n`));
    expect(byTitle(g, 'Widget Lead').responsibilities.map((i) => i.text)).toEqual(['Lead widgets']);
  });
});

describe('lines in other places', () => {
  it('an inheritance line in a "Nice to have" list that names its list sets what that list builds on and is not a nice-to-have', () => {
    const manager = `### Manager, Widgets\n\n#### Job Grade\n\nThe Manager, Widgets is a grade 8.\n\n#### Responsibilities\n\n- Manage widgets\n\n#### Nice to Have\n\n- Coaching experience\n- Extends that of the Senior Widget Analyst Requirements\n- CPA\n`;
    const g = compileText('p.md', page(`${level('Senior Widget Analyst', 7)}${manager}`));
    expect(builds(g, 'Manager, Widgets').requirements).toEqual(['Senior Widget Analyst']);
    expect(byTitle(g, 'Manager, Widgets').niceToHave?.map((i) => i.text)).toEqual(['Coaching experience', 'CPA']);
  });

  it('a one-role page\'s grade section saying "This role extends the X role." (a later sentence) builds both lists on X', () => {
    const director = { file: 'eng/senior-director.md', content: `---\ntitle: Widget Leadership\n---\n## Levels\n\n${level('Senior Director, Widgets', 11)}` };
    const vp = {
      file: 'eng/vp.md',
      content: `---\ntitle: VP of Widgets\n---\n## Responsibilities\n\n- Drive widgets\n\n## Job Grade\n\nThe VP of Widgets is a grade 12.\nThis role extends the [Senior Director, Widgets](/job-families/eng/senior-director/) role.  It expands the role to cover\nall widgets.\n`,
    };
    const g = compilePages([director, vp]).graph;
    expect(builds(g, 'VP of Widgets')).toEqual({ responsibilities: ['Senior Director, Widgets'], requirements: ['Senior Director, Widgets'] });
    // The line map points at the line the sentence is on, not the paragraph's first line.
    expect(byTitle(g, 'VP of Widgets').inheritance[0]?.line).toBe(vp.content.split('\n').findIndex((l) => l.startsWith('This role extends')) + 1);
    expect(byTitle(g, 'VP of Widgets').responsibilities.map((i) => [i.text, i.own])).toEqual([
      ['Senior Director, Widgets duty', false],
      ['Drive widgets', true],
    ]);
  });

  it('"the previous level" is the next lower grade when the page describes the intermediate level first', () => {
    const g = compileText(
      'p.md',
      page(`${level('Widget Manager', 6)}${level('Associate Widget Manager', 5)}${level('Senior Widget Manager', 7, { req: 'This role includes all of the requirements of the previous level, plus:' })}`),
    );
    expect(builds(g, 'Senior Widget Manager').requirements).toEqual(['Widget Manager']);
  });
});
