// @vitest-environment node
// The accuracy harness's scoring (test/accuracy/score.ts) on a small page:
// level matching, each field, phantom roles, spurious promotions and the floor.
import { describe, expect, it } from 'vitest';
import { belowFloor, floorOf, matchLevels, scorePage, summarize, worstMismatches } from '../accuracy/score.ts';
import type { TruthLevel, TruthPage } from '../accuracy/truth.ts';
import { compileText } from './helpers.ts';

const PAGE = `---
title: Widget Analysis
---
## Levels
### Widget Analyst
The Widget Analyst is a grade 6.
#### Widget Analyst Responsibilities
- Count widgets
- Sort widgets
#### Widget Analyst Requirements
- Can count
### Senior Widget Analyst
The Senior Widget Analyst is a grade 7.
#### Senior Widget Analyst Responsibilities
- Extends the Widget Analyst responsibilities
- Forecast widgets
#### Senior Widget Analyst Requirements
- Extends the Widget Analyst requirements
### Manager, Widget Analysis
The Manager, Widget Analysis is a grade 8. Reports to the Director, Widgets.
#### Manager, Widget Analysis Responsibilities
- Manage a team of widget analysts
`;

function level(title: string, over: Partial<TruthLevel> = {}): TruthLevel {
  return {
    title,
    grade: null,
    track: 'ic',
    extends: { responsibilities: [], requirements: [] },
    reportsTo: [],
    counts: { responsibilities: 0, requirements: 0, niceToHave: 0 },
    ...over,
  };
}

const truth: TruthPage = {
  file: 'widgets.md',
  heldOut: false,
  levels: [
    level('Widget Analyst', { grade: 6, counts: { responsibilities: 2, requirements: 1, niceToHave: 0 } }),
    level('Senior Widget Analyst', {
      grade: 7,
      extends: { responsibilities: ['Widget Analyst'], requirements: ['Widget Analyst'] },
      counts: { responsibilities: 1, requirements: 0, niceToHave: 0 },
    }),
    level('Widget Analysis Manager', { grade: 8, track: 'management', reportsTo: ['Director, Widgets'], counts: { responsibilities: 1, requirements: 0, niceToHave: 0 } }),
    level('Principal Widget Analyst', { grade: 9 }),
  ],
  promotions: [
    ['Widget Analyst', 'Senior Widget Analyst'],
    ['Senior Widget Analyst', 'Principal Widget Analyst'],
  ],
};

/** The page compiled, plus a phantom rung (as a misread heading would give) with a promotion into it. */
function graphWithPhantom() {
  const graph = compileText('widgets.md', PAGE);
  const manager = graph.roles.find((r) => r.title === 'Manager, Widget Analysis')!;
  const phantom = { ...manager, id: 'widget-analysis/career-ladder', title: 'Widget Analysis Career Ladder', aliases: [] };
  graph.roles.push(phantom);
  graph.families[0]!.roles.push(phantom.id);
  graph.edges.push({ kind: 'promotion', source: manager.id, target: phantom.id });
  return graph;
}

describe('accuracy scoring', () => {
  const graph = graphWithPhantom();
  const score = scorePage(truth, graph);

  it('matches levels by word bag, one to one, whatever the word order', () => {
    const roles = graph.roles.filter((r) => r.familyId === 'widget-analysis');
    const matched = matchLevels(truth.levels, roles);
    expect(matched.get(2)?.title).toBe('Manager, Widget Analysis');
    expect(matched.has(3)).toBe(false);
  });

  it('counts each field over every expected level; a level not found is wrong everywhere', () => {
    expect(score.fields['levels found']).toEqual({ correct: 3, total: 4 });
    expect(score.fields.titles).toEqual({ correct: 3, total: 4 });
    expect(score.fields.grades).toEqual({ correct: 3, total: 4 });
    expect(score.fields['extends responsibilities']).toEqual({ correct: 3, total: 4 });
    expect(score.fields['reports-to']).toEqual({ correct: 3, total: 4 });
    expect(score.fields['count responsibilities']).toEqual({ correct: 3, total: 4 });
  });

  it('reports a compiled role matching no level as a phantom, and a promotion into it as spurious and its promotion as spurious', () => {
    expect(score.phantoms).toBe(1);
    expect(score.mismatches).toContainEqual({ page: 'widgets.md', level: 'Widget Analysis Career Ladder', field: 'phantom role', expected: 'no such level', got: 'Widget Analysis Career Ladder' });
    expect(score.fields['promotion steps found']).toEqual({ correct: 1, total: 2 });
    expect(score.spurious).toBe(score.fields['promotion steps not spurious'].total - score.fields['promotion steps not spurious'].correct);
  });

  it('lists a missing level once, not once per field', () => {
    expect(score.mismatches.filter((m) => m.level === 'Principal Widget Analyst').map((m) => m.field)).toEqual(['levels found']);
  });

  it('sums pages, ranks the worst first and holds a floor', () => {
    const perfect = scorePage({ ...truth, file: 'missing.md', levels: [], promotions: [] }, graph);
    expect(summarize([score, perfect]).fields.grades).toEqual({ correct: 3, total: 4 });
    expect(worstMismatches([perfect, score], 1)[0]!.page).toBe('widgets.md');
    expect(belowFloor(score, floorOf(score))).toEqual([]);
    const higher = floorOf(score);
    higher.fields.grades = 4;
    higher.phantoms = 0;
    expect(belowFloor(score, higher)).toEqual(['widgets.md: grades 3 < 4', 'widgets.md: phantom roles 1 > 0']);
  });

  it('tells "Senior Manager, X" from "Senior X Manager" (same words): an exact title wins over a word bag', () => {
    const page = `---
title: Digital Widgets
---
## Levels
### Senior Digital Widget Manager
The Senior Digital Widget Manager is a grade 7.
### Manager, Digital Widget
The Manager, Digital Widget is a grade 8. Reports to the Senior Manager, Digital Widget.
### Senior Manager, Digital Widget
The Senior Manager, Digital Widget is a grade 9.
`;
    const g = compileText('digital.md', page);
    const t: TruthPage = {
      file: 'digital.md',
      heldOut: false,
      levels: [
        level('Senior Digital Widget Manager', { grade: 7 }),
        level('Manager, Digital Widget', { grade: 8, track: 'management', reportsTo: ['Senior Manager, Digital Widget'] }),
        level('Senior Manager, Digital Widget', { grade: 9, track: 'management' }),
      ],
      promotions: [['Manager, Digital Widget', 'Senior Manager, Digital Widget']],
    };
    const s = scorePage(t, g);
    expect(s.fields['reports-to']).toEqual({ correct: 3, total: 3 });
    expect(s.fields['promotion steps found']).toEqual({ correct: 1, total: 1 });
  });
});
