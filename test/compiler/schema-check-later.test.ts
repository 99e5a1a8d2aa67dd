// The dev server leaves the graph's schema check until an edit has reached the app
// (compilePages `checkSchema: false`, then `schemaProblem`): the graph comes out the
// same, and the check still finds what does not fit.
import { describe, expect, it } from 'vitest';
import { compilePages, schemaProblem } from '../../src/compiler/compile.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { SEEDS } from './helpers.ts';

describe('schema check after the compile', () => {
  it('gives the same graph on the seeds, which fits the schema', () => {
    const pages = readPages(SEEDS);
    const now = compilePages(pages).graph;
    const later = compilePages(pages, { checkSchema: false }).graph;
    expect(JSON.stringify(later)).toBe(JSON.stringify(now));
    expect(schemaProblem(later)).toBeNull();
  });

  it('names where a graph does not fit', () => {
    const graph = compilePages(readPages(SEEDS), { checkSchema: false }).graph;
    const broken = { ...graph, roles: graph.roles.map((r, i) => (i === 1 ? { ...r, title: 42 } : r)) } as unknown as typeof graph;
    expect(schemaProblem(broken)).toMatch(/^The graph does not fit the schema at roles\.1\.title: /);
  });
});
