// Levels: a level heading and its sub-sections → a RawLevel (title, aliases,
// grade, reporting lines, lists with their inheritance lines, nice-to-haves,
// extra sections). Sub-sections are recognised by their section words
// (section-words.ts), in any spelling of the level's name and at any depth below
// it; a sub-section naming another level starts that level (its heading was lost);
// a heading inside a level that has a grade of its own is a level too.
import type { Text } from '../model/schema.ts';
import { flatten, itemsAndParagraphs, type RawItem } from './blocks.ts';
import { Diagnostics } from './diagnostics.ts';
import { applyGradeRows, gradeFrom, type GradeRow, hasGradeSentence, levelGradeRows, namedSubject, readGradeSentence } from './grades.ts';
import { additionalList, introducedListKind, kindsNamedIn, LOOKS_LIKE_INHERITANCE, readInheritance, takeInheritance, takeNamedInheritance, toRecord } from './inheritance.ts';
import { definedAbbreviations, looseKey, nameKey } from './names.ts';
import { emptyLists, type ListKind, type PageContext, type RawFamily, type RawLevel, type RawSection, type SectionKind } from './raw.ts';
import { reportsFrom } from './reporting.ts';
import { CAREER_HEADING, FAMILY_SECTION, type HeadingKind, LEVELS_HEADING, readHeading, ROLES_HEADING, TEXT_SECTION } from './section-words.ts';
import type { HeadingNode } from './sections.ts';
import { headingAnchor, squash } from './text.ts';

export function rawSection(node: HeadingNode, ctx: PageContext): RawSection {
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  return { title: node.title, line: node.line, paragraphs: paras, items, sections: node.children.map((c) => rawSection(c, ctx)) };
}

/**
 * Items of a list section and its sub-headings. A sub-heading inside a list groups
 * the bullets below it ("##### Directed Work"): they are items of the list, the
 * heading is no item; text under it is kept as the section's text, after its title.
 */
export function sectionItems(node: HeadingNode, ctx: PageContext): { items: RawItem[]; paragraphs: Text[] } {
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  for (const child of node.children) {
    const sub = sectionItems(child, ctx);
    if (groupsItems(child)) {
      if (sub.paragraphs.length > 0) paras.push({ text: child.title, links: [], line: child.line }, ...sub.paragraphs);
      items.push(...sub.items);
    } else {
      // A sub-heading with lists of its own ("### Security" with "#### Requirements"): one item holding what it says.
      items.push({ text: child.title, links: [], line: child.line, children: [...sub.paragraphs.map((p) => ({ text: p.text, links: p.links, children: [], line: p.line })), ...sub.items] });
    }
  }
  return { items, paragraphs: paras };
}

/** A sub-heading that only groups the bullets of a list: no section word, no grade, no list headings below it. */
export function groupsItems(node: HeadingNode): boolean {
  return readHeading(node.title) === null && !hasOwnGrade(node) && node.children.every(groupsItems);
}

/** A rank word that makes a bracketed phrase in a level title a title of its own. */
const BRACKETED_TITLE = /\b(?:head|manager|director|lead|chief|officer|vp|vice president)\b/i;

export function newLevel(node: Pick<HeadingNode, 'title' | 'line'>, ctx: PageContext): RawLevel {
  const defined = definedAbbreviations(node.title);
  const aliases: string[] = [];
  for (const d of defined) {
    if (!ctx.family.abbreviations.has(d.abbreviation.toLowerCase())) ctx.family.abbreviations.set(d.abbreviation.toLowerCase(), d.expansion.toLowerCase());
    aliases.push(d.shortForm);
  }
  const withoutAbbreviations = squash(node.title.replace(/\s*\([A-Z][A-Za-z]{1,7}\)/g, ''));
  if (defined.length > 0 && withoutAbbreviations !== node.title) aliases.push(withoutAbbreviations);
  // "Director, All-Remote (Head of Remote)": a title in brackets is another name the page calls the level by.
  const bracketed = /\(([^()]{3,80})\)\s*$/.exec(node.title)?.[1]?.trim();
  if (bracketed !== undefined && /\s/.test(bracketed) && BRACKETED_TITLE.test(bracketed)) aliases.push(bracketed);
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
    niceToHave: [],
    inheritance: [],
    sections: [],
    empty: true,
  };
}

/** Inheritance lines among a list's items and paragraphs; lines that look like inheritance but are not understood are reported. */
function listInheritance(kind: ListKind, items: RawItem[], paras: Text[], level: RawLevel, ctx: PageContext): { items: RawItem[]; paragraphs: Text[] } {
  const kept = takeInheritance(kind, items, level.inheritance);
  const paragraphs: Text[] = [];
  for (const p of paras) {
    const read = p.text.length <= 300 ? readInheritance(p.text) : null;
    if (read) level.inheritance.push(toRecord(kind, p.text, read, p.line, p.links.map((l) => l.href)));
    else paragraphs.push(p);
  }
  for (const t of [...kept.map((i) => ({ text: i.text, line: i.line })), ...paragraphs]) warnIfInheritanceLike(t.text, t.line, level, ctx);
  return { items: kept, paragraphs };
}

export function warnIfInheritanceLike(text: string, line: number, level: RawLevel, ctx: PageContext): void {
  if (text.length <= 300 && LOOKS_LIKE_INHERITANCE.test(text.trim()) && readInheritance(text) === null)
    ctx.diagnostics.report('inheritance-not-understood', ctx.file, line, `"${text.slice(0, 100)}" in ${level.title} looks like an inheritance line but was not understood; nothing was inherited.`);
}

/** "The Staff X role extends the Senior X role." in a level's own text: both lists (or the ones it names) build on X. */
function introInheritance(paras: readonly Text[], level: RawLevel): void {
  for (const p of paras) {
    if (p.text.length > 300) continue;
    const read = readInheritance(p.text);
    if (!read) continue;
    const kinds = kindsNamedIn(p.text).filter((k) => k !== 'performanceIndicators');
    for (const kind of kinds.length > 0 ? kinds : (['responsibilities', 'requirements'] as const))
      if (!level.inheritance.some((i) => i.section === kind)) level.inheritance.push(toRecord(kind, p.text, read, p.line, p.links.map((l) => l.href)));
  }
}

export function levelSection(node: HeadingNode, level: RawLevel, ctx: PageContext, parentKind: SectionKind | null): void {
  const heading = readHeading(node.title);
  let kind = heading?.kind ?? null;
  if (heading !== null) {
    const key = nameKey(heading.prefix, ctx.family.abbreviations);
    if (heading.prefix !== '' && key !== '' && ![level.title, ...level.aliases].some((n) => nameKey(n, ctx.family.abbreviations) === key)) level.aliases.push(heading.prefix);
    if (heading.misspelt !== null)
      ctx.diagnostics.report('section-word-misspelt', ctx.file, node.line, `"${heading.misspelt}" in the heading "${node.title}" was read as "${heading.kind}".`);
  }
  if (kind === null && hasGradeSentence(node.title)) {
    // "#### Manager, X Job Grade is a [grade 8](…)": the heading is the grade sentence.
    kind = 'grade';
    gradeFrom([{ text: node.title, links: [], line: node.line }], level, ctx, true);
  }
  if (kind === null && parentKind !== null && parentKind !== 'grade') {
    const grouped = sectionItems(node, ctx);
    const into = parentKind === 'niceToHave' ? level.niceToHave : level.lists[parentKind];
    if (groupsItems(node)) {
      // A group heading inside a list section ("##### Directed Work"): its bullets are items of that list, its title is no item.
      into.push(...(parentKind === 'niceToHave' ? grouped.items : listInheritance(parentKind, grouped.items, [], level, ctx).items));
      if (grouped.paragraphs.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: grouped.paragraphs, items: [], sections: [] });
    } else {
      // A heading with lists of its own inside a list section: one item holding them.
      into.push({ text: node.title, links: [], line: node.line, children: grouped.items });
      if (grouped.paragraphs.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: grouped.paragraphs, items: [], sections: [] });
    }
    return;
  }
  if (kind === null) {
    // "#### Director of Customer Success" where "… Requirements" was meant: the Extends line or the order tells.
    // Any heading whose list opens with "Extends the X requirements plus:" holds that list.
    const { items, paragraphs: texts } = itemsAndParagraphs(node.blocks, { ...ctx, diagnostics: new Diagnostics() }); // a look only: reported when read below
    const lines = [...texts, ...items].sort((a, b) => a.line - b.line);
    const extendsLine = lines.find((t) => t.text.length <= 300 && readInheritance(t.text) !== null);
    const named = extendsLine ? (kindsNamedIn(extendsLine.text).find((k) => k !== 'performanceIndicators') ?? null) : null;
    const leads = named !== null && extendsLine === lines[0] && items.length > 0;
    if (leads || nameKey(node.title, ctx.family.abbreviations) === nameKey(level.title, ctx.family.abbreviations)) {
      kind = named ?? (level.lists.responsibilities.length === 0 ? 'responsibilities' : 'requirements');
      ctx.diagnostics.report('heading-kind-inferred', ctx.file, node.line, `The heading "${node.title}" does not say what it holds; read as ${kind}${named ? ' (its Extends line says so)' : ''}.`);
    }
  }
  if (kind === null) {
    const section = rawSection(node, ctx);
    const hasList = section.items.length > 0 && !TEXT_SECTION.test(node.title.slice(0, 200));
    ctx.diagnostics.report(
      hasList ? 'unknown-list-section' : 'unknown-section',
      ctx.file,
      node.line,
      hasList
        ? `Section "${node.title}" of ${level.title} holds a list under a heading that is not a known section word; kept as an extra section, not as responsibilities or requirements.`
        : `Section "${node.title}" of ${level.title} is kept as an extra section.`,
    );
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
    introInheritance(paras, level);
    if (items.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: [], items, sections: [] });
  } else if (kind === 'niceToHave') {
    // An inheritance line in a nice-to-have list that names its list ("Extends that of the X Requirements") says what that list builds on.
    level.niceToHave.push(...takeNamedInheritance(items, level.inheritance));
    if (paras.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: paras, items: [], sections: [] });
  } else {
    const taken = listInheritance(kind, items, paras, level, ctx);
    const additional = additionalList(kind, node.title, node.line);
    if (additional && !level.inheritance.some((i) => i.section === kind)) level.inheritance.push(additional);
    level.lists[kind].push(...taken.items);
    gradeFrom(taken.paragraphs, level, ctx, false);
    reportsFrom(taken.paragraphs, level);
    if (taken.paragraphs.length > 0) level.sections.push({ title: node.title, line: node.line, paragraphs: taken.paragraphs, items: [], sections: [] });
  }
  for (const child of node.children) levelSection(child, level, ctx, kind);
}

/** Words of a name, for the overlap tests below (no abbreviation expansion needed). */
function words(name: string): Set<string> {
  return new Set(nameKey(name, new Map()).split(' ').filter((w) => w !== ''));
}

const RANK_WORDS = new Set(['senior', 'manager', 'director', 'associate', 'staff', 'intermediate', 'principal', 'vp', 'vice', 'president']);

/** "#### Sr. Director, X" inside "### Sr. Director, X": the level itself (its grade, say), not a level of its own. */
function namesLevel(title: string, level: RawLevel, family: RawFamily): boolean {
  return [level.title, ...level.aliases].some((n) => looseKey(n, family.abbreviations) === looseKey(title, family.abbreviations));
}

/** Two spellings of one name that differ by a typo or two ("Workforcce" for "Workforce"). */
function typoOf(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 12 || Math.abs(x.length - y.length) > 2 || x.length > 200 || y.length > 200) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[y.length]! <= 2;
}

/** Seniority words that are no role by themselves ("Manager" or "Director" alone is a role). */
const SENIORITY_WORDS = new Set(['associate', 'junior', 'intermediate', 'senior', 'staff', 'principal', 'distinguished', 'lead']);

/** "### Senior", "### Intermediate": a heading made only of seniority words names a level by its rank alone. */
function rankOnly(title: string): boolean {
  const all = title.toLowerCase().split(/[\s,]+/).filter((w) => w !== '');
  return all.length > 0 && all.length <= 2 && all.every((w) => SENIORITY_WORDS.has(w));
}

/**
 * The full title of a level whose heading is only its rank: the level its own grade
 * sentence names when that name holds the rank ("The Senior UX Researcher is a
 * grade 7" under "### Senior"), else the rank and the family's title.
 */
function fullTitle(node: HeadingNode, family: RawFamily): string {
  const rank = words(node.title);
  const blocks = [...node.blocks, ...node.children.filter((c) => readHeading(c.title)?.kind === 'grade').flatMap((c) => c.blocks)];
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const read = readGradeSentence(paragraphText(block));
    const subject = read?.subject ? namedSubject(read.subject) : null;
    if (subject !== null && subject.length <= 150 && words(subject).size > rank.size && [...rank].every((w) => words(subject).has(w))) return squash(subject);
  }
  const familyWords = words(family.title);
  return [...rank].every((w) => familyWords.has(w)) ? family.title : `${node.title} ${family.title}`;
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
  if ([level.title, ...level.aliases].some((n) => looseKey(n, abbreviations) === looseKey(prefix, abbreviations) || typoOf(n, prefix))) return false;
  const current = words(level.title);
  const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
  // "Manager, X" and "Manager, X (Intermediate)" are one level; "Senior Manager, X" under "Manager, X" is another (a rank word more,
  // outside parentheses); "X Analyst" under "Senior X Analyst" is the same level with a word left out.
  const plain = words(prefix.replace(/\([^)]*\)/g, ' '));
  const moreRank = subset(current, mine) && [...plain].some((w) => !current.has(w) && (SENIORITY_WORDS.has(w) || RANK_WORDS.has(w)));
  if ((subset(mine, current) || subset(current, mine)) && !moreRank) return false;
  const known = new Set([family.title, ...family.levels.map((l) => l.title)].flatMap((n) => [...words(n)]));
  return [...mine].some((w) => known.has(w) && !RANK_WORDS.has(w));
}

/** A level heading and its sub-sections; sub-sections that name another level start that level (its heading was lost). */
export function parseLevel(node: HeadingNode, ctx: PageContext): RawLevel[] {
  const full = rankOnly(node.title) ? fullTitle(node, ctx.family) : null;
  const level = newLevel(full !== null ? { title: full, line: node.line } : node, ctx);
  if (full !== null) {
    // "### Senior" under "## Levels": the level is "Senior UX Researcher"; the heading's own words stay a name of it, its anchor the link to it.
    level.aliases.push(node.title);
    level.anchor = headingAnchor(node.title);
  }
  const { items, paragraphs: paras } = itemsAndParagraphs(node.blocks, ctx);
  level.intro.push(...paras);
  gradeFrom(paras, level, ctx, false);
  reportsFrom(paras, level);
  introInheritance(paras, level);
  if (paras.length > 0 || items.length > 0) level.empty = false;
  // "This role includes all of the elements of X plus:" and a list, right under the level heading: that list is the level's own.
  const introduced = introducedListKind(paras, items);
  const required = introduced === null ? requirementsLead(paras, items) : false;
  if (introduced !== null) level.lists[introduced].push(...items);
  else if (required) level.lists.requirements.push(...items);
  else if (items.length > 0 && !hasListSections(node)) {
    // "### Director of Support", a line on what it builds on, then bullets and no list headings: the bullets are what the level does.
    level.lists.responsibilities.push(...items);
    ctx.diagnostics.report('heading-kind-inferred', ctx.file, items[0]!.line, `The list right under "${node.title}" has no heading saying what it holds; read as its responsibilities.`);
  } else if (items.length > 0) level.sections.push({ title: '', line: items[0]!.line, paragraphs: [], items, sections: [] });
  const levels = [level];
  let current = level;
  for (const child of node.children) {
    const heading = readHeading(child.title);
    if (heading === null && hasOwnGrade(child) && !namesLevel(child.title, current, ctx.family)) {
      // "#### Staff Analyst" with its own "##### Job Grade" inside the level above: a level of its own.
      const nested = parseLevel(child, ctx);
      levels.push(...nested);
      current = nested[nested.length - 1]!;
      continue;
    }
    const prefix = heading !== null ? heading.prefix : '';
    if (prefix !== '' && namesAnotherLevel(prefix, current, ctx.family) && ((current === level && hasNothingYet(level) && mostlySameWords(prefix, level.title)) || fillsMissingList(heading!, current))) {
      // "### Lead Subscription Analyst" whose first sub-section is "#### Lead Billing Analyst Job Grade": one level named two ways.
      // "### Talent & Engagement Program Manager" with its grade and responsibilities, then "#### People Communications & Engagement
      // Program Manager Requirements": the requirements it lacks, under another name (a level's heading starts with its grade).
      if (levelNamedBy(prefix, ctx.family.levels, ctx, false) === null && !current.aliases.includes(prefix)) current.aliases.push(prefix);
      ctx.diagnostics.report('level-name-differs', ctx.file, child.line, `"${child.title}" names "${prefix}", not "${current.title}" whose heading it sits under; read as another name of ${current.title}.`);
    } else if (prefix !== '' && namesAnotherLevel(prefix, current, ctx.family)) {
      current = newLevel({ title: prefix, line: child.line }, ctx);
      levels.push(current);
      ctx.diagnostics.report('level-heading-missing', ctx.file, child.line, `"${child.title}" names the level "${prefix}", which has no heading of its own; read as a separate level.`);
    }
    levelSection(child, current, ctx, null);
  }
  for (const l of levels) gradeSectionDuties(l, ctx);
  return levels;
}

/** A short label over a group of bullets: "Prospecting:", "Deal execution:". */
const GROUP_LABEL = /^[A-Z][\w&/,' -]{0,40}:$/;

/**
 * "#### Job Grade", the grade sentence, then the level's bullets, on a level with no
 * Responsibilities list of its own: the bullets are what the level does.
 */
function gradeSectionDuties(level: RawLevel, ctx: PageContext): void {
  if (level.lists.responsibilities.length > 0 || level.inheritance.some((i) => i.section === 'responsibilities')) return;
  const section = level.sections.find((s) => s.title !== '' && readHeading(s.title)?.kind === 'grade' && s.items.length > 0 && s.paragraphs.length === 0);
  if (!section || section.items.some((i) => hasGradeSentence(i.text))) return;
  // Only bullets right after the grade sentence, or under short group labels after it ("Prospecting:", "Deal execution:");
  // a lead-in of their own ("For this role we expect:") says what they are, and it is not this.
  const first = section.items[0]!.line;
  const last = section.items[section.items.length - 1]!.line;
  const before = level.intro.filter((p) => p.line < first);
  const labels: Text[] = [];
  while (before.length > 0 && GROUP_LABEL.test(before[before.length - 1]!.text)) labels.push(before.pop()!);
  const lead = before.pop();
  if (!lead || lead.line < section.line || !hasGradeSentence(lead.text)) return;
  if (!level.intro.filter((p) => p.line > first && p.line < last).every((p) => GROUP_LABEL.test(p.text))) return;
  level.lists.responsibilities.push(...section.items);
  level.sections.splice(level.sections.indexOf(section), 1);
  ctx.diagnostics.report('heading-kind-inferred', ctx.file, section.items[0]!.line, `The list under "${section.title}" of ${level.title} follows its grade and it has no Responsibilities list; read as its responsibilities.`);
}

/** A "… Responsibilities / Requirements" sub-heading for a list the level has not got yet, on a level already started (graded or with a list). */
function fillsMissingList(heading: HeadingKind, level: RawLevel): boolean {
  if (heading.kind !== 'responsibilities' && heading.kind !== 'requirements') return false;
  if (level.lists[heading.kind].length > 0 || level.inheritance.some((i) => i.section === heading.kind)) return false;
  return level.grade !== null || level.lists.responsibilities.length + level.lists.requirements.length > 0;
}

/** Names that differ by at most one word either way ("Lead Billing Operations Analyst" / "Lead Subscription Operations Analyst"). */
function mostlySameWords(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= 2 && x.size - shared <= 1 && y.size - shared <= 1;
}

/** A level with no grade, lists or sections yet (an intro at most). */
function hasNothingYet(level: RawLevel): boolean {
  return level.grade === null && level.sections.length === 0 && level.niceToHave.length === 0 && Object.values(level.lists).every((l) => l.length === 0);
}

export function isLevelLike(node: HeadingNode): boolean {
  if (FAMILY_SECTION.test(node.title) || readHeading(node.title) !== null) return false;
  const kinds = node.children.map((c) => readHeading(c.title)?.kind ?? null);
  if (kinds.some((k) => k === 'grade' || k === 'responsibilities' || k === 'requirements')) return true;
  return node.blocks.some((b) => b.type === 'paragraph' && gradeMayBeHeadings(paragraphText(b), node.title));
}

/**
 * A grade sentence that may be the heading's own: it names no level, or one that
 * shares a word with the heading other than a rank. "### Compensation" saying "The
 * Legal Intern is a grade 4" is about the page's role, not a level called Compensation.
 */
function gradeMayBeHeadings(text: string, title: string): boolean {
  const read = readGradeSentence(text);
  if (read === null) return false;
  const subject = read.subject ? namedSubject(read.subject) : null;
  if (subject === null) return true;
  const heading = words(title);
  return [...words(subject)].some((w) => heading.has(w) && !RANK_WORDS.has(w));
}

/**
 * A heading without a grade of its own whose sub-headings have theirs ("## Benefits"
 * with "### Benefits Requirements" and graded "### Benefits Analyst"…): a group of
 * levels (a ladder), not a level.
 */
export function isContainer(node: HeadingNode): boolean {
  return isLevelLike(node) && !hasOwnGrade(node) && node.children.some(hasOwnGrade);
}

/**
 * A heading with a grade of its own: a level wherever it sits. Its own "Job Grade"
 * sub-section, a grade sentence above its lists, or a grade sentence naming the
 * heading itself ("### Managing Legal Counsel" / "The Managing Legal Counsel is a
 * grade 8", its lists following as "### Managing Legal Counsel Responsibilities").
 */
export function hasOwnGrade(node: HeadingNode): boolean {
  if (FAMILY_SECTION.test(node.title) || readHeading(node.title) !== null) return false;
  const kinds = node.children.map((c) => readHeading(c.title)?.kind ?? null);
  if (kinds.includes('grade')) return true;
  const sentences = node.blocks.filter((b) => b.type === 'paragraph').map((b) => paragraphText(b));
  if (kinds.some((k) => k === 'responsibilities' || k === 'requirements') && sentences.some(hasGradeSentence)) return true;
  return sentences.some((t) => gradeNamesHeading(t, node.title));
}

/** A title that opens with a leadership rank: "Director of Support Readiness", "Senior Manager, Field Events", "Head of Remote". */
const RANK_FIRST_TITLE = /^(?:senior\s+|sr\.?\s+|group\s+|executive\s+)?(?:director|vp|vice\s+president|head|chief|manager)(?:\s+of\b|\s*,\s*\S)/i;

/**
 * A heading among the specialties that is a role of its own ("### Director of Support
 * Readiness" under "## Specialties", leading a team, with its own lists): its title
 * opens with a leadership rank and names no specialisation in brackets ("Manager,
 * Infrastructure (Delivery)" is a specialty of the Manager level).
 */
export function roleAmongSpecialties(node: HeadingNode): boolean {
  const title = node.title.slice(0, 200);
  return RANK_FIRST_TITLE.test(title) && !/\)\s*$/.test(title) && readHeading(title) === null && node.blocks.length + node.children.length > 0;
}

/** "The Managing Legal Counsel is a grade 8" under the heading "Managing Legal Counsel". */
function gradeNamesHeading(text: string, title: string): boolean {
  const read = readGradeSentence(text);
  const subject = read?.subject ? namedSubject(read.subject) : null;
  return subject !== null && looseKey(subject, new Map()) === looseKey(title, new Map());
}

/** "An intern must:" (or "… should have:", "… will need:") right above a level's list: the list is what the level requires. */
function requirementsLead(paras: readonly Text[], items: readonly RawItem[]): boolean {
  const first = items[0]?.line;
  if (first === undefined) return false;
  const lead = paras.filter((p) => p.line < first).pop();
  return lead !== undefined && lead.text.length <= 300 && /\b(?:must|must have|should have|will need|needs? to have|requirements? (?:are|is))\s*:\s*$/i.test(lead.text.split(/(?<=[.!?])\s+/).pop() ?? '');
}

/** A level heading with "… Responsibilities / Requirements / Nice to have" sub-headings of its own. */
function hasListSections(node: HeadingNode): boolean {
  return node.children.some((c) => {
    const kind = readHeading(c.title)?.kind;
    return kind === 'responsibilities' || kind === 'requirements' || kind === 'niceToHave';
  });
}

/**
 * A sub-heading of a "… Roles" heading that is a level: level-shaped, or a list
 * under a line saying what it builds on ("### Director of Support" / "The Director
 * of Support role extends the Support Engineering Manager Role" / bullets).
 */
export function levelShaped(node: HeadingNode): boolean {
  if (isLevelLike(node)) return true;
  if (FAMILY_SECTION.test(node.title) || readHeading(node.title) !== null || !node.blocks.some((b) => b.type === 'list')) return false;
  return node.blocks.some((b) => b.type === 'paragraph' && readInheritance(paragraphText(b).slice(0, 300)) !== null);
}

/**
 * A heading that holds the page's levels as its sub-headings: "## Levels" with
 * sub-headings of its own, or "## Job Grades" / "## Career Ladder" whose
 * sub-headings are level-shaped. A "#### Levels" holding only a table, its level
 * headings following at a shallower depth (inverted depths), holds none.
 */
export function holdsLevels(node: HeadingNode): boolean {
  if (LEVELS_HEADING.test(node.title)) return node.children.some((c) => readHeading(c.title) === null && !FAMILY_SECTION.test(c.title));
  if (ROLES_HEADING.test(node.title)) return node.children.some(hasOwnGrade);
  return node.children.some(isLevelLike) && (readHeading(node.title)?.kind === 'grade' || CAREER_HEADING.test(node.title));
}

function paragraphText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value.slice(0, 2000);
  return (node.children ?? []).map((c) => paragraphText(c as typeof node)).join('').slice(0, 2000);
}

export function containsLevels(node: HeadingNode): boolean {
  return node.children.some((c) => isLevelLike(c) || containsLevels(c));
}

/** The level a stray sub-section heading ("### Senior Manager, X Job Grade" beside the level headings) belongs to: the one it names, else the last one. */
export function levelNamedBy(prefix: string, levels: readonly RawLevel[], ctx: PageContext, orLast: boolean): RawLevel | null {
  const abbreviations = ctx.family.abbreviations;
  const key = looseKey(prefix, abbreviations);
  if (key !== '') {
    const named = [...levels].reverse().find((l) => [l.title, ...l.aliases].some((n) => looseKey(n, abbreviations) === key));
    if (named) return named;
  }
  return orLast ? (levels[levels.length - 1] ?? null) : null;
}

/** Grade lists naming several levels ("#### Levels" table, "## Job Grades" sentences) wherever the page keeps them, in page order. */
export function levelGradeLists(node: HeadingNode): GradeRow[] {
  const rows: GradeRow[] = [];
  for (const child of node.children) {
    if (LEVELS_HEADING.test(child.title) || readHeading(child.title)?.kind === 'grade') rows.push(...levelGradeRows(child.blocks));
    rows.push(...levelGradeLists(child));
  }
  return rows;
}

/**
 * A list of grades naming several levels means those levels exist: it gives the
 * levels without a grade of their own theirs (by the heading a row links to, else
 * by name). On a page where no level heading was found at all, each level it names
 * becomes a level (with a warning), sharing the family's lists. Table rows naming
 * no level are reported (grade sentences are reported by the page's missed-levels check).
 */
export function levelsFromGradeLists(rows: readonly GradeRow[], ctx: PageContext): void {
  const family = ctx.family;
  const unmatched = applyGradeRows(rows, family.levels, ctx);
  if (family.levels.length === 0 && new Set(unmatched.map((r) => looseKey(r.name, family.abbreviations))).size >= 2) {
    for (const row of unmatched) {
      if (levelNamedBy(row.name, family.levels, ctx, false) !== null) continue;
      const level = newLevel({ title: row.name, line: row.line }, ctx);
      level.grade = row.grade;
      level.empty = false;
      family.levels.push(level);
      ctx.diagnostics.report('level-heading-missing', ctx.file, row.line, `The grade list names "${row.name}" (grade ${row.grade}), which has no heading of its own; read as a level sharing the page's own lists.`);
    }
    return;
  }
  for (const row of unmatched) {
    if (row.from === 'table')
      ctx.diagnostics.report('levels-not-found', ctx.file, row.line, `The levels table names "${row.name}" (grade ${row.grade}), but no level by that name${row.anchor !== null ? ` or heading "#${row.anchor}"` : ''} was found.`);
  }
}

/**
 * The level a stray "… Job Grade / Responsibilities" heading beside the level
 * headings belongs to: the level it names; else, when it names a level the page has
 * no heading for ("### Lead Billing Operations Analyst Job Grade" after the Senior
 * Analyst's lists), that level, new, with a warning; else the last level.
 */
export function strayOwner(heading: HeadingKind, line: number, ctx: PageContext): RawLevel {
  const family = ctx.family;
  const prefix = heading.prefix;
  const named = levelNamedBy(prefix, family.levels, ctx, false);
  if (named !== null) return named;
  const last = family.levels[family.levels.length - 1]!;
  // Only a Job Grade heading says a level starts; "Coordinator and Intermediate Performance Indicators" names a group of levels.
  if (prefix === '' || heading.kind !== 'grade' || !namesAnotherLevel(prefix, last, family)) return last;
  const level = newLevel({ title: prefix, line }, ctx);
  family.levels.push(level);
  ctx.diagnostics.report('level-heading-missing', ctx.file, level.line, `"${prefix}" is named by a sub-section heading beside the level headings but has no heading of its own; read as a separate level.`);
  return level;
}

/**
 * A page with one level whose lists follow it at the level heading's depth
 * ("## Manager, X" with its Job Grade and Responsibilities, then "## Requirements"):
 * a list the level lacks that the page states after the level heading is the level's own.
 */
export function adoptTrailingLists(ctx: PageContext): void {
  const family = ctx.family;
  if (family.levels.length !== 1) return;
  const level = family.levels[0]!;
  for (const kind of ['responsibilities', 'requirements'] as const) {
    const items = family.lists[kind];
    if (items.length === 0 || level.lists[kind].length > 0 || level.inheritance.some((i) => i.section === kind)) continue;
    if (!items.every((i) => i.line > level.line)) continue;
    level.lists[kind] = takeInheritance(kind, items, level.inheritance);
    family.lists[kind] = [];
    ctx.diagnostics.report('section-beside-level', ctx.file, items[0]!.line, `The page's ${kind} list follows its one level, ${level.title}, outside that level's heading; read as that level's ${kind}.`);
  }
}
