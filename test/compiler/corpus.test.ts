// @vitest-environment node
// The whole real handbook corpus (286 pages): compiles without throwing, with
// warnings only, into a graph that fits the schema, with the shares a user relies on.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../src/model/schema.ts';
import { compileFolder } from './helpers.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/gitlab-job-families', import.meta.url));

describe.skipIf(!existsSync(CORPUS))('the GitLab job-family corpus', () => {
  it('builds with warnings only, fits the schema, and finds grades and inheritance', () => {
    const graph = compileFolder(CORPUS);
    expect(graph.families.length).toBe(286);
    expect(graph.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(graphSchema.safeParse(graph).success).toBe(true);
    const roles = graph.roles.filter((r) => !r.external);
    expect(roles.length).toBeGreaterThan(800);
    expect(roles.filter((r) => r.grade !== null).length / roles.length).toBeGreaterThan(0.8);
    const lines = roles.flatMap((r) => r.inheritance).filter((i) => i.section !== 'performanceIndicators');
    expect(lines.filter((i) => i.target !== null).length / lines.length).toBeGreaterThan(0.75);
    // Departments come from sub-folders.
    expect(new Set(graph.families.map((f) => f.department))).toContain('engineering');
  }, 120_000);
});
