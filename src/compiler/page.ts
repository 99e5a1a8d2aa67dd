// Stage 3, page: one parsed page → a family and its levels, still unresolved
// (names of extended levels and reporting lines are kept as written; the resolve
// stage links them across the whole folder).
//
// Levels are the headings under "## Levels" (or "Job Grades", "Career paths", any
// heading whose sub-sections are level-shaped, at any depth), or, on pages without
// one, every heading that has a grade / responsibilities / requirements
// sub-section (or a grade sentence). What each concern reads lives in its own
// module with its wordings as tables: section-words (what a heading holds),
// levels, grades, inheritance, reporting; tracks are decided later (tracks.ts).
import type { Text } from '../model/schema.ts';
import { flatten, itemsAndParagraphs, type RawItem, splitNiceToHave } from './blocks.ts';
import type { Diagnostics } from './diagnostics.ts';
import { applyStated } from './front-matter.ts';
import { GRADE, GRADE_SUBJECT, type GradeRow, gradeFrom, gradeSentencesNaming, levelGradeRows, namedByGradeRow, namedSubject, readGradeSentence } from './grades.ts';
import { takeInheritance, warnStrayInheritance, wholeRoleInheritance } from './inheritance.ts';
import { adoptTrailingLists, containsLevels, hasOwnGrade, holdsLevels, isContainer, isLevelLike, levelShaped, levelGradeLists, levelNamedBy, levelSection, levelsFromGradeLists, newLevel, parseLevel, rawSection, roleAmongSpecialties, sectionItems, strayOwner } from './levels.ts';
import { definedAbbreviations, looseKey } from './names.ts';
import { readNextSteps } from './next-steps.ts';
import type { ParsedPage } from './parse.ts';
import { emptyLists, type PageContext, type RawFamily, type RawLevel, type RawSection, type RawSpecialty } from './raw.ts';
import { familyReporting, reportsFrom, reportsFromItems } from './reporting.ts';
import { CAREER_HEADING, classifyHeading, FAMILY_SECTION, LEVELS_HEADING, ONE_SPECIALTY_HEADING, readHeading, ROLES_HEADING, SPECIALTIES_HEADING } from './section-words.ts';
import { buildSections, type HeadingNode } from './sections.ts';
import { squash, titleLine } from './text.ts';

export type { ListKind, RawFamily, RawInheritance, RawLevel, RawSection, RawSpecialty, Reference } from './raw.ts';
export { classifyHeading } from './section-words.ts';
export { extendedName } from './inheritance.ts';
export { hasGradeSentence } from './grades.ts';

function parseSpecialty(node: HeadingNode, ctx: PageContext): RawSpecialty {
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  // "#### Sales Enablement Responsibilities" under "### Specialities": the Sales Enablement specialty's list.
  const heading = readHeading(node.title);
  const listKind = heading !== null && heading.prefix !== '' && (heading.kind === 'responsibilities' || heading.kind === 'requirements') ? heading.kind : null;
  const specialty: RawSpecialty = {
    title: listKind !== null ? heading!.prefix : node.title,
    line: node.line,
    overlaysLevels: false,
    inheritance: [],
    items: listKind !== null ? [] : items,
    lists: { responsibilities: [], requirements: [] },
    sections: paras.length > 0 ? [{ title: '', line: node.line, paragraphs: paras, items: [], sections: [] }] : [],
  };
  if (listKind !== null) specialty.lists[listKind].push(...takeInheritance(listKind, items, specialty.inheritance));
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

/** Children of a heading that holds levels: level headings, and stray sub-section headings that belong to the level they name (or the one before). */
function levelChildren(node: HeadingNode, ctx: PageContext): void {
  const family = ctx.family;
  // "## Support Management Roles": only its level-shaped sub-headings are levels, the rest is family text.
  const onlyLevelShaped = ROLES_HEADING.test(node.title);
  let inSpecialties = false;
  for (const child of node.children) {
    const heading = readHeading(child.title);
    if (ONE_SPECIALTY_HEADING.test(child.title) && !hasOwnGrade(child)) {
      family.specialties.push(parseSpecialty(child, ctx));
      continue;
    }
    if (SPECIALTIES_HEADING.test(child.title)) {
      // "### Specialties" among the level headings: its sub-headings, and the headings after it without a grade of their own, are specialties.
      familySection(child, ctx, null);
      inSpecialties = true;
      continue;
    }
    if (inSpecialties && heading === null && !hasOwnGrade(child)) {
      if (roleAmongSpecialties(child)) levelFromSpecialties(child, ctx);
      else family.specialties.push(parseSpecialty(child, ctx));
      continue;
    }
    if (heading?.kind === 'grade' && child.children.some(isLevelLike)) levelChildren(child, ctx);
    else if (heading !== null && family.levels.length > 0) strayLevelSection(child, strayOwner(heading, child.line, ctx), ctx);
    else if (heading !== null || (onlyLevelShaped && !levelShaped(child))) familySection(child, ctx, null);
    else family.levels.push(...parseLevel(child, ctx));
  }
}

/** "### Director of Support Readiness" under "## Specialties": a role of its own, read as a level (said, since the page files it as a specialty). */
function levelFromSpecialties(node: HeadingNode, ctx: PageContext): void {
  ctx.diagnostics.report('specialty-read-as-level', ctx.file, node.line, `"${node.title}" sits among the specialties but its title names a role of its own; read as a level.`);
  ctx.family.levels.push(...parseLevel(node, ctx));
}

/** Where the levels under a list section start: its first sub-heading with a grade of its own (the sub-headings before it group the list). */
function levelsInsideStart(node: HeadingNode, levelsInside: readonly HeadingNode[]): number {
  return levelsInside.length > 0 ? node.children.indexOf(levelsInside[0]!) : node.children.length;
}

function strayLevelSection(node: HeadingNode, owner: RawLevel, ctx: PageContext): void {
  ctx.diagnostics.report('section-beside-level', ctx.file, node.line, `"${node.title}" sits beside the level headings; read as a sub-section of ${owner.title}.`);
  levelSection(node, owner, ctx, null);
}

/** Set when the page keeps its levels under a heading ("## Levels", "## Job Grades"), with the grade lists (tables, sentences) naming levels anywhere on it. */
interface LevelsLayout {
  gradeRows: readonly GradeRow[];
}

function familySection(node: HeadingNode, ctx: PageContext, levelsMode: LevelsLayout | null): void {
  const family = ctx.family;
  const kind = classifyHeading(node.title);
  // "## Levels", "## Job Grades" or "## Career Ladder" whose sub-headings are levels; a "Job Grades" table or list naming several levels.
  if (LEVELS_HEADING.test(node.title) || holdsLevels(node) || (kind === 'grade' && levelGradeRows(node.blocks).length > 0)) {
    const content = itemsAndParagraphs(node.blocks, ctx);
    if (content.items.length + content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, ...content, sections: [] });
    levelChildren(node, ctx);
    return;
  }
  if (isLevelLike(node) && !isContainer(node)) {
    if (levelsMode && !hasOwnGrade(node) && !namedByGradeRow(node, levelsMode.gradeRows, ctx)) {
      // "## Business Systems Administrator" with Responsibilities and Requirements but no grade, on a page with "## Levels": the family's own lists.
      const content = itemsAndParagraphs(node.blocks, ctx);
      if (content.paragraphs.length + content.items.length > 0) family.sections.push({ title: node.title, line: node.line, ...content, sections: [] });
      for (const child of node.children) familySection(child, ctx, levelsMode);
      return;
    }
    family.levels.push(...parseLevel(node, ctx));
    return;
  }
  if (kind !== null && family.levels.length > 0) {
    // "### Senior Manager, X Job Grade" after the level headings, at their depth: a sub-section of the level it names.
    const owner = levelNamedBy(readHeading(node.title)!.prefix, family.levels, ctx, false);
    if (owner !== null) {
      strayLevelSection(node, owner, ctx);
      return;
    }
  }
  if (kind === 'grade') {
    // A grade outside any level: the page itself is a role (see pageLevel).
    const content = itemsAndParagraphs(node.blocks, ctx);
    const texts = [...content.paragraphs, ...content.items.flatMap(flatten)];
    if (content.items.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: [], items: content.items, sections: [] });
    if (family.pageGrade === null) {
      const sentence = texts.find((t) => GRADE.test(t.text));
      const m = sentence ? GRADE.exec(sentence.text) : null;
      const subject = sentence && m ? GRADE_SUBJECT.exec(sentence.text.slice(0, m.index)) : null;
      family.pageGrade = { grade: m ? Number(m[1]) : null, line: sentence?.line ?? node.line, subject: subject ? namedSubject(squash(subject[1]!)) : null, texts, paragraphs: content.paragraphs };
    } else if (content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: content.paragraphs, items: [], sections: [] });
    for (const child of node.children) familySection(child, ctx, levelsMode);
    return;
  }
  if (kind !== null) {
    // "## Requirements" then "### X (Intermediate)" with its own Job Grade: the family's list, then a level under it.
    const levelsInside = node.children.filter(hasOwnGrade);
    // "### Job Grade" under "## Requirements" on a one-role page: the page's grade, not a group of requirements.
    const grades = node.children.slice(0, levelsInsideStart(node, levelsInside)).filter((c) => classifyHeading(c.title) === 'grade');
    for (const grade of grades) familySection(grade, ctx, levelsMode);
    // "### Preferred Requirements" under "## Requirements": a list of its own kind, read after this one.
    const worded = node.children.slice(0, levelsInsideStart(node, levelsInside)).filter((c) => !grades.includes(c) && classifyHeading(c.title) !== null);
    const content = sectionItems({ ...node, children: node.children.slice(0, levelsInsideStart(node, levelsInside)).filter((c) => !grades.includes(c) && !worded.includes(c)) }, ctx);
    (kind === 'niceToHave' ? (family.niceToHave ??= []) : family.lists[kind]).push(...content.items);
    if (content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: content.paragraphs, items: [], sections: [] });
    for (const child of worded) familySection(child, ctx, levelsMode);
    if (levelsInside.length > 0) levelChildren({ ...node, children: node.children.slice(levelsInsideStart(node, levelsInside)) }, ctx);
    return;
  }
  if (ONE_SPECIALTY_HEADING.test(node.title) && !hasOwnGrade(node)) {
    family.specialties.push(parseSpecialty(node, ctx));
    return;
  }
  if (SPECIALTIES_HEADING.test(node.title)) {
    const content = itemsAndParagraphs(node.blocks, ctx);
    if (content.items.length + content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, ...content, sections: [] });
    // A heading with a grade of its own among the specialties is a level ("### Director, Certification Brand" under "## Specializations").
    for (const child of node.children) {
      // "### Director, Corporate Events Job Grade" beside "### Director, Corporate Events": a sub-section of the level it names.
      const heading = readHeading(child.title);
      const owner = heading !== null && heading.prefix !== '' ? levelNamedBy(heading.prefix, family.levels, ctx, false) : null;
      if (owner !== null) strayLevelSection(child, owner, ctx);
      else if (hasOwnGrade(child)) family.levels.push(...parseLevel(child, ctx));
      else if (roleAmongSpecialties(child)) levelFromSpecialties(child, ctx);
      else family.specialties.push(parseSpecialty(child, ctx));
    }
    return;
  }
  if (node.depth === 1 || isContainer(node) || (!levelsMode && containsLevels(node))) {
    // A page-title heading, or a wrapper around levels: its text is family text, its children are walked.
    const content = itemsAndParagraphs(node.blocks, ctx);
    if (node.depth === 1 && family.intro.length === 0) family.intro.push(...content.paragraphs);
    else if (content.paragraphs.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: content.paragraphs, items: [], sections: [] });
    if (content.items.length > 0) family.sections.push({ title: node.title, line: node.line, paragraphs: [], items: content.items, sections: [] });
    const before = family.levels.length;
    for (const child of node.children) familySection(child, ctx, levelsMode);
    // Levels under a wrapper heading ("## People Technology", "## People Analytics") form a ladder of their own.
    if (node.depth > 1) for (const level of family.levels.slice(before)) level.ladder ??= node.title;
    return;
  }
  // Any other section ("Hiring Process"): kept as text, except headings inside it that have a grade of their own (levels).
  const strays = node.children.filter(hasOwnGrade);
  const section = rawSection({ ...node, children: node.children.filter((c) => !strays.includes(c)) }, ctx);
  family.sections.push(section);
  for (const stray of strays) family.levels.push(...parseLevel(stray, ctx));
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
  return node.children.some((c) => LEVELS_HEADING.test(c.title) || holdsLevels(c) || hasLevelsHeading(c));
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
  const fromBrokenYaml = page.rawFrontMatter ? titleLine(page.rawFrontMatter) : undefined;
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
  // " Job Family", " - Job Role", " - Roles & Responsibilities": words about the page, not part of the family's name.
  const title = squash(rawTitle.replace(/\s+job\s+family$/i, '').replace(/\s+[-–:]\s*(?:job\s+role|roles?(?:\s*(?:&|and)\s*responsibilities)?)$/i, '')) || rawTitle;
  const description = typeof page.data.description === 'string' ? squash(page.data.description) : '';
  const family: RawFamily = {
    file: page.file,
    title,
    description,
    department: page.file.includes('/') ? page.file.split('/')[0]! : '',
    line: 1,
    intro: [],
    lists: emptyLists(),
    niceToHave: [],
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
  const gradeRows = levelGradeLists(root);
  const levelsMode = hasLevelsHeading(root) ? { gradeRows } : null;
  for (const child of root.children) familySection(child, ctx, levelsMode);
  levelsFromGradeLists(gradeRows, ctx);
  adoptTrailingLists(ctx);
  for (const text of [title, description, ...family.intro.map((p) => p.text)]) {
    for (const d of definedAbbreviations(text)) {
      if (!family.abbreviations.has(d.abbreviation.toLowerCase())) family.abbreviations.set(d.abbreviation.toLowerCase(), d.expansion.toLowerCase());
    }
  }
  pageLevel(family, ctx);
  family.nextSteps = readNextSteps(ctx.fileLines, family.levels);
  // Reporting lines in a level's bullets, then the family intro's for levels that state none.
  for (const level of family.levels) reportsFromItems(level);
  // "Nice to have: …" bullets inside a Requirements list are nice-to-haves.
  for (const owner of [family, ...family.levels]) {
    const split = splitNiceToHave(owner.lists.requirements);
    owner.lists.requirements = split.requirements;
    if (split.niceToHave.length > 0) (owner.niceToHave ??= []).push(...split.niceToHave);
    if (split.labels.length > 0) owner.sections.push({ title: '', line: split.labels[0]!.line, paragraphs: split.labels, items: [], sections: [] });
  }
  familyReporting(family);
  learnInitialisms(family, ctx);
  applyStated(page.data, page.rawFrontMatter, family, ctx);
  warnMissedLevels(family, ctx);
  warnStrayInheritance(family, ctx);
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
  // An empty "### Job Grades" heading above the levels (no grade of its own): a heading for the levels, not a role.
  if (family.pageGrade !== null && family.pageGrade.grade === null && family.levels.length > 0) return;
  const title = family.pageGrade?.subject ?? family.title;
  if (family.pageGrade !== null && family.pageGrade.grade !== null && family.levels.every((l) => l.grade === null)) {
    // "### Staff" under "## Levels" on the Staff Backend Engineer's page, its grade in the page's "## Job Grade": that heading is the
    // page's role, with its own lists; the page's lists stay the family's, the other headings are specialties of the role.
    const key = (n: string) => looseKey(n, family.abbreviations);
    const self = family.levels.filter((l) => [l.title, ...l.aliases].some((n) => key(n) === key(title) || key(n) === key(family.title)));
    if (self.length === 1) {
      const role = self[0]!;
      gradeFrom(family.pageGrade.texts, role, ctx, true);
      reportsFrom(family.pageGrade.texts, role);
      role.intro.push(...family.pageGrade.paragraphs);
      const others = family.levels.filter((l) => l !== role);
      for (const l of others) family.specialties.push(asSpecialty(l));
      ctx.diagnostics.report('single-role-page', ctx.file, role.line, `The page describes one role, "${role.title}", graded in its Job Grade section above its own heading${others.length > 0 ? `; the ${others.length} other sub-headings without a grade were read as its specialties` : ''}.`);
      family.levels = [role];
      return;
    }
  }
  const level = newLevel({ title, line: family.pageGrade?.line ?? 1 }, ctx);
  if (title !== family.title) level.aliases.push(family.title);
  level.lists = family.lists;
  family.lists = emptyLists();
  level.niceToHave = family.niceToHave ?? [];
  family.niceToHave = [];
  level.empty = false;
  if (family.pageGrade) {
    gradeFrom(family.pageGrade.texts, level, ctx, true);
    reportsFrom(family.pageGrade.texts, level);
    level.intro.push(...family.pageGrade.paragraphs);
  }
  // A one-role page's grade sentence in another section ("### Compensation: … The Legal Intern is a grade 4").
  if (level.grade === null) gradeFrom(gradeSentencesNaming(family.sections.flatMap(allParagraphs), level, ctx), level, ctx, false);
  for (const p of family.intro) reportsFrom([p], level);
  level.lists.responsibilities = takeInheritance('responsibilities', level.lists.responsibilities, level.inheritance);
  level.lists.requirements = takeInheritance('requirements', level.lists.requirements, level.inheritance);
  // "This role extends the Senior Director, Development role." in the page's grade section or intro: the lists no line spoke for.
  wholeRoleInheritance([...(family.pageGrade?.paragraphs ?? []), ...family.intro], level.inheritance, ctx.fileLines);
  ctx.diagnostics.report('single-role-page', ctx.file, level.line, `The page describes one role, "${title}"; it is shown as a level of its own.`);
  if (family.pageGrade !== null && family.levels.length > 0 && family.levels.every((l) => l.grade === null)) {
    for (const l of family.levels) family.specialties.push(asSpecialty(l));
    ctx.diagnostics.report('levels-as-specialties', ctx.file, family.levels[0]!.line, `The page's own Job Grade section${family.pageGrade.grade !== null ? ` (grade ${family.pageGrade.grade})` : ''} stands outside its ${family.levels.length} sub-headings, and none of those has a grade; they were read as specialties of "${title}".`);
    family.levels = [];
  }
  family.levels.unshift(level);
}

/** A gradeless level heading read as a specialty of the page's one role, all its text kept. */
function asSpecialty(l: RawLevel): RawSpecialty {
  return {
    title: l.title,
    line: l.line,
    overlaysLevels: false,
    inheritance: l.inheritance,
    items: [],
    lists: { responsibilities: l.lists.responsibilities, requirements: l.lists.requirements },
    sections: [
      ...(l.intro.length > 0 ? [{ title: '', line: l.line, paragraphs: l.intro, items: [], sections: [] }] : []),
      ...(l.lists.performanceIndicators.length > 0 ? [{ title: 'Performance Indicators', line: l.line, paragraphs: [], items: l.lists.performanceIndicators, sections: [] }] : []),
      ...(l.niceToHave.length > 0 ? [{ title: 'Nice to have', line: l.line, paragraphs: [], items: l.niceToHave, sections: [] }] : []),
      ...l.sections,
    ],
  };
}

/**
 * Loud when unsure: grade sentences anywhere on the page ("The Senior X is a grade 7")
 * that name levels which were not found, or several grade sentences on a page read
 * as one level or none, mean the page was probably misread.
 */
function warnMissedLevels(family: RawFamily, ctx: PageContext): void {
  const abbreviations = family.abbreviations;
  const words = (name: string) => new Set(looseKey(name, abbreviations).split(' ').filter((w) => w !== ''));
  const names = [family.title, ...family.levels.flatMap((l) => [l.title, ...l.aliases])].map(words);
  const known = (name: string) => {
    const mine = words(name);
    return mine.size === 0 || names.some((n) => [...mine].every((w) => n.has(w)) || ([...n].every((w) => mine.has(w)) && n.size > 0));
  };
  const said: { name: string; line: number }[] = [];
  const saidKeys = new Set<string>();
  ctx.fileLines.forEach((raw, i) => {
    if (raw.length > 500) return;
    const text = raw.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, '$1').replace(/[*_`]/g, '');
    for (const sentence of text.split(/(?<=\.)\s+(?=The\s)/)) {
      const read = readGradeSentence(sentence);
      const name = read?.subject ? namedSubject(read.subject) : null;
      if (name !== null && !saidKeys.has(looseKey(name, abbreviations))) {
        saidKeys.add(looseKey(name, abbreviations)); // a set, not a search of every earlier name: linear in the page's sentences
        said.push({ name, line: i + 1 });
      }
    }
  });
  if (said.length >= 2 && family.levels.length <= 1) {
    ctx.diagnostics.report('levels-not-found', ctx.file, said[0]!.line, `${said.length} grade sentences name levels (${said.slice(0, 4).map((s) => `"${s.name}"`).join(', ')}${said.length > 4 ? ', …' : ''}) but ${family.levels.length === 0 ? 'no level was' : 'only one level was'} found; the page was probably misread.`);
    return;
  }
  const missing = said.filter((s) => !known(s.name));
  if (missing.length > 0)
    ctx.diagnostics.report('levels-not-found', ctx.file, missing[0]!.line, `Grade sentences name ${missing.slice(0, 4).map((s) => `"${s.name}"`).join(', ')}${missing.length > 4 ? ', …' : ''}, but no level by that name was found.`);
}

/**
 * Initialisms a page uses without defining them: "Senior BT Service Desk Analyst"
 * beside "Business Technology Service Desk Analyst". An all-caps word of a level
 * title or inheritance line that spells the initials of consecutive words of the
 * family's or a level's title means those words (when only one run of words fits).
 */
function learnInitialisms(family: RawFamily, ctx: PageContext): void {
  const texts = [...family.levels.flatMap((l) => [l.title, ...l.inheritance.map((i) => i.name ?? '')]), ...family.levels.flatMap((l) => l.reportsTo.map((r) => r.name))];
  const tokens = new Set(texts.flatMap((t) => t.slice(0, 300).match(/\b[A-Z]{2,5}\b/g) ?? []));
  const titles = [family.title, ...family.levels.map((l) => l.title)].map((t) => t.slice(0, 300).split(/[^A-Za-z&]+/).filter((w) => w !== '' && w !== '&'));
  for (const token of tokens) {
    const key = token.toLowerCase();
    if (family.abbreviations.has(key)) continue;
    const found = new Set<string>();
    for (const words of titles) {
      for (let i = 0; i + token.length <= words.length; i++) {
        const run = words.slice(i, i + token.length);
        if (run.map((w) => w[0]!.toLowerCase()).join('') === key && run.every((w) => w.length > 1 && w.toLowerCase() !== key)) found.add(run.join(' ').toLowerCase());
      }
    }
    if (found.size === 1) ctx.family.abbreviations.set(key, [...found][0]!);
  }
}
