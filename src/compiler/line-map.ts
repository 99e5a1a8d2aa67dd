// Stage: line map. The compiled graph + one page's source text → what each source
// line became (src/model/page-lines.ts). Pure, and derived from the graph alone:
// every item, text, section, inheritance line and role in the graph carries the
// line it was read from, so the stage walks the graph by shape (any array of items
// is a list, whatever its field is called) and marks those lines. What the graph
// does not state is then told from the lines around: a heading opens what the lines
// below it became, a wrapped line continues the line above, syntax is syntax, and
// anything left was ignored (with the diagnostic that says why, when there is one).
import type { Diagnostic, Family, Graph, Inheritance, Item, Role, Section, Specialty, Text } from '../model/schema.ts';
import { type Meaning, type Owner, type PageLines, type PageSummary, summarizePage } from '../model/page-lines.ts';
import { itemKey } from '../model/item-key.ts';
import type { PageInput } from './parse.ts';

/** Front-matter keys the compiler reads. */
const USED_FRONT_MATTER = new Set(['title', 'description', 'rungs']);

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const BULLET = /^\s*(?:[-*+]|\d+[.)])(?:\s|$)/;
const SYNTAX: [RegExp, string][] = [
  [/^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/, 'horizontal rule'],
  [/^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/, 'table rule'],
  [/^\s*<!--.*-->\s*$/, 'HTML comment (not shown)'],
];

/** Tags alone on a line, with nothing reported about them: markup, unless they belong to an ignored block. */
const BARE_TAGS = /^\s*(?:<\/?[A-Za-z][^>]*>\s*)+$/;

type Shape = 'item' | 'text' | 'section' | 'inheritance' | 'specialty';

/** What kind of graph value an array holds, by its fields (not by the field's name). */
function shapeOf(value: unknown): Shape | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const first = value[0] as Record<string, unknown>;
  if (typeof first !== 'object' || first === null || typeof first.line !== 'number') return null;
  if ('own' in first && 'from' in first && 'children' in first) return 'item';
  if ('overlaysLevels' in first) return 'specialty';
  if ('paragraphs' in first && 'sections' in first) return 'section';
  if ('section' in first && 'target' in first) return 'inheritance';
  if ('text' in first && 'links' in first) return 'text';
  return null;
}

/** An own item whose sub-items restate items it inherited: the merge keeps only the inherited copy's line. */
interface Restating {
  item: Item;
  holder: Owner;
  list: string;
}

class Marks {
  readonly byLine: Meaning[][];
  readonly restating: Restating[] = [];
  private readonly seen: Set<string>[];
  constructor(count: number) {
    this.byLine = Array.from({ length: count }, () => []);
    this.seen = Array.from({ length: count }, () => new Set());
  }
  add(line: number, meaning: Meaning): void {
    const at = line - 1;
    if (at < 0 || at >= this.byLine.length) return;
    const key = JSON.stringify(meaning);
    if (this.seen[at]!.has(key)) return;
    this.seen[at]!.add(key);
    this.byLine[at]!.push(meaning);
  }
  has(line: number): boolean {
    return (this.byLine[line - 1]?.length ?? 0) > 0;
  }
}

function ownersOf(graph: Graph): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  for (const f of graph.families) {
    owners.set(f.id, { id: f.id, title: f.title, kind: 'family' });
    for (const s of f.specialties) owners.set(s.id, { id: s.id, title: s.title, kind: 'specialty' });
  }
  for (const r of graph.roles) owners.set(r.id, { id: r.id, title: r.title, kind: r.external ? 'external' : 'role' });
  return owners;
}

/** Walks one role, family or specialty by the shape of its fields. */
function walk(value: object, owner: Owner, marks: Marks, owners: Map<string, Owner>): void {
  const whose = (id: string) => owners.get(id) ?? owner;
  const items = (list: readonly Item[], key: string, depth: number, holder: Owner) => {
    for (const item of list) {
      // Inherited items are marked where they were written, with their own owner.
      if (!item.own) continue;
      marks.add(item.line, { kind: 'item', owner: whose(item.from), list: key, depth });
      if (item.children.some((c) => !c.own)) marks.restating.push({ item, holder, list: key });
      items(item.children, key, depth + 1, holder);
    }
  };
  const sectionText = (sections: readonly Section[], holder: Owner, parentTitle: string) => {
    for (const s of sections) {
      const title = s.title || parentTitle;
      if (s.title) marks.add(s.line, { kind: 'section', owner: holder, title });
      for (const p of s.paragraphs) marks.add(p.line, { kind: 'section', owner: holder, title });
      const mark = (list: readonly Item[]) => {
        for (const i of list) {
          if (!i.own) continue;
          marks.add(i.line, { kind: 'section', owner: whose(i.from), title });
          mark(i.children);
        }
      };
      mark(s.items);
      sectionText(s.sections, holder, title);
    }
  };
  for (const [key, field] of Object.entries(value)) {
    switch (shapeOf(field)) {
      case 'item':
        items(field as Item[], key, 0, owner);
        break;
      case 'text':
        for (const p of field as Text[]) marks.add(p.line, { kind: 'intro', owner });
        break;
      case 'section':
        sectionText(field as Section[], owner, '');
        break;
      case 'inheritance':
        for (const i of field as Inheritance[]) marks.add(i.line, { kind: 'inheritance', owner, list: i.section, target: i.target ? whose(i.target) : null });
        break;
      case 'specialty':
        for (const s of field as Specialty[]) {
          const specialty = whose(s.id);
          marks.add(s.line, { kind: 'specialty', owner: specialty });
          walk(s, specialty, marks, owners);
        }
        break;
      default:
    }
  }
}

function markRole(role: Role, marks: Marks, owners: Map<string, Owner>): void {
  const owner = owners.get(role.id)!;
  marks.add(role.source.line, { kind: 'level', owner });
  const lines = role.sourceLines;
  if (lines?.grade != null && role.grade !== null) marks.add(lines.grade, { kind: 'grade', owner, grade: role.grade });
  const targets = role.reportsTo.map((id) => owners.get(id)).filter((o): o is Owner => o !== undefined);
  for (const ref of lines?.reportsTo ?? []) {
    const named = lines!.reportsTo.length === 1 ? targets : targets.filter((t) => ref.name.toLowerCase().includes(t.title.toLowerCase()));
    marks.add(ref.line, { kind: 'reports-to', owner, name: ref.name, targets: named });
  }
  walk(role, owner, marks, owners);
}

const visibleKey = (line: string) => itemKey(line.replace(BULLET, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));

/**
 * Sub-items a level writes again under its own item, the same as an inherited
 * sub-item: found among the unmarked bullets below that item, by the same key the
 * merge matched them with.
 */
function markRestated(lines: readonly string[], marks: Marks, owners: Map<string, Owner>): void {
  for (const { item, holder, list } of marks.restating) {
    const restated = new Map(item.children.filter((c) => !c.own).map((c) => [itemKey(c.text), c]));
    const indent = (text: string) => text.length - text.trimStart().length;
    const own = indent(lines[item.line - 1] ?? '');
    for (let i = item.line; i < lines.length; i++) {
      const text = lines[i]!;
      if (text.trim() === '') continue;
      if (HEADING.test(text) || indent(text) <= own) break;
      if (marks.has(i + 1) || !BULLET.test(text)) continue;
      const match = restated.get(visibleKey(text));
      if (match) marks.add(i + 1, { kind: 'restated', owner: holder, list, from: owners.get(match.from) ?? holder });
    }
  }
}

/** The front-matter block: delimiters, read keys, and keys the compiler has no use for. */
function markFrontMatter(lines: readonly string[], marks: Marks): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  if (end === -1) return 0;
  marks.add(1, { kind: 'syntax', what: 'front matter' });
  marks.add(end + 1, { kind: 'syntax', what: 'front matter' });
  let field = '';
  for (let i = 1; i < end; i++) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]!);
    if (key) field = key[1]!;
    if (lines[i]!.trim() === '' || field === '') continue;
    marks.add(i + 1, { kind: 'front-matter', field, used: USED_FRONT_MATTER.has(field) });
  }
  return end + 1;
}

const CONTENT_PART: Partial<Record<Meaning['kind'], (m: Meaning) => { owner: Owner; part: string } | null>> = {
  item: (m) => (m.kind === 'item' ? { owner: m.owner, part: m.list } : null),
  inheritance: (m) => (m.kind === 'inheritance' ? { owner: m.owner, part: m.list } : null),
  grade: (m) => (m.kind === 'grade' ? { owner: m.owner, part: 'grade' } : null),
  'reports-to': (m) => (m.kind === 'reports-to' ? { owner: m.owner, part: 'reports-to' } : null),
  intro: (m) => (m.kind === 'intro' ? { owner: m.owner, part: 'intro' } : null),
  section: (m) => (m.kind === 'section' ? { owner: m.owner, part: 'section' } : null),
};

/** A heading the graph has no line for ("#### Responsibilities") opens what the first line below it became. */
function markHeadings(lines: readonly string[], marks: Marks, start: number, family: Owner | null): void {
  const depthOf = (i: number) => HEADING.exec(lines[i]!)?.[1]!.length ?? 0;
  for (let i = start; i < lines.length; i++) {
    const depth = depthOf(i);
    if (depth === 0 || marks.has(i + 1)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const below = depthOf(j);
      if (below > 0 && below <= depth) break;
      const meanings = marks.byLine[j]!;
      const sub = meanings.find((m) => m.kind === 'level' || m.kind === 'specialty');
      if (sub && family) {
        marks.add(i + 1, { kind: 'heading', owner: family, part: sub.kind === 'level' ? 'levels' : 'specialties' });
        break;
      }
      const part = below === 0 ? meanings.map((m) => CONTENT_PART[m.kind]?.(m)).find((p) => p) : undefined;
      if (part) {
        marks.add(i + 1, { kind: 'heading', ...part });
        break;
      }
    }
  }
}

function startOf(marks: Marks, line: number): number {
  const first = marks.byLine[line - 1]?.[0];
  return first?.kind === 'continues' ? first.line : line;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Lines of fenced code continue the fence line, which the graph holds as one paragraph. */
function markCode(lines: readonly string[], marks: Marks, start: number): void {
  for (let i = start; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const opening = i + 1;
    if (!marks.has(opening)) marks.add(opening, { kind: 'syntax', what: 'code fence' });
    for (i++; i < lines.length; i++) {
      const text = lines[i]!;
      if (text.trim().startsWith(fence[0]!.repeat(fence.length)) && text.trim().replace(/[`~]/g, '') === '') {
        marks.add(i + 1, { kind: 'syntax', what: 'code fence' });
        break;
      }
      if (text.trim() !== '' && !marks.has(i + 1)) marks.add(i + 1, { kind: 'continues', line: opening });
    }
  }
}

/** Wrapped lines continue the text above; syntax; and why anything left was ignored. */
function markRest(lines: readonly string[], marks: Marks, start: number, diagnostics: readonly Diagnostic[]): void {
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === '' || marks.has(i + 1)) continue;
    const why = diagnostics.filter((d) => d.line === i + 1);
    const syntax = why.length === 0 ? SYNTAX.find(([pattern]) => pattern.test(text)) : undefined;
    if (syntax) {
      marks.add(i + 1, { kind: 'syntax', what: syntax[1] });
      continue;
    }
    const above = i > start ? lines[i - 1]! : '';
    const aboveMeanings = marks.byLine[i - 1] ?? [];
    const wrapped = !HEADING.test(text) && !BULLET.test(text) && above.trim() !== '' && !HEADING.test(above);
    if (wrapped && aboveMeanings.some((m) => m.kind !== 'syntax' && m.kind !== 'ignored' && m.kind !== 'front-matter')) {
      marks.add(i + 1, { kind: 'continues', line: startOf(marks, i) });
      continue;
    }
    const ignoredAbove = wrapped && aboveMeanings.some((m) => m.kind === 'ignored');
    if (why.length === 0 && !ignoredAbove && BARE_TAGS.test(text)) {
      marks.add(i + 1, { kind: 'syntax', what: 'HTML tags with no text' });
      continue;
    }
    const reason =
      why.length > 0
        ? why.map((d) => d.message).join(' ')
        : ignoredAbove
          ? `Part of the block ignored on line ${startOfIgnored(marks, i)}.`
          : HEADING.test(text)
            ? 'Nothing under this heading was read into a level or the family.'
            : 'Not read into the graph.';
    marks.add(i + 1, { kind: 'ignored', reason });
  }
}

/** The first line of a run of ignored lines ending at `line`. */
function startOfIgnored(marks: Marks, line: number): number {
  const first = marks.byLine[line - 1]?.[0];
  const m = first?.kind === 'ignored' ? /^Part of the block ignored on line (\d+)\.$/.exec(first.reason) : null;
  return m ? Number(m[1]) : line;
}

/** Splits like the Markdown parser does: \r\n, \r and \n all end a line. */
export function sourceLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** What the graph says about one page: its family, roles and diagnostics, and every owner's name. */
interface PageFacts {
  owners: Map<string, Owner>;
  family: Family | undefined;
  roles: Role[];
  diagnostics: Diagnostic[];
}

function facts(graph: Graph): (file: string) => PageFacts {
  const owners = ownersOf(graph);
  const families = new Map(graph.families.map((f) => [f.source.file, f]));
  const roles = new Map<string, Role[]>();
  for (const role of graph.roles) if (!role.external) roles.set(role.source.file, [...(roles.get(role.source.file) ?? []), role]);
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const d of graph.diagnostics) diagnostics.set(d.file, [...(diagnostics.get(d.file) ?? []), d]);
  return (file) => ({ owners, family: families.get(file), roles: roles.get(file) ?? [], diagnostics: diagnostics.get(file) ?? [] });
}

function mapPage(page: PageFacts, file: string, text: string): PageLines {
  const lines = sourceLines(text);
  const marks = new Marks(lines.length);
  const { owners, family, roles, diagnostics } = page;
  const familyOwner = family ? owners.get(family.id)! : null;
  const bodyStart = markFrontMatter(lines, marks);
  if (family) walk(family, familyOwner!, marks, owners);
  for (const role of roles) markRole(role, marks, owners);
  markRestated(lines, marks, owners);
  markCode(lines, marks, bodyStart);
  markHeadings(lines, marks, bodyStart, familyOwner);
  markRest(lines, marks, bodyStart, diagnostics);
  return { file, family: familyOwner, lines: lines.map((t, i) => ({ text: t, meanings: marks.byLine[i]! })), diagnostics };
}

export function lineMap(graph: Graph, file: string, text: string): PageLines {
  return mapPage(facts(graph)(file), file, text);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** The page's text as the parser read it (UTF-8, else Latin-1). */
export function pageText(content: PageInput['content']): string {
  if (typeof content === 'string') return content;
  try {
    return utf8.decode(content);
  } catch {
    return latin1.decode(content);
  }
}

/** Every page's line map and its summary, in file order. */
export function lineMaps(graph: Graph, pages: readonly PageInput[]): { maps: Map<string, PageLines>; summaries: PageSummary[] } {
  const maps = new Map<string, PageLines>();
  const about = facts(graph);
  for (const page of [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) maps.set(page.file, mapPage(about(page.file), page.file, pageText(page.content)));
  return { maps, summaries: [...maps.values()].map(summarizePage) };
}
