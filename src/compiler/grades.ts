// Grades: "The Senior CSM is a [grade 8](…)", "Job Grade: 7", "is a grade 6 job".
// A grade sentence sets the level's grade once; a second, different grade is a
// conflict, and a sentence naming another level is reported (the grade is kept
// for the level whose section holds it). Sentences are bounded page paragraphs.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Text } from '../model/schema.ts';
import { looseKey, nameKey } from './names.ts';
import type { PageContext, RawLevel } from './raw.ts';
import { lineOf } from './sections.ts';
import { headingAnchor, squash } from './text.ts';

export const GRADE = /\b(?:job\s+)?grade\s*(?:level\s+)?(?:is\s+)?[:#]?\s*\[?(\d+(?:\.\d+)?)\b/i;
export const GRADE_WORD = /\bgrade\b/i;
/** "is a level 11" in a Job Grade section. */
const LEVEL_NUMBER = /\bis\s+(?:a|an)\s+\[?level\s+(\d+)\b/i;
/** "is a [6](…#gitlab-job-grades)" in a Job Grade section: a number alone, the heading says it is the grade. */
const BARE_NUMBER = /\bis\s+(?:a|an)\s+\[?(\d{1,2})\]?\s*(?:[.;]|$)/i;
/** The subject of a grade sentence: "The Senior CSM is …" → "Senior CSM". */
export const GRADE_SUBJECT = /^\s*the\s+(.{1,200}?)\s+(?:is|are|will be|sits)\b/i;

export function hasGradeSentence(text: string): boolean {
  return GRADE.test(text);
}

/** The grade a sentence states and the level it names, if any. */
export function readGradeSentence(text: string): { grade: number; subject: string | null } | null {
  const m = GRADE.exec(text);
  if (!m) return null;
  // The sentence the grade is in: "… national labor laws. The Legal Intern is a grade 4" names the Legal Intern.
  const before = text.slice(Math.max(0, m.index - 400), m.index);
  const starts = [...before.matchAll(/(?:^|[.!?]\s+)(?=the\s)/gi)];
  const subject = GRADE_SUBJECT.exec(before.slice(starts.length > 0 ? starts[starts.length - 1]!.index + starts[starts.length - 1]![0].length : 0));
  return { grade: Number(m[1]), subject: subject ? subject[1]! : null };
}

/** Words that name no level: "The role is a grade 7", "This position is…". */
const GENERIC_SUBJECT = /^(?:this |the )?(?:role|position|job|level|team member|individual|person|incumbent)s?$/i;

/** The level a grade sentence's subject names, or null for a generic subject; " role" / " position" at its end dropped. */
export function namedSubject(subject: string): string | null {
  // "The Associate level in the Engineering Division is a grade 5": the Associate level.
  const s = subject.trim().replace(/\s+level\s+(?:in|at|of|within)\s+.{0,200}$/i, '').replace(/\s+(?:role|position|job|level)$/i, '');
  return s === '' || GENERIC_SUBJECT.test(s) ? null : s;
}

export function gradeFrom(texts: readonly Text[], level: RawLevel, ctx: PageContext, sawGradeSection: boolean): void {
  const abbreviations = ctx.family.abbreviations;
  // A one-word subject names the level by its rank ("The Associate level … is a grade 5" in "Associate Backend Engineer").
  const rankOf = (subject: string) => (/^[A-Za-z]+$/.test(subject) ? nameKey(subject, abbreviations) : null);
  const names = (subject: string | null) =>
    subject === null ||
    [level.title, ...level.aliases].some((n) => looseKey(n, abbreviations) === looseKey(subject, abbreviations)) ||
    (rankOf(subject) !== null && nameKey(level.title, abbreviations).split(' ').includes(rankOf(subject)!));
  // A list of grade sentences, one per level ("The Associate X is a grade 5", "The X is a grade 6"…): only the one naming this level counts.
  const sentences = texts.map((p) => readGradeSentence(p.text)).filter((r) => r !== null);
  const namedHere = sentences.some((r) => r.subject !== null && namedSubject(r.subject) !== null && names(namedSubject(r.subject)));
  const list = sentences.length > 1 && namedHere;
  for (const p of texts) {
    const read = readGradeSentence(p.text);
    // "… is a [level 11](…)" under a "Job Grade" heading: the heading says what the number is.
    const levelNumber = !read && sawGradeSection && level.grade === null ? (LEVEL_NUMBER.exec(p.text) ?? BARE_NUMBER.exec(p.text.slice(0, 300))) : null;
    if (levelNumber) {
      level.grade = Number(levelNumber[1]);
      level.gradeLine = p.line;
      continue;
    }
    if (!read) {
      if (sawGradeSection && GRADE_WORD.test(p.text) && level.grade === null)
        ctx.diagnostics.report('grade-not-number', ctx.file, p.line, `"${p.text.slice(0, 80)}" mentions a grade but no number; the level has no grade.`);
      continue;
    }
    const { grade } = read;
    const subject = read.subject === null ? null : namedSubject(read.subject);
    const namesThisLevel = names(subject);
    if (!namesThisLevel && (list || level.grade !== null)) continue;
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
    if (!namesThisLevel) {
      // "(Intermediate)" left out is the same level; any other difference is a mismatch.
      ctx.diagnostics.report('grade-name-mismatch', ctx.file, p.line, `The grade sentence in "${level.title}" names "${subject}"; grade ${grade} was kept for ${level.title}.`);
    }
  }
}

/** One level's grade as a levels table or a list of grade sentences states it. */
export interface GradeRow {
  name: string;
  /** "#senior-technical-architect" in "[Senior Architect](#senior-technical-architect)": the level heading the row points at. */
  anchor: string | null;
  grade: number;
  line: number;
  /** Where the row was read: a table row, or a grade sentence. */
  from: 'table' | 'sentence';
}

/** The first in-page anchor a table cell links to. */
function cellAnchor(node: { type: string; url?: string; children?: unknown[] }): string | null {
  if (node.type === 'link' && typeof node.url === 'string' && node.url.startsWith('#')) return node.url.slice(1).toLowerCase();
  for (const child of node.children ?? []) {
    const found = cellAnchor(child as typeof node);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Grades a section states for several levels at once: table rows ("| [Senior
 * Architect](#senior-technical-architect) | Grade 7 |") and grade sentences naming
 * their level ("The Senior X is a grade 7."). Fewer than two distinct names is no
 * such list (a level's own "Job Grade" section), so the result is then empty.
 */
export function levelGradeRows(blocks: readonly RootContent[]): GradeRow[] {
  const rows: GradeRow[] = [];
  for (const block of blocks) {
    if (block.type === 'table') {
      for (const row of block.children) {
        const [first, ...rest] = row.children;
        if (!first) continue;
        const name = squash(toString(first)).slice(0, 200);
        const cell = rest.map((c) => GRADE.exec(squash(toString(c)).slice(0, 200))).find((m) => m !== null);
        if (cell && name !== '' && name.split(' ').length <= 12) rows.push({ name, anchor: cellAnchor(first), grade: Number(cell[1]), line: lineOf(row), from: 'table' });
      }
    } else if (block.type === 'paragraph' || block.type === 'list') {
      for (const part of block.type === 'list' ? block.children : [block]) {
        const text = squash(toString(part, { includeHtml: false }).slice(0, 5000));
        for (const sentence of text.split(/(?<=[.)])\s+(?=The\s)/)) {
          const read = readGradeSentence(sentence);
          const name = read?.subject ? namedSubject(read.subject) : null;
          if (read && name !== null) rows.push({ name, anchor: null, grade: read.grade, line: lineOf(part), from: 'sentence' });
        }
      }
    }
  }
  return new Set(rows.map((r) => r.name.toLowerCase())).size >= 2 ? rows : [];
}

/** A heading a grade list names ("| [Intermediate Architect](#technical-architect) | Grade 6 |"): a level, even without a grade section of its own. */
export function namedByGradeRow(node: { title: string }, rows: readonly GradeRow[], ctx: PageContext): boolean {
  const anchor = headingAnchor(node.title);
  const key = looseKey(node.title, ctx.family.abbreviations);
  return rows.some((r) => r.anchor === anchor || looseKey(r.name, ctx.family.abbreviations) === key);
}

/** Grades from such a list, for the levels that have none of their own: by the heading a row links to, else by name. */
export function applyGradeRows(rows: readonly GradeRow[], levels: readonly RawLevel[], ctx: PageContext): GradeRow[] {
  const abbreviations = ctx.family.abbreviations;
  const unmatched: GradeRow[] = [];
  for (const row of rows) {
    const key = looseKey(row.name, abbreviations);
    const level =
      levels.find((l) => row.anchor !== null && l.anchor === row.anchor) ??
      levels.find((l) => [l.title, ...l.aliases].some((n) => looseKey(n, abbreviations) === key));
    if (!level) {
      unmatched.push(row);
      continue;
    }
    if (level.grade === null) {
      level.grade = row.grade;
      level.gradeLine = row.line;
    }
  }
  return unmatched;
}

/** Grade sentences that name the level by one of its names ("The Legal Intern is a grade 4" in a "Compensation" section of a one-role page). */
export function gradeSentencesNaming(texts: readonly Text[], level: RawLevel, ctx: PageContext): Text[] {
  const abbreviations = ctx.family.abbreviations;
  const keys = new Set([level.title, ...level.aliases].map((n) => looseKey(n, abbreviations)));
  return texts.filter((t) => {
    const read = t.text.length <= 2000 ? readGradeSentence(t.text) : null;
    const subject = read?.subject ? namedSubject(read.subject) : null;
    return subject !== null && keys.has(looseKey(subject, abbreviations));
  });
}
