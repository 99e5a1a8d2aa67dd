// Promotion steps as a page owner would draw them (issue 9 §2 "Promotions"): the step
// from the individual-contributor ladder into management only where the page links
// the tracks, and explicit next-step statements as edges. Small made-up pages.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/schema.ts';
import { compileText } from './helpers.ts';

function level(title: string, grade: number | null, extra = ''): string {
  const gradeText = grade === null ? '' : `#### Job Grade\n\nThe ${title} is a grade ${grade}.\n\n`;
  return `### ${title}\n\n${extra}${gradeText}#### Responsibilities\n\n- ${title} duty\n\n`;
}

const page = (...levels: string[]) => compileText('p.md', `---\ntitle: Widgets\n---\n## Levels\n\n${levels.join('')}`);
const promotions = (g: Graph) =>
  g.edges
    .filter((e) => e.kind === 'promotion')
    .map((e) => `${e.source.split('/')[1]} → ${e.target.split('/')[1]}`)
    .sort();

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
