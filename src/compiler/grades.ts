// Grades: "The Senior CSM is a [grade 8](…)", "Job Grade: 7", "is a grade 6 job".
// A grade sentence sets the level's grade once; a second, different grade is a
// conflict, and a sentence naming another level is reported (the grade is kept
// for the level whose section holds it). Sentences are bounded page paragraphs.
import type { Text } from '../model/schema.ts';
import { looseKey } from './names.ts';
import type { PageContext, RawLevel } from './raw.ts';

export const GRADE = /\b(?:job\s+)?grade\s*(?:level\s+)?(?:is\s+)?[:#]?\s*(\d+(?:\.\d+)?)\b/i;
export const GRADE_WORD = /\bgrade\b/i;
/** The subject of a grade sentence: "The Senior CSM is …" → "Senior CSM". */
export const GRADE_SUBJECT = /^\s*the\s+(.{1,200}?)\s+(?:is|are|will be|sits)\b/i;

export function hasGradeSentence(text: string): boolean {
  return GRADE.test(text);
}

/** The grade a sentence states and the level it names, if any. */
export function readGradeSentence(text: string): { grade: number; subject: string | null } | null {
  const m = GRADE.exec(text);
  if (!m) return null;
  const subject = GRADE_SUBJECT.exec(text.slice(0, m.index));
  return { grade: Number(m[1]), subject: subject ? subject[1]! : null };
}

/** Words that name no level: "The role is a grade 7", "This position is…". */
const GENERIC_SUBJECT = /^(?:this |the )?(?:role|position|job|level|team member|individual|person|incumbent)s?$/i;

/** The level a grade sentence's subject names, or null for a generic subject; " role" / " position" at its end dropped. */
export function namedSubject(subject: string): string | null {
  const s = subject.trim().replace(/\s+(?:role|position|job|level)$/i, '');
  return s === '' || GENERIC_SUBJECT.test(s) ? null : s;
}

export function gradeFrom(texts: readonly Text[], level: RawLevel, ctx: PageContext, sawGradeSection: boolean): void {
  const abbreviations = ctx.family.abbreviations;
  const names = (subject: string | null) => subject === null || [level.title, ...level.aliases].some((n) => looseKey(n, abbreviations) === looseKey(subject, abbreviations));
  // A list of grade sentences, one per level ("The Associate X is a grade 5", "The X is a grade 6"…): only the one naming this level counts.
  const sentences = texts.map((p) => readGradeSentence(p.text)).filter((r) => r !== null);
  const namedHere = sentences.some((r) => r.subject !== null && namedSubject(r.subject) !== null && names(namedSubject(r.subject)));
  const list = sentences.length > 1 && namedHere;
  for (const p of texts) {
    const read = readGradeSentence(p.text);
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
