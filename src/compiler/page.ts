// Stage 3, page: one parsed page → a family and its levels, still unresolved
// (names of extended levels and reporting lines are kept as written; the resolve
// stage links them across the whole folder).
//
// Levels are the headings under "## Levels", or, on pages without one, every
// heading that has a grade / responsibilities / requirements sub-section (or a
// grade sentence). Sub-section headings are recognised by how they end ("… Job
// Grade", "… Responsibilities", "… Requirements", "… Performance Indicators"), so
// a prefix naming the level in any spelling and any depth below the level work.
import type { Link, Text } from '../model/schema.ts';
import { type BlockContext, flatten, itemsAndParagraphs, type RawItem } from './blocks.ts';
import type { Diagnostics } from './diagnostics.ts';
import { type Abbreviations, definedAbbreviations, looseKey, nameKey } from './names.ts';
import type { ParsedPage } from './parse.ts';
import { buildSections, type HeadingNode } from './sections.ts';
import { headingAnchor, squash } from './text.ts';

export type ListKind = 'responsibilities' | 'requirements' | 'performanceIndicators';
type SectionKind = ListKind | 'grade';

export interface RawSection {
  title: string;
  line: number;
  paragraphs: Text[];
  items: RawItem[];
  sections: RawSection[];
}

export interface Reference {
  name: string;
  href: string | null;
  line: number;
}

export interface RawInheritance {
  section: ListKind;
  text: string;
  /** The level name the line refers to, or null when it refers to the family or "the corresponding" level. */
  name: string | null;
  /** True for "Extends the … KPIs articulated [here](#performance-indicators)": the family's own list. */
  family: boolean;
  line: number;
}

export interface RawLevel {
  title: string;
  line: number;
  anchor: string;
  aliases: string[];
  /** Short form for the id, e.g. "Associate CSM" for "Associate Customer Success Manager (CSM)". */
  shortForm: string;
  grade: number | null;
  gradeLine: number;
  intro: Text[];
  reportsTo: Reference[];
  lists: Record<ListKind, RawItem[]>;
  inheritance: RawInheritance[];
  sections: RawSection[];
  /** True when the level had no sub-sections and no content to speak of. */
  empty: boolean;
}

export interface RawSpecialty {
  title: string;
  line: number;
  overlaysLevels: boolean;
  inheritance: RawInheritance[];
  items: RawItem[];
  lists: Record<'responsibilities' | 'requirements', RawItem[]>;
  sections: RawSection[];
}

export interface RawFamily {
  file: string;
  title: string;
  description: string;
  department: string;
  line: number;
  intro: Text[];
  lists: Record<ListKind, RawItem[]>;
  specialties: RawSpecialty[];
  sections: RawSection[];
  levels: RawLevel[];
  flowsInto: Reference[];
  abbreviations: Abbreviations;
  /** A "## Job Grade" outside any level: the page describes a role of its own. */
  pageGrade: { grade: number | null; line: number; subject: string | null; texts: Text[]; paragraphs: Text[] } | null;
}

/** What a sub-section heading holds, by how it ends; null when it says nothing we know. */
export function classifyHeading(title: string): SectionKind | null {
  const t = title.toLowerCase().replace(/[\s:.*]+$/, '').replace(/\(kpis?\)$/, '').trim();
  if (/\b(job )?grades?$/.test(t)) return 'grade';
  if (/\b(responsibilities|duties|what you('|’)?ll do|what you will do)$/.test(t)) return 'responsibilities';
  if (/\b(requirements|qualifications|what you('|’)?ll bring|what you will bring)$/.test(t)) return 'requirements';
  if (/\b(performance indicators|kpis?|performance indicators and metrics)$/.test(t)) return 'performanceIndicators';
  return null;
}

const FAMILY_SECTION = /^(levels|job levels|responsibilities|requirements|performance indicators|career ladder|career path|hiring process|specialt(y|ies)|relevant links|links|about|overview)\b/i;
// "Levels", "Job Levels", "Leadership Levels", "Levels for Site Reliability Engineer".
const LEVELS_HEADING = /^([\w&,-]+ ){0,4}levels( for .*)?$/i;
const SPECIALTIES_HEADING = /^specialt(y|ies)$/i;
const CAREER_HEADING = /career (ladder|path|progression)/i;

const GRADE = /\b(?:job\s+)?grade\s*(?:level\s+)?(?:is\s+)?[:#]?\s*(\d+(?:\.\d+)?)\b/i;
const GRADE_WORD = /\bgrade\b/i;
const GRADE_SUBJECT = /^\s*the\s+(.+?)\s+(?:is|are|will be|sits)\b/i;
const EXTENDS = /^(extends|in addition to)\b/i;
const REPORTS_TO = /\breports?\s+(?:directly\s+)?(?:in\s+)?to\b/i;

export function hasGradeSentence(text: string): boolean {
  return GRADE.test(text);
}

interface PageContext extends BlockContext {
  family: RawFamily;
}

function emptyLists(): Record<ListKind, RawItem[]> {
  return { responsibilities: [], requirements: [], performanceIndicators: [] };
}

function rawSection(node: HeadingNode, ctx: PageContext): RawSection {
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  return { title: node.title, line: node.line, paragraphs: paras, items, sections: node.children.map((c) => rawSection(c, ctx)) };
}

/** Items of a heading and its sub-headings; a sub-heading becomes an item grouping its own items. */
function sectionItems(node: HeadingNode, ctx: PageContext): { items: RawItem[]; paragraphs: Text[] } {
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  for (const child of node.children) {
    const sub = sectionItems(child, ctx);
    items.push({
      text: child.title,
      links: [],
      line: child.line,
      children: [...sub.paragraphs.map((p) => ({ text: p.text, links: p.links, children: [], line: p.line })), ...sub.items],
    });
  }
  return { items, paragraphs: paras };
}

/** Strips "Extends that of the" and "… responsibilities." from an "Extends" line, leaving the level's name. */
const KIND_WORDS = '(?:responsibilities|respsonsibilities|responsibility|requirements|requirement|performance indicators|kpis?)';
const FILLER = new Set(['meeting', 'all', 'that', 'those', 'the', 'thet', 'and', 'plus', 'of', 'from', 'for', 'responsibilities', 'respsonsibilities', 'responsibility', 'requirements', 'requirement']);

export function extendedName(text: string): string {
  let name = squash(text).replace(/^(extends|in addition to)\s+/i, '');
  // Leading filler: "that of the", "meeting all the requirements of a", "responsibilities and requirements of the".
  // Leading filler words; "a"/"an" only in lower case, so a level called "A" survives.
  const words = name.split(' ');
  while (words.length > 1 && (FILLER.has(words[0]!.toLowerCase()) || words[0] === 'a' || words[0] === 'an')) words.shift();
  name = words.join(' ');
  name = name.replace(/^the(?=[A-Z])/, ''); // "theIT Global Logistics Analyst"
  // Trailing kind word and whatever follows it ("requirements plus", "responsibilities by").
  name = name.replace(new RegExp(`\\s+(?:level\\s+)?${KIND_WORDS}\\b.*$`, 'i'), '');
  name = name.replace(/[\s.:;,]+$/, '').replace(/\s+(level|plus|by)$/i, '');
  return squash(name);
}

/** Which list an "Extends … requirements" line talks about, if it says. */
function kindNamedIn(text: string): ListKind | null {
  if (/\bresponsibilities\b/i.test(text)) return 'responsibilities';
  if (/\brequirements\b/i.test(text)) return 'requirements';
  if (/\b(performance indicators|kpis?)\b/i.test(text)) return 'performanceIndicators';
  return null;
}

/** Moves "Extends …" lines out of a list into inheritance records. */
function takeInheritance(section: ListKind, items: RawItem[], into: RawInheritance[]): RawItem[] {
  return items.filter((item) => {
    if (!EXTENDS.test(item.text)) return true;
    const family = section === 'performanceIndicators' && (item.links.some((l) => /#performance-indicators/i.test(l.href)) || /\bkpis?\b|performance indicators/i.test(extendedName(item.text)));
    const corresponding = /\bcorresponding\b/i.test(item.text);
    into.push({ section, text: item.text, name: family || corresponding ? null : extendedName(item.text), family, line: item.line });
    // Sub-items under an "Extends" line are real items of the section.
    items.push(...item.children);
    return false;
  });
}

function gradeFrom(texts: readonly Text[], level: RawLevel, ctx: PageContext, sawGradeSection: boolean): void {
  for (const p of texts) {
    const m = GRADE.exec(p.text);
    if (!m) {
      if (sawGradeSection && GRADE_WORD.test(p.text) && level.grade === null)
        ctx.diagnostics.report('grade-not-number', ctx.file, p.line, `"${p.text.slice(0, 80)}" mentions a grade but no number; the level has no grade.`);
      continue;
    }
    const grade = Number(m[1]);
    if (level.grade !== null && level.grade !== grade) {
      ctx.diagnostics.report('grade-conflict', ctx.file, p.line, `${level.title} has two grades, ${level.grade} and ${grade}; kept ${level.grade}.`, {
        related: { file: ctx.file, line: level.gradeLine },
      });
      continue;
    }
    if (level.grade === null) {
      level.grade = grade;
      level.gradeLine = p.line;
    }
    const subject = GRADE_SUBJECT.exec(p.text.slice(0, m.index));
    if (subject) {
      // "(Intermediate)" left out is the same level; any other difference is a mismatch.
      const said = looseKey(subject[1]!, ctx.family.abbreviations);
      const known = [level.title, ...level.aliases].some((n) => looseKey(n, ctx.family.abbreviations) === said);
      if (!known)
        ctx.diagnostics.report('grade-name-mismatch', ctx.file, p.line, `The grade sentence in "${level.title}" names "${subject[1]}"; grade ${grade} was kept for ${level.title}.`);
    }
  }
}

function reportsFrom(texts: readonly Text[], level: RawLevel): void {
  for (const p of texts) {
    const m = REPORTS_TO.exec(p.text);
    if (!m) continue;
    const after = p.text.slice(m.index + m[0].length);
    // The sentence ends at a full stop, but not the one of "Sr." or "e.g.".
    const sentence = after.split(/(?<!\b(?:Sr|Jr|Mgr|Dir|Mr|Ms|Dr|St|vs|e\.g|i\.e))(?<=[a-z)])\.\s/)[0] ?? after;
    const links: Link[] = p.links.filter((l) => l.text !== '' && sentence.includes(l.text));
    if (links.length > 0) {
      for (const l of links) level.reportsTo.push({ name: l.text, href: l.href, line: p.line });
    } else {
      const name = squash(sentence.replace(/^\s*(the|a|an)\s+/i, '').replace(/[.;:]+\s*$/, ''));
      if (name !== '') level.reportsTo.push({ name, href: null, line: p.line });
    }
  }
}

function newLevel(node: HeadingNode, ctx: PageContext): RawLevel {
  const defined = definedAbbreviations(node.title);
  const aliases: string[] = [];
  for (const d of defined) {
    if (!ctx.family.abbreviations.has(d.abbreviation.toLowerCase())) ctx.family.abbreviations.set(d.abbreviation.toLowerCase(), d.expansion.toLowerCase());
    aliases.push(d.shortForm);
  }
  const withoutAbbreviations = squash(node.title.replace(/\s*\([A-Z][A-Za-z]{1,7}\)/g, ''));
  if (defined.length > 0 && withoutAbbreviations !== node.title) aliases.push(withoutAbbreviations);
  return {
    title: node.title,
    line: node.line,
    anchor: headingAnchor(node.title),
    aliases,
    shortForm: defined[defined.length - 1]?.shortForm ?? node.title,
    grade: null,
    gradeLine: node.line,
    intro: [],
    reportsTo: [],
    lists: emptyLists(),
    inheritance: [],
    sections: [],
    empty: true,
  };
}

/** The part of a sub-heading before its kind word: "Associate CSM Job Grade" → "Associate CSM". */
function headingPrefix(title: string): string {
  return squash(title.replace(/\b(job\s+)?grades?$|\bresponsibilities$|\brequirements$|\bperformance indicators$|\bkpis?$/i, ''));
}

function levelSection(node: HeadingNode, level: RawLevel, ctx: PageContext, parentKind: SectionKind | null): void {
  let kind = classifyHeading(node.title);
  if (kind !== null) {
    const prefix = headingPrefix(node.title);
    const key = nameKey(prefix, ctx.family.abbreviations);
    if (prefix !== '' && key !== '' && ![level.title, ...level.aliases].some((n) => nameKey(n, ctx.family.abbreviations) === key)) level.aliases.push(prefix);
  }
  if (kind === null && parentKind !== null && parentKind !== 'grade') {
    // A group heading inside a list section ("##### Technical"): its items stay in that list.
    const grouped = sectionItems(node, ctx);
    level.lists[parentKind].push({ text: node.title, links: [], line: node.line, children: grouped.items });
    if (grouped.paragraphs.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: grouped.paragraphs, items: [], sections: [] });
    return;
  }
  if (kind === null && nameKey(node.title, ctx.family.abbreviations) === nameKey(level.title, ctx.family.abbreviations)) {
    // "#### Director of Customer Success" where "… Requirements" was meant: the Extends line or the order tells.
    const { items } = itemsAndParagraphs(node.blocks, ctx);
    const extendsLine = items.find((i) => EXTENDS.test(i.text));
    const named = extendsLine ? kindNamedIn(extendsLine.text) : null;
    kind = named ?? (level.lists.responsibilities.length === 0 ? 'responsibilities' : 'requirements');
    ctx.diagnostics.report('heading-kind-inferred', ctx.file, node.line, `The heading "${node.title}" does not say what it holds; read as ${kind}${named ? ' (its Extends line says so)' : ''}.`);
  }
  if (kind === null) {
    ctx.diagnostics.report('unknown-section', ctx.file, node.line, `Section "${node.title}" of ${level.title} is kept as an extra section.`);
    const section = rawSection(node, ctx);
    level.sections.push(section);
    gradeFrom(section.paragraphs, level, ctx, false);
    reportsFrom(section.paragraphs, level);
    level.empty = false;
    return;
  }
  level.empty = false;
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  if (kind === 'grade') {
    const texts = [...paras, ...items.flatMap(flatten)];
    gradeFrom(texts, level, ctx, true);
    reportsFrom(texts, level);
    level.intro.push(...paras);
    if (items.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: [], items, sections: [] });
  } else {
    level.lists[kind].push(...takeInheritance(kind, items, level.inheritance));
    const extendsParagraphs = paras.filter((p) => EXTENDS.test(p.text));
    const otherParagraphs = paras.filter((p) => !EXTENDS.test(p.text));
    takeInheritance(kind, extendsParagraphs.map((p) => ({ text: p.text, links: p.links, children: [], line: p.line })), level.inheritance);
    gradeFrom(otherParagraphs, level, ctx, false);
    reportsFrom(otherParagraphs, level);
    if (otherParagraphs.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: otherParagraphs, items: [], sections: [] });
  }
  for (const child of node.children) levelSection(child, level, ctx, kind);
}

/** Words of a name, for the overlap tests below (no abbreviation expansion needed). */
function words(name: string): Set<string> {
  return new Set(nameKey(name, new Map()).split(' ').filter((w) => w !== ''));
}

/**
 * True when a sub-heading like "#### Manager, Renewal Operations Job Grade" names a
 * level other than the one it sits in: its prefix has two or more words, is not a
 * spelling of the current level (neither word set contains the other), and shares a
 * word with the family's title or levels (so "Technical Requirements" does not count).
 */
function namesAnotherLevel(prefix: string, level: RawLevel, family: RawFamily): boolean {
  const mine = words(prefix);
  if (mine.size < 2) return false;
  const abbreviations = family.abbreviations;
  if ([level.title, ...level.aliases].some((n) => looseKey(n, abbreviations) === looseKey(prefix, abbreviations))) return false;
  const current = words(level.title);
  const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
  if (subset(mine, current) || subset(current, mine)) return false;
  const known = new Set([family.title, ...family.levels.map((l) => l.title)].flatMap((n) => [...words(n)]));
  return [...mine].some((w) => known.has(w) && !['senior', 'manager', 'director', 'associate', 'staff', 'intermediate', 'principal', 'vp', 'vice', 'president'].includes(w));
}

/** A level heading and its sub-sections; sub-sections that name another level start that level (its heading was lost). */
function parseLevel(node: HeadingNode, ctx: PageContext): RawLevel[] {
  const level = newLevel(node, ctx);
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  level.intro.push(...paras);
  gradeFrom(paras, level, ctx, false);
  reportsFrom(paras, level);
  if (paras.length > 0 || items.length > 0) level.empty = false;
  if (items.length > 0) level.sections.push({ title: '', line: items[0]!.line, paragraphs: [], items, sections: [] });
  const levels = [level];
  let current = level;
  for (const child of node.children) {
    const prefix = classifyHeading(child.title) !== null ? headingPrefix(child.title) : '';
    if (prefix !== '' && namesAnotherLevel(prefix, current, ctx.family)) {
      current = newLevel({ title: prefix, depth: node.depth, line: child.line, blocks: [], children: [] }, ctx);
      levels.push(current);
      ctx.diagnostics.report('level-heading-missing', ctx.file, child.line, `"${child.title}" names the level "${prefix}", which has no heading of its own; read as a separate level.`);
    }
    levelSection(child, current, ctx, null);
  }
  return levels;
}

function isLevelLike(node: HeadingNode): boolean {
  if (FAMILY_SECTION.test(node.title) || classifyHeading(node.title) !== null) return false;
  const kinds = node.children.map((c) => classifyHeading(c.title));
  if (kinds.some((k) => k === 'grade' || k === 'responsibilities' || k === 'requirements')) return true;
  return node.blocks.some((b) => b.type === 'paragraph' && hasGradeSentence(paragraphText(b)));
}

function paragraphText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => paragraphText(c as typeof node)).join('');
}

function containsLevels(node: HeadingNode): boolean {
  return node.children.some((c) => isLevelLike(c) || containsLevels(c));
}

function parseSpecialty(node: HeadingNode, ctx: PageContext): RawSpecialty {
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  const specialty: RawSpecialty = {
    title: node.title,
    line: node.line,
    overlaysLevels: false,
    inheritance: [],
    items,
    lists: { responsibilities: [], requirements: [] },
    sections: paras.length > 0 ? [{ title: '', line: node.line, paragraphs: paras, items: [], sections: [] }] : [],
  };
  for (const child of node.children) {
    const kind = classifyHeading(child.title);
    if (kind === 'responsibilities' || kind === 'requirements') {
      const content = sectionItems(child, ctx);
      specialty.lists[kind].push(...takeInheritance(kind, content.items, specialty.inheritance));
      if (content.paragraphs.length > 0) specialty.sections.push({ title: child.title, line: child.line, paragraphs: content.paragraphs, items: [], sections: [] });
    } else {
      specialty.sections.push(rawSection(child, ctx));
    }
  }
  specialty.overlaysLevels = specialty.inheritance.some((i) => /\bcorresponding\b/i.test(i.text));
  return specialty;
}

function familySection(node: HeadingNode, ctx: PageContext, levelsMode: boolean): void {
  const family = ctx.family;
  if (LEVELS_HEADING.test(node.title)) {
    const content = itemsAndParagraphs(node.blocks, ctx);
    if (content.items.length + content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, ...content, sections: [] });
    for (const child of node.children) family.levels.push(...parseLevel(child, ctx));
    return;
  }
  if (!levelsMode && isLevelLike(node)) {
    family.levels.push(...parseLevel(node, ctx));
    return;
  }
  const kind = classifyHeading(node.title);
  if (kind === 'grade') {
    // A grade outside any level: the page itself is a role (see pageLevel).
    const content = itemsAndParagraphs(node.blocks, ctx);
    const texts = [...content.paragraphs, ...content.items.flatMap(flatten)];
    if (content.items.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: [], items: content.items, sections: [] });
    if (family.pageGrade === null) {
      const sentence = texts.find((t) => GRADE.test(t.text));
      const m = sentence ? GRADE.exec(sentence.text) : null;
      const subject = sentence && m ? GRADE_SUBJECT.exec(sentence.text.slice(0, m.index)) : null;
      family.pageGrade = { grade: m ? Number(m[1]) : null, line: sentence?.line ?? node.line, subject: subject ? squash(subject[1]!) : null, texts, paragraphs: content.paragraphs };
    } else if (content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: content.paragraphs, items: [], sections: [] });
    for (const child of node.children) familySection(child, ctx, levelsMode);
    return;
  }
  if (kind !== null) {
    const content = sectionItems(node, ctx);
    family.lists[kind].push(...content.items);
    if (content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: content.paragraphs, items: [], sections: [] });
    return;
  }
  if (SPECIALTIES_HEADING.test(node.title)) {
    const content = itemsAndParagraphs(node.blocks, ctx);
    if (content.items.length + content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, ...content, sections: [] });
    for (const child of node.children) family.specialties.push(parseSpecialty(child, ctx));
    return;
  }
  if (node.depth === 1 || (!levelsMode && containsLevels(node))) {
    // A page-title heading, or a wrapper around levels: its text is family text, its children are walked.
    const content = itemsAndParagraphs(node.blocks, ctx);
    if (node.depth === 1 && family.intro.length === 0) family.intro.push(...content.paragraphs);
    else if (content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: content.paragraphs, items: [], sections: [] });
    if (content.items.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: [], items: content.items, sections: [] });
    for (const child of node.children) familySection(child, ctx, levelsMode);
    return;
  }
  const section = rawSection(node, ctx);
  family.sections.push(section);
  if (CAREER_HEADING.test(node.title)) {
    for (const p of allParagraphs(section)) {
      for (const link of p.links) if (/job-families\//.test(link.href)) family.flowsInto.push({ name: link.text, href: link.href, line: p.line });
    }
  }
}

function allParagraphs(section: RawSection): Text[] {
  const fromItems = (items: RawItem[]): Text[] => items.flatMap((i) => [{ text: i.text, links: i.links, line: i.line }, ...fromItems(i.children)]);
  return [...section.paragraphs, ...fromItems(section.items), ...section.sections.flatMap(allParagraphs)];
}

function hasLevelsHeading(node: HeadingNode): boolean {
  return node.children.some((c) => LEVELS_HEADING.test(c.title) || hasLevelsHeading(c));
}

/** The first heading that names the page rather than one of its sections (a "# Title", say). */
function titleHeading(node: HeadingNode): string | null {
  for (const child of node.children) {
    if (child.depth === 1) return child.title;
    if (!FAMILY_SECTION.test(child.title) && !LEVELS_HEADING.test(child.title) && classifyHeading(child.title) === null && !isLevelLike(child)) return child.title;
  }
  return null;
}

function fromFileName(file: string): string {
  const base = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return base.replace(/\b[a-z]/g, (c) => c.toUpperCase()) || 'Untitled';
}

/** The family's title: front matter, else a title line in broken YAML, else a title heading, else the file name; " Job Family" dropped. */
function familyTitle(page: ParsedPage, root: HeadingNode, diagnostics: Diagnostics): string {
  const fromMatter = page.data.title;
  if (typeof fromMatter === 'string' || typeof fromMatter === 'number') {
    const title = squash(String(fromMatter));
    if (title !== '') return title;
  }
  const fromBrokenYaml = page.rawFrontMatter ? /^title:\s*["']?(.*?)["']?\s*$/m.exec(page.rawFrontMatter)?.[1] : undefined;
  const fallback = (fromBrokenYaml && squash(fromBrokenYaml)) || titleHeading(root) || fromFileName(page.file);
  diagnostics.report('no-title', page.file, 1, `The page has no title in its front matter; used "${fallback}".`);
  return fallback;
}

function collectDefinitions(tree: ParsedPage['tree']): Map<string, string> {
  const definitions = new Map<string, string>();
  const walk = (node: { type: string; children?: unknown[]; identifier?: string; url?: string }) => {
    if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined) {
      if (!definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url);
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return definitions;
}

export function readPage(page: ParsedPage, diagnostics: Diagnostics): RawFamily {
  const root = buildSections(page.file, page.tree, diagnostics);
  const rawTitle = familyTitle(page, root, diagnostics);
  const title = squash(rawTitle.replace(/\s+job\s+family$/i, '')) || rawTitle;
  const description = typeof page.data.description === 'string' ? squash(page.data.description) : '';
  const family: RawFamily = {
    file: page.file,
    title,
    description,
    department: page.file.includes('/') ? page.file.split('/')[0]! : '',
    line: 1,
    intro: [],
    lists: emptyLists(),
    specialties: [],
    sections: [],
    levels: [],
    flowsInto: [],
    abbreviations: new Map(),
    pageGrade: null,
  };
  const fileLines = [...new Array<string>(page.lineOffset).fill(''), ...page.lines];
  const ctx: PageContext = { file: page.file, diagnostics, fileLines, family, definitions: collectDefinitions(page.tree) };
  // Abbreviations the family's own title or intro define, unless a level title defines them differently.
  const intro = itemsAndParagraphs(root.blocks, ctx);
  family.intro.push(...intro.paragraphs);
  if (intro.items.length > 0) family.sections.push({ title: '', line: intro.items[0]!.line, paragraphs: [], items: intro.items, sections: [] });
  const levelsMode = hasLevelsHeading(root);
  for (const child of root.children) familySection(child, ctx, levelsMode);
  for (const text of [title, description, ...family.intro.map((p) => p.text)]) {
    for (const d of definedAbbreviations(text)) {
      if (!family.abbreviations.has(d.abbreviation.toLowerCase())) family.abbreviations.set(d.abbreviation.toLowerCase(), d.expansion.toLowerCase());
    }
  }
  pageLevel(family, ctx);
  if (family.levels.length === 0) diagnostics.report('no-levels', page.file, 1, `No levels were found in "${title}".`);
  for (const level of family.levels) {
    if (level.empty) diagnostics.report('level-without-sections', page.file, level.line, `Level "${level.title}" has no sections and no text.`);
  }
  return family;
}

/**
 * A page that describes one role rather than a ladder: it has a "## Job Grade"
 * outside any level, or no levels but family-wide responsibilities/requirements.
 * That role is made a level of its own (named by its grade sentence, else the
 * family title), holding the page-wide lists. If the page's "levels" then have
 * no grades at all, they are really specialties of this one role.
 */
function pageLevel(family: RawFamily, ctx: PageContext): void {
  const hasLists = family.lists.responsibilities.length + family.lists.requirements.length > 0;
  if (family.pageGrade === null && !(family.levels.length === 0 && hasLists)) return;
  const title = family.pageGrade?.subject ?? family.title;
  const level = newLevel({ title, depth: 2, line: family.pageGrade?.line ?? 1, blocks: [], children: [] }, ctx);
  if (title !== family.title) level.aliases.push(family.title);
  level.lists = family.lists;
  family.lists = emptyLists();
  level.empty = false;
  if (family.pageGrade) {
    gradeFrom(family.pageGrade.texts, level, ctx, true);
    reportsFrom(family.pageGrade.texts, level);
    level.intro.push(...family.pageGrade.paragraphs);
  }
  for (const p of family.intro) reportsFrom([p], level);
  level.lists.responsibilities = takeInheritance('responsibilities', level.lists.responsibilities, level.inheritance);
  level.lists.requirements = takeInheritance('requirements', level.lists.requirements, level.inheritance);
  ctx.diagnostics.report('single-role-page', ctx.file, level.line, `The page describes one role, "${title}"; it is shown as a level of its own.`);
  if (family.pageGrade !== null && family.levels.length > 0 && family.levels.every((l) => l.grade === null)) {
    for (const l of family.levels) {
      family.specialties.push({
        title: l.title,
        line: l.line,
        overlaysLevels: false,
        inheritance: l.inheritance,
        items: [],
        lists: { responsibilities: l.lists.responsibilities, requirements: l.lists.requirements },
        sections: [
          ...(l.intro.length > 0 ? [{ title: '', line: l.line, paragraphs: l.intro, items: [], sections: [] }] : []),
          ...(l.lists.performanceIndicators.length > 0 ? [{ title: 'Performance Indicators', line: l.line, paragraphs: [], items: l.lists.performanceIndicators, sections: [] }] : []),
          ...l.sections,
        ],
      });
    }
    ctx.diagnostics.report('levels-as-specialties', ctx.file, family.levels[0]!.line, `The page has one grade and its ${family.levels.length} sub-headings have none; they were read as specialties of "${title}".`);
    family.levels = [];
  }
  family.levels.unshift(level);
}
