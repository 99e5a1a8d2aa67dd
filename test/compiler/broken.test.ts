// @vitest-environment node
// Broken pages (test/fixtures/broken/<case>/): each gets a diagnostic with file and
// line, and the graph keeps everything else, with unique, stable ids.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePages } from '../../src/compiler/compile.ts';
import { graphSchema, type Diagnostic, type Graph } from '../../src/model/schema.ts';
import { compileFolder, FIXTURES } from './helpers.ts';

const broken = (name: string) => compileFolder(join(FIXTURES, 'broken', name));
const diag = (g: Graph, code: string): Diagnostic => {
  const found = g.diagnostics.find((d) => d.code === code);
  if (!found) throw new Error(`no ${code} in ${g.diagnostics.map((d) => d.code).join(', ')}`);
  return found;
};
const valid = (g: Graph) => expect(graphSchema.safeParse(g).success).toBe(true);

describe('broken pages', () => {
  it('no front matter: title from the first heading, with a warning', () => {
    const g = broken('no-front-matter');
    valid(g);
    expect(g.families[0]!.title).toBe('Data Engineer');
    expect(diag(g, 'no-title')).toMatchObject({ file: 'data-engineer.md', line: 1, severity: 'warning' });
    expect(g.roles[0]).toMatchObject({ title: 'Data Engineer', grade: 6 });
  });

  it('no title: the file name, not a section heading like "Levels"', () => {
    const g = broken('no-title');
    expect(g.families[0]!.title).toBe('People Analytics');
    expect(g.families[0]!.description).toBe('A page whose front matter has no title');
  });

  it('malformed YAML: an error with its line, the title recovered from the broken block, the body still read', () => {
    const g = broken('bad-yaml');
    valid(g);
    expect(diag(g, 'bad-front-matter')).toMatchObject({ file: 'writer.md', severity: 'error' });
    expect(diag(g, 'bad-front-matter').line).toBeGreaterThan(1);
    expect(g.families[0]!.title).toBe('Broken YAML');
    expect(g.roles[0]!.responsibilities.map((i) => i.text)).toEqual(['Write docs']);
  });

  it('not UTF-8: read as Latin-1 with a warning, text kept', () => {
    const g = broken('not-utf8');
    expect(diag(g, 'not-utf8')).toMatchObject({ file: 'cafe.md', line: 1, severity: 'warning' });
    expect(g.families[0]!.title).toBe('Café Staff');
    expect(g.roles[0]!.responsibilities[0]!.text).toBe('Make café au lait');
  });

  it('empty file: a warning and an empty family, no crash', () => {
    const g = broken('empty');
    valid(g);
    expect(diag(g, 'empty-file')).toMatchObject({ file: 'empty.md', line: 1 });
    expect(g.families[0]!.roles).toEqual([]);
  });

  it('duplicate level names and duplicate family titles: unique, stable ids', () => {
    const levels = broken('duplicate-levels');
    expect(levels.roles.map((r) => [r.id, r.grade])).toEqual([
      ['support/support-engineer', 6],
      ['support/support-engineer-2', 7],
    ]);
    expect(diag(levels, 'duplicate-level')).toMatchObject({ line: 17, related: { file: 'support.md', line: 7 } });
    const families = broken('duplicate-families');
    expect(families.families.map((f) => [f.id, f.source.file])).toEqual([
      ['design', 'design-a.md'],
      ['design-2', 'design-b.md'],
    ]);
    expect(diag(families, 'duplicate-family')).toMatchObject({ file: 'design-b.md', related: { file: 'design-a.md', line: 1 } });
  });

  it('Extends cycle, self-extension, missing target: diagnostics with lines, own items kept', () => {
    const cycle = broken('cycle');
    expect(diag(cycle, 'extends-cycle')).toMatchObject({ severity: 'error', file: 'loop.md', line: 18 });
    expect(cycle.roles.find((r) => r.id === 'loop/beta')!.responsibilities.map((i) => i.text)).toContain('Do beta things');
    expect(diag(broken('self-extension'), 'extends-self')).toMatchObject({ file: 'mirror.md', line: 11 });
    const missing = broken('missing-target');
    expect(diag(missing, 'extends-unresolved')).toMatchObject({ file: 'orphans.md', line: 15, severity: 'warning' });
    expect(missing.roles[0]!.responsibilities.map((i) => i.text)).toEqual(['Look after things']);
  });

  it('grade that is not a number, and two grades in one level', () => {
    const vague = broken('grade-not-number');
    expect(diag(vague, 'grade-not-number')).toMatchObject({ file: 'vague.md', line: 11 });
    expect(vague.roles[0]!.grade).toBeNull();
    const twice = broken('two-grades');
    expect(twice.roles[0]!.grade).toBe(6);
    expect(diag(twice, 'grade-conflict')).toMatchObject({ line: 13, related: { file: 'twice.md', line: 9 } });
  });

  it('a level with no sections, and headings that skip depths', () => {
    const hollow = broken('no-sections');
    expect(diag(hollow, 'level-without-sections')).toMatchObject({ file: 'hollow.md', line: 7 });
    expect(hollow.roles.map((r) => r.title)).toEqual(['Hollow Role', 'Solid Role']);
    const skipper = broken('skipped-depths');
    expect(diag(skipper, 'heading-skips-depth')).toMatchObject({ severity: 'info' });
    expect(skipper.roles[0]!.responsibilities.map((i) => i.text)).toEqual(['Skip depths']);
  });

  it('very long lines and a 400 KB page are read whole; a 5 MB page is refused, named, and kept as text', () => {
    const page = (words: number, count: number) => {
      const items = Array.from({ length: count }, (_, i) => `- Responsibility number ${i} ${'detail '.repeat(14)}`).join('\n');
      return `---\ntitle: Huge\n---\n${'word '.repeat(words)}\n\n## Levels\n\n### Huge Role\n\n#### Job Grade\n\nThe Huge Role is a grade 7.\n\n#### Responsibilities\n\n${items}\n`;
    };
    const big = page(30_000, 2_000);
    expect(big.length).toBeGreaterThan(400_000);
    const read = compilePages([{ file: 'big.md', content: big }]).graph;
    expect(read.roles[0]!.responsibilities).toHaveLength(2_000);
    expect(read.families[0]!.intro[0]!.text.length).toBeGreaterThan(140_000);

    const huge = page(40_000, 40_000);
    expect(huge.length).toBeGreaterThan(5_000_000);
    const refused = compilePages([{ file: 'huge.md', content: huge }]).graph;
    expect(refused.diagnostics.find((d) => d.code === 'page-too-large')).toMatchObject({ file: 'huge.md', severity: 'error', line: 1 });
    expect(refused.families[0]).toMatchObject({ title: 'Huge' });
    expect(JSON.stringify(refused.families[0]!.sections)).toContain('Responsibility number 39999');
  }, 120_000);

  it('a folder with thousands of pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rungs-many-'));
    for (let d = 0; d < 10; d++) {
      mkdirSync(join(dir, `dept-${d}`));
      for (let i = 0; i < 200; i++) {
        writeFileSync(
          join(dir, `dept-${d}`, `family-${i}.md`),
          `---\ntitle: Family ${d}-${i}\n---\n## Levels\n### Engineer\nThe Engineer is a grade 6.\n#### Responsibilities\n- Build ${i}\n### Senior Engineer\nThe Senior Engineer is a grade 7.\n#### Responsibilities\n- Extends the Engineer responsibilities\n- Lead ${i}\n`,
        );
      }
    }
    const g = compileFolder(dir);
    expect(g.families).toHaveLength(2000);
    expect(new Set(g.roles.map((r) => r.id)).size).toBe(4000);
    expect(g.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(g.roles.find((r) => r.id === 'family-3-17/senior-engineer')!.responsibilities.map((i) => i.text)).toEqual(['Build 17', 'Lead 17']);
  }, 120_000);
});
