// @vitest-environment node
// Name resolution of reporting lines (issue 9 round 2): a reference that is not a
// level's name is not snapped to a level that merely shares its words.
import { describe, expect, it } from 'vitest';
import { bareRank, closeNames, compoundParts, differentShape, splitWide } from '../../src/compiler/names.ts';
import { splitManagers } from '../../src/compiler/reporting.ts';
import type { Graph } from '../../src/model/schema.ts';
import { compileText, roleByTitle as byTitle } from './helpers.ts';

const none = new Map<string, string>();

const reportsTo = (g: Graph, title: string) => byTitle(g, title).reportsTo.map((id) => g.roles.find((r) => r.id === id)?.title ?? id);

function level(title: string, grade: number, reports: string): string {
  return `### ${title}\n\nThe ${title} reports to the ${reports}.\n\n#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n#### Responsibilities\n\n- ${title} duty\n\n`;
}

describe('close names', () => {
  it('a shorter name leaves words off the start or the end of a level name, not out of its middle', () => {
    expect(closeNames('Manager, Billing', 'Manager, Billing Operations', none)).toBe(true);
    expect(closeNames('Director, People Operations', 'Director, Global People Operations', none)).toBe(true);
    expect(closeNames('Manager, Widget Sector Sales', 'Manager, Widget Sector Inside Sales', none)).toBe(false);
  });

  it('a rank word of "Manager" and a rank word of the thing managed make different titles', () => {
    expect(differentShape('Senior Manager, Widget Campaigns', 'Senior Widget Campaign Manager', none)).toBe(true);
    expect(differentShape('Senior Manager, Widget Strategy', 'Widget Strategy Senior Manager', none)).toBe(false);
    expect(differentShape('Manager, Inside Widgets', 'Inside Widgets Manager', none)).toBe(false);
  });
});

describe('reporting lines by name', () => {
  it('"Senior Manager, X Campaigns" is not the level "Senior Campaign Manager, X": it stays an external role', () => {
    const g = compileText(
      'widgets.md',
      `---\ntitle: Widget Marketing\n---\n\n## Levels\n\n` +
        level('Widget Campaign Manager', 6, 'Senior Manager, Widget Campaigns') +
        level('Senior Campaign Manager, Widgets', 7, 'Director, Widgets') +
        level('Director, Widgets', 10, 'CMO'),
    );
    expect(reportsTo(g, 'Widget Campaign Manager')).toEqual(['Senior Manager, Widget Campaigns']);
    expect(byTitle(g, 'Senior Campaign Manager, Widgets').track).toBe('individual-contributor');
  });

  it('"Senior Manager, X" is the level "X Senior Manager" (the rank belongs to Manager in both)', () => {
    const g = compileText(
      'strategy.md',
      `---\ntitle: Widget Strategy\n---\n\n## Levels\n\n` +
        level('Widget Strategy Analyst', 6, 'Senior Manager, Widget Strategy') +
        level('Widget Strategy Senior Manager', 9, 'Director, Widget Strategy'),
    );
    expect(reportsTo(g, 'Widget Strategy Analyst')).toEqual(['Widget Strategy Senior Manager']);
  });

  it('a manager named without a word from the middle of a level title is not that level', () => {
    const g = compileText(
      'sector.md',
      `---\ntitle: Widget Sector Inside Sales\n---\n\n## Levels\n\n` +
        level('Widget Sector Inside Sales Representative', 5, 'Manager, Widget Sector Inside Sales') +
        level('Senior Widget Sector Inside Sales Representative', 6, 'Manager, Widget Sector Sales') +
        level('Manager, Widget Sector Inside Sales', 8, 'Federal Widget Director'),
    );
    expect(reportsTo(g, 'Widget Sector Inside Sales Representative')).toEqual(['Manager, Widget Sector Inside Sales']);
    expect(reportsTo(g, 'Senior Widget Sector Inside Sales Representative')).toEqual(['Manager, Widget Sector Sales']);
    expect(byTitle(g, 'Senior Widget Sector Inside Sales Representative').external).toBe(false);
    expect(g.roles.find((r) => r.title === 'Manager, Widget Sector Sales')?.external).toBe(true);
  });

  it('a level title beats another level of the same page that only names it (a sub-heading copied from that level)', () => {
    const g = compileText(
      'billing.md',
      `---\ntitle: Widget Billing\n---\n\n## Levels\n\n` +
        level('Senior Manager, Widget Billing', 9, 'Director, Widget Billing & Collections') +
        `### Director, Widget Billing and Collections\n\nThe Director, Widget Billing and Collections reports to the CFO.\n\n#### Job Grade\n\nThe Director, Widget Billing and Collections is a grade 10.\n\n#### Responsibilities\n\n- Direct\n\n` +
        `### Senior Director, Widget Billing and Collections\n\nThe Senior Director, Widget Billing and Collections reports to the CFO.\n\n#### Job Grade\n\nThe Senior Director, Widget Billing and Collections is a grade 11.\n\n#### Responsibilities\n\n- Direct more\n\n#### Director, Widget Billing and Collections Requirements\n\n- Know more\n\n`,
    );
    expect(reportsTo(g, 'Senior Manager, Widget Billing')).toEqual(['Director, Widget Billing and Collections']);
  });

  it('a compound title is also known by each title it is made of', () => {
    expect(compoundParts('Chief Widget Officer, Head of Widget Affairs, and Widget Secretary')).toEqual(['Chief Widget Officer', 'Head of Widget Affairs', 'Widget Secretary']);
    expect(compoundParts('Director, Widget Billing and Collections')).toEqual([]);
    const g = compileText(
      'widget-legal.md',
      `---\ntitle: Widget Legal\n---\n\n## Levels\n\n` +
        level('Director, Widget Contracts', 10, 'Chief Widget Officer') +
        level('Chief Widget Officer, Head of Widget Affairs, and Widget Secretary', 15, 'CEO'),
    );
    expect(reportsTo(g, 'Director, Widget Contracts')).toEqual(['Chief Widget Officer, Head of Widget Affairs, and Widget Secretary']);
  });

  it('in a list of managers only a bare rank takes the shared tail: "IT Manager" already names its area', () => {
    expect(bareRank('Sr. Manager')).toBe(true);
    expect(bareRank('IT Manager')).toBe(false);
    expect(splitManagers('IT Manager or Sr IT Manager or IT Director, Widget Architecture')).toEqual(['IT Manager', 'Sr IT Manager', 'IT Director, Widget Architecture']);
    expect(splitManagers('Manager or Senior Manager, Widget Strategy')).toEqual(['Manager, Widget Strategy', 'Senior Manager, Widget Strategy']);
    expect(splitWide('Widget Manager & Senior Manager, Widget Analytics')).toEqual(['Widget Manager', 'Senior Manager, Widget Analytics']);
    expect(splitWide('Manager & Senior Manager, Widget Analytics')).toEqual(['Manager, Widget Analytics', 'Senior Manager, Widget Analytics']);
    expect(splitWide('Principal Widget Analyst/Manager, Widget Technology')).toEqual(['Principal Widget Analyst, Widget Technology', 'Manager, Widget Technology']);
  });
});

describe('"Additional Responsibilities"', () => {
  const lvl = (title: string, grade: number, heading: string) => `### ${title}\n\n#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n#### ${heading}\n\n- ${title} duty\n\n`;
  const ext = (g: Graph, title: string) => {
    const e = byTitle(g, title).extends.responsibilities;
    return e === null ? null : (g.roles.find((r) => r.id === e)?.title ?? e);
  };

  it('adds to the level before on a page without family lists, to the level a specialty is named after', () => {
    const g = compileText(
      'widgets.md',
      `---\ntitle: Widget Support\n---\n\n## Levels\n\n` +
        lvl('Widget Rep', 5, 'Responsibilities') +
        lvl('Senior Widget Rep', 6, 'Additional Responsibilities') +
        lvl('Director of Widgets', 10, 'Responsibilities') +
        lvl('Federal Widget Manager', 8, 'Responsibilities') +
        lvl('Director of Widget Readiness', 10, 'Additional Responsibilities for Director of Widget Readiness'),
    );
    expect(ext(g, 'Senior Widget Rep')).toBe('Widget Rep');
    expect(ext(g, 'Director of Widget Readiness')).toBe('Director of Widgets');
    expect(ext(g, 'Widget Rep')).toBe(null);
  });

  it('adds to the family list where the page has one', () => {
    const g = compileText(
      'widgets.md',
      `---\ntitle: Widget Pay\n---\n\n## Responsibilities\n\n- Shared duty\n\n## Levels\n\n` +
        lvl('Widget Analyst', 5, 'Responsibilities') +
        lvl('Widget Partner', 7, 'Additional Responsibilities'),
    );
    expect(byTitle(g, 'Widget Partner').inheritance.map((i) => [i.section, i.target])).toEqual([['responsibilities', g.families[0]!.id]]);
  });
});

describe('a list of managers with some linked', () => {
  it('keeps the unlinked ones: "a UX Widget Manager or [Widget Design Manager](…)"', () => {
    const g = compileText(
      'widgets.md',
      `---\ntitle: Widget Engineering\n---\n\n## Levels\n\n### Widget Engineer\n\nA Widget Engineer reports to a UX Widget Manager or [Widget Design Manager](#widget-design-manager).\n\n#### Job Grade\n\nThe Widget Engineer is a grade 6.\n\n#### Responsibilities\n\n- Build\n\n### Widget Design Manager\n\n#### Job Grade\n\nThe Widget Design Manager is a grade 8.\n\n#### Responsibilities\n\n- Lead\n\n`,
    );
    expect(reportsTo(g, 'Widget Engineer')).toEqual(['UX Widget Manager', 'Widget Design Manager']);
  });
});

