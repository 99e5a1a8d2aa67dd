import { describe, expect, it } from 'vitest';
import { layoutLadder, NODE_HEIGHT, NODE_WIDTH } from '@/model/layout';
import { columnExtents, familySummaries, firstViewport, gradeSpanLabel, LONG_TITLE, MIN_TEXT_PX, NODE_DETAIL_PX, READABLE_ZOOM, shortTitle } from '@/model/ladder-view';
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
    const fallback = firstViewport(layout, 'nope', { width: 390, height: 600 });
    expect(fallback.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(fallback.x + layout.columns[0]!.x * fallback.zoom).toBeCloseTo(24);
    const v = firstViewport(layout, 'family-0', { width: 390, height: 600 });
    // too tall to fit: the band with the most roles on screen, showing some of the family
    const screen = { width: 390, height: 600 };
    const onScreen = (view: { x: number; y: number; zoom: number }) =>
      layout.roles.filter((p) => {
        const x = view.x + p.x * view.zoom;
        const y = view.y + p.y * view.zoom;
        return x >= 0 && x + NODE_WIDTH * view.zoom <= screen.width && y >= 0 && y + NODE_HEIGHT * view.zoom <= screen.height;
      });
    const shown = onScreen(v);
    expect(shown.some((p) => p.column.startsWith('family-0:'))).toBe(true);
    const topAligned = { ...v, y: 24 - layout.rows[0]!.y * v.zoom };
    expect(shown.length).toBeGreaterThanOrEqual(onScreen(topAligned).length);
  });

  it('shows every role in view, centred, when they fit', () => {
    const layout = layoutLadder(smallGraph, { families: [OPS] });
    const v = firstViewport(layout, OPS, { width: 1400, height: 1000 });
    const ys = layout.roles.map((p) => v.y + p.y * v.zoom);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys) + NODE_HEIGHT * v.zoom;
    expect(top).toBeCloseTo(1000 - bottom);
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

describe('columnExtents (the coarse level\'s bars)', () => {
  it('draws a column\'s numbered grades and its "Grade unknown" roles as separate bars', () => {
    const layout = layoutLadder(smallGraph);
    const bars = columnExtents(layout).filter((b) => b.column === `${CSM}:management`);
    const unknownLane = layout.rows.find((r) => r.slot === null)!;
    expect(bars.map((b) => b.key)).toEqual([`${CSM}:management`, `${CSM}:management:unknown`]);
    expect(bars[0]!.top).toBeGreaterThan(unknownLane.y + NODE_HEIGHT);
    expect(bars[1]).toMatchObject({ top: unknownLane.y, bottom: unknownLane.y + NODE_HEIGHT });
  });
});
