import { describe, expect, it } from 'vitest';
import { layoutLadder, NODE_HEIGHT } from '@/model/layout';
import { familySummaries, firstViewport, gradeSpanLabel, LONG_TITLE, MIN_TEXT_PX, NODE_DETAIL_PX, READABLE_ZOOM, shortTitle } from '@/model/ladder-view';
import { manyFamilies, smallGraph } from './fixtures';

const CSM = 'customer-success-management';
const OPS = 'customer-success-operations';

describe('shortTitle', () => {
  it('keeps a title that fits', () => {
    expect(shortTitle({ title: 'Senior CSM', aliases: [] }, 'Customer Success Management')).toBe('Senior CSM');
  });
  it('drops the family name from a long title, so siblings stay apart', () => {
    const family = 'Customer Success Operations';
    const titles = ['Customer Success Operations Analyst (Associate)', 'Customer Success Operations Analyst (Intermediate)', 'Customer Success Operations Analyst (Senior)'];
    const short = titles.map((title) => shortTitle({ title, aliases: [] }, family));
    expect(short).toEqual(['Analyst (Associate)', 'Analyst (Intermediate)', 'Analyst (Senior)']);
    expect(shortTitle({ title: 'Senior Manager, Customer Success Strategy and Planning', aliases: [] }, 'Customer Success Strategy and Planning')).toBe('Senior Manager');
  });
  it('drops the words that joined the family name, never leaving "… of" or "… and"', () => {
    expect(shortTitle({ title: 'Senior Director of Strategy and Operations', aliases: [] }, 'Strategy and Operations')).toBe('Senior Director');
    expect(shortTitle({ title: 'VP, Business Development and Strategic Partnerships', aliases: [] }, 'Strategic Partnerships')).toBe('VP, Business Development');
  });
  it('prefers the shortest alias the page gives', () => {
    expect(shortTitle({ title: 'Customer Success Manager (CSM) (Intermediate) of Things', aliases: ['CSM (Intermediate)', 'Customer Success Manager (Intermediate)'] }, 'Other')).toBe('CSM (Intermediate)');
  });
  it('keeps a long title when nothing shorter says the same', () => {
    const title = 'Principal Distinguished Engineer of Everything Important';
    expect(title.length).toBeGreaterThan(LONG_TITLE);
    expect(shortTitle({ title, aliases: [] }, 'Engineering')).toBe(title);
    expect(shortTitle({ title, aliases: [] }, undefined)).toBe(title);
  });
});

describe('zoom and legibility', () => {
  it('shows role boxes only at zooms where their smallest text is at least 12 px', () => {
    expect(NODE_DETAIL_PX * READABLE_ZOOM).toBeCloseTo(MIN_TEXT_PX);
  });

  it('opens on the asked family, legible, its highest grades in view', () => {
    const layout = layoutLadder(smallGraph);
    const screen = { width: 1200, height: 700 };
    const v = firstViewport(layout, OPS, screen);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(v.zoom).toBeLessThanOrEqual(1);
    const ops = layout.columns.filter((c) => c.familyId === OPS);
    // the family's left edge is at the margin, on screen
    expect(v.x + ops[0]!.x * v.zoom).toBeCloseTo(24);
    for (const p of layout.roles.filter((r) => r.column.startsWith(OPS))) {
      const top = v.y + p.y * v.zoom;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top + NODE_HEIGHT * v.zoom).toBeLessThanOrEqual(screen.height);
    }
  });

  it('falls back to the first family, and never zooms below legibility on a small screen', () => {
    const layout = layoutLadder(manyFamilies(10));
    const v = firstViewport(layout, 'nope', { width: 390, height: 600 });
    expect(v.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(v.x + layout.columns[0]!.x * v.zoom).toBeCloseTo(24);
    // too tall to fit: the top row is at the margin
    expect(v.y + layout.rows[0]!.y * v.zoom).toBeCloseTo(24);
  });
});

describe('familySummaries (the coarse level)', () => {
  it('gives each family its span, grade range and counts', () => {
    const layout = layoutLadder(smallGraph);
    const [csm, ops, external] = familySummaries(smallGraph, layout);
    expect(csm).toMatchObject({ familyId: CSM, grades: { low: 5, high: 8 }, roles: 6, individualContributors: 4, managers: 2, gradeUnknown: 1 });
    expect(ops).toMatchObject({ familyId: OPS, grades: { low: 6, high: 8 }, roles: 3 });
    expect(external).toMatchObject({ familyId: null, title: 'Outside these pages', grades: null, roles: 1 });
    expect(gradeSpanLabel(csm!)).toBe('Grades 5–8');
    expect(gradeSpanLabel(external!)).toBe('Grade unknown');
    expect(gradeSpanLabel({ grades: { low: 7, high: 7 } })).toBe('Grade 7');
    // spans follow the columns and do not overlap
    expect(ops!.x).toBeGreaterThanOrEqual(csm!.x + csm!.width);
  });
});
