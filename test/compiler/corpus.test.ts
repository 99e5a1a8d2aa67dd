// @vitest-environment node
// A whole real handbook (the folder RUNGS_CORPUS names; CI's has 286 pages):
// compiles without throwing, with warnings only, into a graph that fits the
// schema, one family per page, with the shares a user relies on. Skipped when
// RUNGS_CORPUS is not set (`npm test` says so in its totals line).
import { describe, expect, it } from 'vitest';
import { readPages } from '../../src/compiler/read-pages.ts';
import { graphSchema } from '../../src/model/schema.ts';
import { corpusFolder } from '../corpus.ts';
import { compileFolder } from './helpers.ts';

const CORPUS = corpusFolder();

describe.skipIf(CORPUS === null)('a real handbook (RUNGS_CORPUS)', () => {
  it('builds with warnings only, fits the schema, and finds grades and inheritance', () => {
    const pages = readPages(CORPUS!);
    const graph = compileFolder(CORPUS!);
    expect(graph.families.length).toBe(pages.length);
    expect(graph.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(graphSchema.safeParse(graph).success).toBe(true);
    const roles = graph.roles.filter((r) => !r.external);
    expect(roles.length).toBeGreaterThan(2 * pages.length); // pages of a real handbook describe several levels
    expect(roles.filter((r) => r.grade !== null).length / roles.length).toBeGreaterThan(0.8);
    const lines = roles.flatMap((r) => r.inheritance).filter((i) => i.section !== 'performanceIndicators');
    expect(lines.filter((i) => i.target !== null).length / lines.length).toBeGreaterThan(0.75);
    // Departments come from sub-folders.
    const folders = new Set(pages.filter((p) => p.file.includes('/')).map((p) => p.file.split('/')[0]));
    expect(new Set(graph.families.map((f) => f.department).filter(Boolean))).toEqual(folders);
  }, 120_000);
});
