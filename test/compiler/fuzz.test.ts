// @vitest-environment node
// Property-based tests (fast-check) over generated and mutated job-family pages:
// the compiler never throws, always returns a graph that fits the schema, and keeps
// every list item of the input somewhere in the graph. A fixed, small number of
// cases runs in `npm test`; `npm run fuzz` runs many more (FUZZ_RUNS, default 2000).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePages } from '../../src/compiler/compile.ts';
import { graphSchema, type Graph } from '../../src/model/schema.ts';
import { NEIGHBOUR } from './adversarial-pages.ts';
import { SEEDS } from './helpers.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
// Generous per-test time: long runs on a busy machine must not fail on the clock.
const TIMEOUT = 120_000 + RUNS * 400;
const settings = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const RANKS = ['Associate', 'Intermediate', 'Senior', 'Staff', 'Principal', 'Manager', 'Senior Manager', 'Director', 'VP', 'Vice President'];
const DOMAINS = ['Customer Success', 'Backend Engineer', 'Data Analyst', 'Program Manager', 'CSM', 'Security', 'Café Ops', 'Ünïcödé Team'];
const NOISE = ['', ' ', '  ', '*', '**bold**', '`code`', '<b>html</b>', '<script>window.__x=1</script>', '[link](https://example.com)', '[bad](javascript:alert(1))', 'â€™', '\u202e', '>5m', '&amp;', '\\', '|', '#'];

const levelName = fc.tuple(fc.constantFrom(...RANKS), fc.constantFrom(...DOMAINS), fc.option(fc.constantFrom('(CSM)', '(Intermediate)', '(Associate)'), { nil: undefined })).map(([r, d, p]) => [r, d, p].filter(Boolean).join(' '));

/** An item carries a unique token so the test can find it in the graph. */
function itemLine(token: string, noise: string, indent: string, bullet: string): string {
  return `${indent}${bullet} ${noise} Item ${token} ${noise}`.trimEnd();
}

interface Generated {
  text: string;
  tokens: string[];
}

const page: fc.Arbitrary<Generated> = fc
  .record({
    frontMatter: fc.constantFrom('title: "Fuzz Family"', 'title: Fuzz Job Family\ndescription: d', '', 'title: "broken', 'title: [1, 2'),
    withLevelsHeading: fc.boolean(),
    levels: fc.array(
      fc.record({
        name: levelName,
        grade: fc.constantFrom('[Grade 6](/x)', 'a grade 7 (/x)', 'job grade [level 5](/x)', 'grade TBD', 'grade 8.5', ''),
        headingStyle: fc.constantFrom('bare', 'prefixed', 'missing-word', 'deep'),
        sections: fc.array(
          fc.record({
            kind: fc.constantFrom('Responsibilities', 'Requirements', 'Performance Indicators', 'Job Grade', 'Nice to have'),
            extendsTarget: fc.option(fc.oneof(levelName, fc.constant('Nobody At All')), { nil: undefined }),
            items: fc.array(fc.record({ noise: fc.constantFrom(...NOISE), children: fc.nat({ max: 2 }), bullet: fc.constantFrom('-', '*', '+', '1.') }), { maxLength: 5 }),
          }),
          { maxLength: 4 },
        ),
        reportsTo: fc.option(levelName, { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    trailer: fc.constantFrom('', '## Hiring Process\n\n- Screening call\n', '## Career Ladder\n\nFlows into the [X](/job-families/sales/x/) Job Family.\n', '<div>raw</div>\n'),
  })
  .map((spec) => {
    const tokens: string[] = [];
    let n = 0;
    const lines: string[] = [];
    if (spec.frontMatter !== '') lines.push('---', spec.frontMatter, '---', '');
    if (spec.withLevelsHeading) lines.push('## Levels', '');
    const depth = spec.withLevelsHeading ? '###' : '##';
    for (const level of spec.levels) {
      lines.push(`${depth} ${level.name}`, '');
      if (level.reportsTo) lines.push(`The ${level.name} reports to the [${level.reportsTo}](#x).`, '');
      if (level.grade) lines.push(`The ${level.name} is a ${level.grade}.`, '');
      for (const section of level.sections) {
        const prefix = level.headingStyle === 'prefixed' ? `${level.name} ` : '';
        const heading = level.headingStyle === 'missing-word' ? level.name : `${prefix}${section.kind}`;
        lines.push(`${level.headingStyle === 'deep' ? '#####' : `${depth}#`} ${heading}`, '');
        if (section.extendsTarget) lines.push(`- Extends that of the ${section.extendsTarget} ${section.kind.toLowerCase()}`);
        for (const item of section.items) {
          const token = `tok${n++}x`;
          tokens.push(token);
          lines.push(itemLine(token, item.noise, '', item.bullet));
          for (let c = 0; c < item.children; c++) {
            const child = `tok${n++}x`;
            tokens.push(child);
            lines.push(itemLine(child, '', '  ', '-'));
          }
        }
        lines.push('');
      }
    }
    lines.push(spec.trailer);
    return { text: lines.join('\n'), tokens };
  });

function assertGraph(graph: Graph): void {
  const check = graphSchema.safeParse(graph);
  expect(check.success).toBe(true);
  expect(graph.diagnostics.some((d) => d.code === 'schema-invalid')).toBe(false);
  for (const d of graph.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
}

describe('fuzzing the compiler', () => {
  it(`generated pages: never throws, fits the schema, keeps every list item (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(page, ({ text, tokens }) => {
        const { graph } = compilePages([{ file: 'fuzz.md', content: text }]);
        assertGraph(graph);
        const kept = JSON.stringify({ ...graph, diagnostics: [] });
        for (const token of tokens) if (!kept.includes(token)) throw new Error(`item ${token} was lost`);
      }),
      settings,
    );
  }, TIMEOUT);

  const seeds = readdirSync(SEEDS)
    .sort()
    .map((file) => ({ file, text: readFileSync(`${SEEDS}/${file}`, 'utf8') }));

  it(`mutated real seeds: never throws and fits the schema (${RUNS} cases)`, () => {
    const mutation = fc.record({
      seed: fc.nat({ max: seeds.length - 1 }),
      edits: fc.array(
        fc.record({
          op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert', 'truncate', 'indent', 'hash'),
          at: fc.nat(),
          other: fc.nat(),
          junk: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...NOISE), fc.constantFrom('---', '## Levels', '- Extends that of the Senior CSM responsibilities', '#### Job Grade', '```')),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ seed, edits }) => {
        const lines = seeds[seed]!.text.split('\n');
        for (const e of edits) {
          const i = e.at % lines.length;
          const j = e.other % lines.length;
          if (e.op === 'delete') lines.splice(i, 1);
          else if (e.op === 'duplicate') lines.splice(i, 0, lines[i]!);
          else if (e.op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          else if (e.op === 'insert') lines.splice(i, 0, e.junk);
          else if (e.op === 'truncate') lines.length = Math.max(1, i);
          else if (e.op === 'indent') lines[i] = `    ${lines[i]}`;
          else lines[i] = `#${lines[i]}`;
          if (lines.length === 0) lines.push('');
        }
        const { graph } = compilePages([{ file: seeds[seed]!.file, content: lines.join('\n') }]);
        assertGraph(graph);
      }),
      settings,
    );
  }, TIMEOUT);

  it(`random bytes: never throws (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const { graph } = compilePages([{ file: 'bytes.md', content: bytes }]);
        assertGraph(graph);
      }),
      settings,
    );
  }, TIMEOUT);

  // Pathological shapes (issue 10): generated deep nesting, long runs of one character
  // where the compiler's text rules look, and huge lists. Fewer, larger cases.
  const HEAVY_RUNS = Math.max(4, Math.round(RUNS / 8));
  const slot = fc.constantFrom('heading', 'title', 'item', 'extends', 'reports', 'grade', 'intro', 'abbreviation');
  const runChar = fc.constantFrom('.', ' ', ':', ',', '*', '_', '[', '>', '#', '-', '(', 'a', '\t', '`', '~', '|', 'Ã');
  const pathological = fc.oneof(
    fc.record({ kind: fc.constant('run' as const), slot, ch: runChar, length: fc.integer({ min: 1_000, max: 32_000 }) }),
    fc.record({ kind: fc.constant('nesting' as const), shape: fc.constantFrom('list', 'quote', 'emphasis', 'links', 'mixed'), depth: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('list' as const), items: fc.integer({ min: 1_000, max: 10_000 }), nested: fc.boolean() }),
  );

  function render(spec: typeof pathological extends fc.Arbitrary<infer T> ? T : never): string {
    const fm = (title: string) => `---\ntitle: ${title}\n---\n\n`;
    if (spec.kind === 'run') {
      const run = spec.ch.repeat(spec.length);
      const level = (body: string, heading = 'Senior') => `## Levels\n\n### Junior\n\n#### Responsibilities\n\n- Do a\n\n### ${heading}\n\n${body}#### Responsibilities\n\n- Do b\n`;
      switch (spec.slot) {
        case 'heading': return fm('Runs') + level('', `Senior ${run}x`);
        case 'title': return `---\ntitle: a${run}b\nbroken: [\n---\n\n` + level('');
        case 'item': return fm('Runs') + level(`#### Requirements\n\n- Know ${run}x\n\n`);
        case 'extends': return fm('Runs') + level(`#### Requirements\n\n- Extends that of the Junior ${run}x\n\n`);
        case 'reports': return fm('Runs') + level(`The Senior reports to the Manager ${run}x\n\n`);
        case 'grade': return fm('Runs') + level(`The Senior is a grade${run}7\n\n`);
        case 'intro': return fm('Runs') + `Intro ${run}x\n\n` + level('');
        default: return fm('Runs') + level('', `Account Builder ${'(AB) '.repeat(Math.max(1, spec.length / 5))}`);
      }
    }
    if (spec.kind === 'nesting') {
      const d = spec.depth;
      const body = {
        list: Array.from({ length: d }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
        quote: `${'> '.repeat(d)}deep`,
        emphasis: `${'*'.repeat(d)}a${'*'.repeat(d)} ${'_a'.repeat(d)}`,
        links: `${'['.repeat(d)}a${'](x)'.repeat(d)}`,
        mixed: Array.from({ length: d }, (_, i) => `${'  '.repeat(i)}- > **[x](y)**`).join('\n'),
      }[spec.shape];
      return `${fm('Nesting')}## Levels\n\n### Senior\n\n#### Responsibilities\n\n${body}\n`;
    }
    const items = Array.from({ length: spec.items }, (_, i) => `${spec.nested && i % 2 ? '  ' : ''}- item ${i}`).join('\n');
    return `${fm('Huge List')}## Levels\n\n### Senior\n\n#### Responsibilities\n\n${items}\n`;
  }

  const neighbour = compilePages([NEIGHBOUR]).graph.roles;

  it(`pathological pages: never throw, fit the schema, leave the neighbour intact, and are named when refused (${HEAVY_RUNS} cases)`, () => {
    fc.assert(
      fc.property(pathological, (spec) => {
        const text = render(spec);
        const { graph } = compilePages([{ file: 'bad.md', content: text }, NEIGHBOUR]);
        assertGraph(graph);
        expect(graph.roles.filter((r) => r.familyId === 'neighbour-family')).toEqual(neighbour);
        const refused = graph.diagnostics.filter((d) => d.file === 'bad.md' && ['page-too-large', 'page-too-deep', 'page-failed'].includes(d.code));
        expect(refused.filter((d) => d.code === 'page-failed')).toEqual([]);
        if (refused.length > 0) expect(JSON.stringify(graph.families.find((f) => f.source.file === 'bad.md'))).toContain('Page text (not read)');
        if (spec.kind === 'list' && refused.length === 0) expect(JSON.stringify(graph.roles)).toContain(`item ${spec.items - 1}`);
      }),
      { ...settings, numRuns: HEAVY_RUNS },
    );
  }, TIMEOUT * 4);
});
