// @vitest-environment node
// The line map on the real seeds: every line of a page says what it became in the
// graph (a level heading, a grade, an item of a role's list, an inheritance line, a
// reporting line, kept text…) or why it was ignored, and a page whose levels were not
// found counts as poorly understood.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineMap, lineMaps, sourceLines } from '../../src/compiler/line-map.ts';
import { readPages } from '../../src/compiler/read-pages.ts';
import { type Meaning, summarizePage, understoodShare, worstFirst } from '../../src/model/page-lines.ts';
import { meaningText, shownMeanings } from '../../src/model/page-lines-text.ts';
import type { Graph } from '../../src/model/schema.ts';
import { compileText, FIXTURES, SEEDS, seeds } from './helpers.ts';

const graph = seeds();
const files = readdirSync(SEEDS).sort();
const source = (file: string) => readFileSync(`${SEEDS}/${file}`, 'utf8');
const maps = new Map(files.map((file) => [file, lineMap(graph, file, source(file))]));
const at = (file: string, line: number): Meaning[] => maps.get(file)!.lines[line - 1]!.meanings;

/** Body lines of a page (after the front matter), 1-based. */
function bodyLines(text: string): [number, string][] {
  const lines = sourceLines(text);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  return lines.map((l, i): [number, string] => [i + 1, l]).slice(end);
}

describe('line map of the seeds', () => {
  for (const file of files) {
    it(`maps every bullet line of ${file} to an item of a role, a specialty or the family`, () => {
      const bullets = bodyLines(source(file)).filter(([, l]) => /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(l));
      expect(bullets.length).toBeGreaterThan(10);
      const unmapped = bullets.filter(([n]) => !at(file, n).some((m) => m.kind === 'item' || m.kind === 'restated' || m.kind === 'inheritance' || m.kind === 'section'));
      expect(unmapped).toEqual([]);
    });

    it(`keeps the source lines of ${file} exactly as written`, () => {
      expect(maps.get(file)!.lines.map((l) => l.text)).toEqual(source(file).replace(/\n$/, '').split('\n'));
    });
  }

  it('maps every level heading to its role, and the line is a heading', () => {
    const roles = graph.roles.filter((r) => !r.external);
    expect(roles.length).toBeGreaterThan(20);
    for (const role of roles) {
      const meanings = at(role.source.file, role.source.line);
      expect(meanings).toContainEqual({ kind: 'level', owner: { id: role.id, title: role.title, kind: 'role' } });
      expect(maps.get(role.source.file)!.lines[role.source.line - 1]!.text).toMatch(/^#+ /);
    }
  });

  it('maps every grade sentence and reporting line of the seeds to its role', () => {
    const roles = graph.roles.filter((r) => !r.external);
    for (const role of roles.filter((r) => r.grade !== null)) {
      const line = role.sourceLines!.grade!;
      expect(maps.get(role.source.file)!.lines[line - 1]!.text).toContain(String(role.grade));
      expect(at(role.source.file, line)).toContainEqual(expect.objectContaining({ kind: 'grade', grade: role.grade, owner: expect.objectContaining({ id: role.id }) }));
    }
    const reporting = roles.flatMap((r) => r.sourceLines!.reportsTo.map((ref) => [r, ref.line] as const));
    expect(reporting.length).toBeGreaterThanOrEqual(15);
    for (const [role, line] of reporting) {
      const meaning = at(role.source.file, line).find((m) => m.kind === 'reports-to');
      expect(meaning).toMatchObject({ owner: { id: role.id } });
      expect(maps.get(role.source.file)!.lines[line - 1]!.text).toMatch(/report/i);
    }
  });

  it('leaves no line of the seeds unread', () => {
    for (const file of files) expect(summarizePage(maps.get(file)!).missed, file).toBe(0);
  });

  it('maps each "Extends" line to inheritance from the level it names', () => {
    const file = '004_38ff1b7420f6e335.txt';
    const line = bodyLines(source(file)).find(([, l]) => l === '- Extends the Senior CSM responsibilities')![0];
    expect(at(file, line)).toEqual([
      {
        kind: 'inheritance',
        owner: { id: 'customer-success-management/staff-csm', title: 'Staff CSM', kind: 'role' },
        list: 'responsibilities',
        target: { id: 'customer-success-management/senior-csm', title: 'Senior CSM', kind: 'role' },
      },
    ]);
    const extendsLines = files.flatMap((f) => bodyLines(source(f)).filter(([, l]) => /^\s*- Extends\b/.test(l)).map(([n]) => at(f, n)));
    expect(extendsLines.length).toBeGreaterThan(10);
    for (const meanings of extendsLines) expect(meanings.map((m) => m.kind)).toEqual(['inheritance']);
  });

  it('maps grade sentences, reporting lines and the headings above lists', () => {
    const file = '004_38ff1b7420f6e335.txt';
    const texts = (line: number) => shownMeanings(at(file, line)).map(meaningText);
    const lines = bodyLines(source(file));
    const find = (re: RegExp, after = 0) => lines.find(([n, l]) => n > after && re.test(l))![0];
    const senior = find(/^### Senior CSM|^### Senior Customer Success Manager/);
    expect(texts(senior)).toEqual(['Level heading of Senior CSM']);
    expect(texts(find(/is a (job )?grade/i, senior))).toEqual(['Grade 7 of Senior CSM']);
    expect(texts(find(/reports to/, senior))).toEqual(['Reporting line: Senior CSM reports to Manager, CSM and Senior Manager, CSM']);
    expect(texts(find(/^#+ .*Responsibilities/, senior))).toEqual(["Heading of Senior CSM's responsibilities"]);
    expect(texts(find(/^## Levels/))).toEqual(["Heading of the family's levels"]);
    expect(texts(find(/^## Hiring Process/))).toEqual(['Kept as text: section "Hiring Process" of the family']);
  });

  it('marks sub-items a level writes again under its own item as restating the inherited ones', () => {
    const file = '000_df660495bb48836a.txt';
    const lines = bodyLines(source(file));
    const senior = lines.find(([, l]) => l.startsWith('### Senior'))![0];
    const restated = lines.find(([n, l]) => n > senior && l.trim() === '- Customer journey development, including handoffs')![0];
    expect(at(file, restated).map(meaningText)).toEqual([
      'Responsibility of Senior Program Manager, Customer Success Strategy & Operations, the same as the one inherited from Program Manager, Customer Success Strategy & Operations',
    ]);
  });

  it('counts the seeds as mostly understood and a page whose levels were not found as barely', () => {
    for (const file of files) expect(understoodShare(summarizePage(maps.get(file)!))).toBeGreaterThan(0.8);
    const text = ['---', 'title: Odd Layout', '---', '', '## Roles we hire', '', '### The Analyst Position', '', 'Analysts do analysis.', '', '- Analyse things', '- Write reports', ''].join('\n');
    const odd = compileText('odd.md', text);
    const summary = summarizePage(lineMap(odd, 'odd.md', text));
    expect(summary).toMatchObject({ understood: 1, kept: 5, missed: 0 });
    const ranked = worstFirst([summary, ...files.map((f) => summarizePage(maps.get(f)!))]);
    expect(ranked[0]!.file).toBe('odd.md');
  });

  it('says why a line was ignored, with the diagnostic at that line', () => {
    const text = ['---', 'title: Raw', '---', '', '<script>window.x = 1</script>', '', '<a id="top"></a>', '', '## Levels', '', '### Engineer', '', '#### Job Grade', '', 'The Engineer is a grade 6.', ''].join('\n');
    const graph = compileText('raw.md', text);
    const map = lineMap(graph, 'raw.md', text);
    const reported = graph.diagnostics.find((d) => d.line === 5)!;
    expect(reported.code).toBe('raw-html');
    expect(map.lines[4]!.meanings).toEqual([{ kind: 'ignored', reason: reported.message }]);
    // tags without text and without a diagnostic are markup, not a missed line
    expect(map.lines[6]!.meanings).toEqual([{ kind: 'syntax', what: 'HTML tags with no text' }]);
    expect(summarizePage(map).missed).toBe(1);
  });

  it('reads fenced code as one block and says which block an ignored line belongs to', () => {
    const text = ['---', 'title: Diagrams', '---', '', '## Levels', '', '### Engineer', '', 'The Engineer is a grade 6.', '', '## Career Ladder', '', '```mermaid', 'graph TD', '', '  a --> b', '```', '', '<figure>', '  <iframe src="https://example.com/v"></iframe>', '</figure>', ''].join('\n');
    const map = lineMap(compileText('d.md', text), 'd.md', text);
    const at = (n: number) => map.lines[n - 1]!.meanings;
    expect(at(13).map((m) => m.kind)).toEqual(['section']);
    expect(at(14)).toEqual([{ kind: 'continues', line: 13 }]);
    expect(at(16)).toEqual([{ kind: 'continues', line: 13 }]);
    expect(at(17)).toEqual([{ kind: 'syntax', what: 'code fence' }]);
    expect(at(19)).toEqual([{ kind: 'ignored', reason: 'An HTML block was dropped (it had no text).' }]);
    expect(at(20)).toEqual([{ kind: 'ignored', reason: 'Part of the block ignored on line 19.' }]);
    expect(at(21)).toEqual([{ kind: 'ignored', reason: 'Part of the block ignored on line 19.' }]);
  });

  it('reads a list field it has never seen as a list of the role, by its shape', () => {
    const file = '004_38ff1b7420f6e335.txt';
    const role = graph.roles.find((r) => r.id === 'customer-success-management/senior-csm')!;
    const [first, ...rest] = role.responsibilities.filter((i) => i.own);
    const widened: Graph = { ...graph, roles: graph.roles.map((r) => (r === role ? ({ ...r, responsibilities: rest, niceToHave: [first!] } as typeof r) : r)) };
    const map = lineMap(widened, file, source(file));
    expect(map.lines[first!.line - 1]!.meanings.map(meaningText)).toEqual(['Nice to have of Senior CSM']);
  });

  it('keeps hostile page lines as plain text, one per source line', () => {
    const pages = readPages(`${FIXTURES}/hostile`);
    const { maps: hostile, summaries } = lineMaps(compileText('x.md', 'x'), pages);
    const page = hostile.get('script-injection.md')!;
    expect(page.lines.map((l) => l.text)).toEqual(readFileSync(`${FIXTURES}/hostile/script-injection.md`, 'utf8').replace(/\n$/, '').split('\n'));
    expect(summaries.map((s) => s.file)).toEqual(pages.map((p) => p.file).sort());
  });
});
