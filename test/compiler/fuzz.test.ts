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
});
