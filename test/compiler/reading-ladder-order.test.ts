// Promotion steps where a page's order, titles and reporting lines place the levels
// (issue 9 §2 "Promotions", round 2): ungraded levels, levels side by side, roles off
// the ladder, a Director of another area, a move into management the page states.
// Small made-up pages.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/schema.ts';
import { compileText } from './helpers.ts';
import { ladderPage as page, level, promotions } from './ladder-page.ts';

const reports = (title: string, grade: number | null, manager: string) => level(title, grade, `The ${title} reports to the ${manager}.\n\n`);
const trackOf = (g: Graph, title: string) => g.roles.find((r) => r.title === title)?.track;

describe('levels without a grade', () => {
  it('an ungraded Director after the Senior Manager sits above it, not beside it', () => {
    const g = page(level('Manager, Widgets', 8), level('Senior Manager, Widgets', 9), level('Director of Widgets', null), level('VP of Widgets', null));
    expect(promotions(g)).toEqual(['director-of-widgets → vp-of-widgets', 'manager-widgets → senior-manager-widgets', 'senior-manager-widgets → director-of-widgets']);
  });

  it('an ungraded level is placed by the level before it on its own track, not by an individual contributor between', () => {
    const g = page(level('Manager, Widgets, Global Reporting', 8), level('Global Reporting Widget Manager', 8, 'This is an individual contributor role.\n\n'), level('Director, Widgets', null), level('Senior Director, Widgets', null));
    expect(promotions(g)).toEqual(['director-widgets → senior-director-widgets', 'manager-widgets-global-reporting → director-widgets']);
  });

  it('an ungraded level of a lower rank listed after the top of the ladder is not placed: no step into or out of it', () => {
    const g = page(level('Manager, Widgets', 8), level('Senior Manager, Widgets', 9), level('Director of Widgets', null), level('VP of Widgets', null), level('Director of Widget Readiness', null));
    expect(promotions(g).filter((p) => p.includes('readiness'))).toEqual([]);
  });

  it('an internship without a grade before the graded levels is no rung; a graded one is', () => {
    expect(promotions(page(level('Widget Analyst Intern', null), level('Junior Widget Analyst', 5), level('Widget Analyst', 6)))).toEqual(['junior-widget-analyst → widget-analyst']);
    expect(promotions(page(level('Widget Analyst Intern', 5), level('Widget Analyst', 6)))).toEqual(['widget-analyst-intern → widget-analyst']);
  });
});

describe('roles off the ladder', () => {
  it('a Chief of Staff beside the Senior Director is no rung below the VPs', () => {
    const g = page(level('VP of Widget Design', 12), level('VP of Widget Management', 12), level('Senior Director of Widget Management', 11), level('Chief of Staff - Widgets', 11, 'This is a senior leadership role, leading the Widget Program Management team.\n\n'));
    expect(trackOf(g, 'Chief of Staff - Widgets')).toBe('management');
    expect(promotions(g).filter((p) => p.startsWith('chief-of-staff'))).toEqual([]);
    expect(promotions(g)).toContain('senior-director-of-widget-management → vp-of-widget-management');
  });
});

describe('individual contributors side by side', () => {
  it('one level below two different ones, neither carrying on its title: the page does not say which follows', () => {
    const g = page(level('Widget Coordinator', 5), level('Widget Evangelist', 6), level('Widget Campaign Manager', 6), level('Senior Widget Campaign Manager', 7));
    expect(promotions(g)).toEqual(['widget-campaign-manager → senior-widget-campaign-manager']);
  });

  it('…but where one of them carries it on, both are steps (one column of a matrix)', () => {
    const g = page(level('Widget Benefits Analyst', 6), level('Senior Widget Benefits Analyst', 7), level('Senior Widget Benefits Program Manager', 7));
    expect(promotions(g)).toEqual(['widget-benefits-analyst → senior-widget-benefits-analyst', 'widget-benefits-analyst → senior-widget-benefits-program-manager']);
  });

  it('a variant of the level carried on ("Public Sector …") steps up with it', () => {
    const g = page(level('Inside Widget Representative', 6), level('Public Sector Inside Widget Representative', 6), level('Senior Inside Widget Representative', 7));
    expect(promotions(g)).toEqual(['inside-widget-representative → senior-inside-widget-representative', 'public-sector-inside-widget-representative → senior-inside-widget-representative']);
  });

  it('a variant that builds on a level of its grade ("Public Sector …" extends the plain one) sits beside it, not above it; a ranked one above', () => {
    const variant = level('Public Sector Inside Widget Representative', 6).replace('- Public Sector Inside Widget Representative duty', '- Extends the Inside Widget Representative responsibilities\n- Serve agencies');
    const lead = level('Lead Inside Widget Representative', 6).replace('- Lead Inside Widget Representative duty', '- Extends the Inside Widget Representative responsibilities\n- Coach the team');
    expect(promotions(page(level('Inside Widget Representative', 6), variant, level('Senior Inside Widget Representative', 7)))).toEqual([
      'inside-widget-representative → senior-inside-widget-representative',
      'public-sector-inside-widget-representative → senior-inside-widget-representative',
    ]);
    expect(promotions(page(level('Inside Widget Representative', 6), lead))).toEqual(['inside-widget-representative → lead-inside-widget-representative']);
  });

  it('between leaders a title restricts nothing: every Director may become the Senior Director', () => {
    const g = page(level('Director, Widget Systems', 10), level('Director, Widget Applications', 10), level('Senior Director, Widget Applications', 11));
    expect(promotions(g)).toEqual(['director-widget-applications → senior-director-widget-applications', 'director-widget-systems → senior-director-widget-applications']);
  });
});

describe('reporting lines that place a level', () => {
  it('levels reporting to the Director of their own area (not on the page) do not step up to the Director of another area', () => {
    const g = page(reports('Manager, Widget Filings', 8, 'Director, Widget Filings'), reports('Senior Manager, Widget Filings', 9, 'Director, Widget Filings'), level('Director, Record to Report', 10));
    expect(promotions(g)).toEqual(['manager-widget-filings → senior-manager-widget-filings']);
  });

  it('reporting to a VP of another organisation takes no step away', () => {
    const g = page(reports('Director, Widget Strategy', 10, 'VP, Field Operations'), reports('Senior Director, Widget Strategy', 11, 'VP, Field Operations'), level('Vice President, Widget Strategy', 12));
    expect(promotions(g)).toContain('senior-director-widget-strategy → vice-president-widget-strategy');
  });

  it('reporting to the entry manager links the tracks, but not across two or more grades left out', () => {
    expect(promotions(page(reports('Widget Analyst', 6, 'Director, Widgets'), reports('Senior Widget Analyst', 7, 'Director, Widgets'), level('Director, Widgets', 10)))).toEqual(['widget-analyst → senior-widget-analyst']);
    expect(promotions(page(reports('Widget Analyst', 6, 'Manager, Widgets'), reports('Senior Widget Analyst', 7, 'Manager, Widgets'), level('Manager, Widgets', 9)))).toContain('senior-widget-analyst → manager-widgets');
  });
});

describe('a move into management the page states', () => {
  it('"Staff and Principal X may shift … to a grade 8 or grade 9 people manager role": each to the manager of its grade, the IC ladder kept', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widgets\n---\n## Levels\n\n${level('Senior Widget Media Manager', 7)}${level('Staff Widget Media Manager', 8)}${level('Principal Widget Media Manager', 9)}${level('Manager, Widget Media', 8)}${level('Senior Manager, Widget Media', 9)}#### Career Ladder\n\n- Individual contributor roles will move from one job grade to the next for career advancement\n- Staff and Principal Widget Media Managers may shift toward team leadership or people management by moving to a grade 8 or grade 9 people manager role\n`,
    );
    expect(promotions(g)).toEqual([
      'manager-widget-media → senior-manager-widget-media',
      'principal-widget-media-manager → senior-manager-widget-media',
      'senior-widget-media-manager → staff-widget-media-manager',
      'staff-widget-media-manager → manager-widget-media',
      'staff-widget-media-manager → principal-widget-media-manager',
    ]);
  });
});

describe('tracks: a reporting line matched by its words, not its rank', () => {
  it('"reports to the Senior Manager, Widget Campaigns" matched to "Senior Widget Campaign Manager, All-Widget" does not make that level a manager', () => {
    const g = page(reports('Widget Campaign Manager', 6, 'Senior Manager, All-Widget Campaigns'), reports('Senior Campaign Manager, All-Widget', 7, 'Director, Widgets'), level('Director, Widgets', 10));
    expect(trackOf(g, 'Senior Campaign Manager, All-Widget')).toBe('individual-contributor');
  });

  it('"reports to the Manager, Widget Strategy" still makes "Widget Strategy Manager" a manager (the same rank, other word order)', () => {
    const g = page(reports('Widget Strategy Analyst', 6, 'Manager, Widget Strategy'), level('Widget Strategy Manager', 8));
    expect(trackOf(g, 'Widget Strategy Manager')).toBe('management');
  });

  it('"X Manager" beside "Manager, X" (or "Manager, Lead X Manager") names the individual contributor; without one it still leads people', () => {
    const g = page(level('Widget Contract Manager', 6), level('Senior Widget Contract Manager', 7), level('Manager, Lead Widget Contract Manager', 8));
    expect([trackOf(g, 'Widget Contract Manager'), trackOf(g, 'Senior Widget Contract Manager'), trackOf(g, 'Manager, Lead Widget Contract Manager')]).toEqual(['individual-contributor', 'individual-contributor', 'management']);
    expect(trackOf(page(level('Widget Contract Manager', 8), level('Director, Widget Contracts', 10)), 'Widget Contract Manager')).toBe('management');
  });

  it('"this type of role is equivalent to a manager level" says it is not one', () => {
    const g = page(level('Widget Audit Manager', 8, 'In the market, this type of role is equivalent to a manager level due to the influence over widget strategy.\n\n'));
    expect(trackOf(g, 'Widget Audit Manager')).toBe('individual-contributor');
  });

  it('a leader rank in brackets in another name of the level ("#### Field Widget CISO (Senior Director)") leads people', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n## Levels\n\n### Field Widget CISO\n\n#### Field Widget CISO (Senior Director)\n\nThe role is a grade 11.\n\n#### Field Widget CISO (Senior Director) Responsibilities\n\n- Advise customers\n`);
    expect(g.roles.find((r) => !r.external)?.track).toBe('management');
  });

  it('"Engineering Manager Widgets" leads people', () => {
    expect(trackOf(page(level('Widget Engineer', 6), level('Engineering Manager Widgets', 8)), 'Engineering Manager Widgets')).toBe('management');
  });
});

describe('ladders kept apart on one page', () => {
  it('meet in a later group of leaders graded above them all ("## Leadership"), and in leaders listed after the groups', () => {
    const g = compileText(
      'p.md',
      `---\ntitle: Widgets\n---\n## Gears\n\n${level('Gear Analyst', 6)}${level('Manager, Gears', 8)}## Sprockets\n\n${level('Sprocket Analyst', 6)}${level('Manager, Sprockets', 8)}## Leadership\n\n${level('Senior Manager, Widgets', 9)}${level('Director, Widgets', 10).replace(/^###/gm, '##').replace(/^####/gm, '###')}`,
    );
    expect(promotions(g)).toEqual(
      expect.arrayContaining(['manager-gears → senior-manager-widgets', 'manager-sprockets → senior-manager-widgets', 'senior-manager-widgets → director-widgets']),
    );
    expect(promotions(g)).not.toContain('manager-gears → manager-sprockets');
  });

  it('stay apart where their grades overlap', () => {
    const g = compileText('p.md', `---\ntitle: Widgets\n---\n## Gears\n\n${level('Gear Analyst', 7)}${level('Manager, Gears', 8)}## Sprockets\n\n${level('Manager, Sprockets', 8)}${level('Senior Manager, Sprockets', 9)}`);
    expect(promotions(g)).toEqual(['gear-analyst → manager-gears', 'manager-sprockets → senior-manager-sprockets']);
  });
});

